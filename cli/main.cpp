// pgdiff: the command-line tool. Thin: parse options, get two catalogs,
// call the engine, print the plan. Exit codes as migra:
//   0 no differences, 2 differences printed, 3 unsafe statements without
//   --unsafe (nothing printed), 1 error (one line on stderr).
#include <pgdiff/libpq.hpp>
#include <pgdiff/pgdiff.hpp>

#include <CLI/CLI.hpp>

#if defined(PGDIFF_WITH_MIMALLOC)
#include <mimalloc.h>
#elif defined(__GLIBC__)
#include <malloc.h>
#endif

#include <cerrno>
#include <exception>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <mutex>
#include <optional>
#include <cctype>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

// Set once by run(); a global with external linkage so it cannot be optimised away.
std::vector<pgdiff::Catalog>* catalogs_kept_until_exit = nullptr;

namespace {

constexpr int kNoDiff = 0, kError = 1, kDiff = 2, kUnsafe = 3;

// An error that ends the program with exit code 1 and this one line.
struct Failure {
    std::string message;  // without the "pgdiff: " prefix
};

std::string one_line(std::string s) {
    for (auto& c : s)
        if (c == '\n' || c == '\r') c = ' ';
    while (!s.empty() && s.back() == ' ') s.pop_back();
    return s;
}

enum class SourceKind { Empty, Server, Snapshot };

SourceKind kind_of(const std::string& input) {
    if (input == "EMPTY") return SourceKind::Empty;
    if (pgdiff::pq::is_url(input)) return SourceKind::Server;
    std::ifstream probe(input);
    if (probe.good()) return SourceKind::Snapshot;  // an existing file wins over '='
    if (pgdiff::pq::is_conninfo(input)) return SourceKind::Server;
    return SourceKind::Snapshot;
}

std::string read_file(const std::string& path) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec))
        throw Failure{pgdiff::pq::redact_target(path) + ": is a directory, not a snapshot file"};
    errno = 0;
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        std::string why = errno ? std::strerror(errno) : "cannot open";
        std::string msg = "cannot read snapshot file: " + why;
        if (path.find("://") != std::string::npos)
            msg += " (expected a postgresql:// or postgres:// URL, a conninfo string, a snapshot .json file or EMPTY)";
        throw Failure{pgdiff::pq::redact_target(path) + ": " + msg};
    }
    // Read straight into the string (sized up front for a regular file): an
    // ostringstream grew by doubling and str() copied it all once more.
    std::string text;
    uintmax_t size = std::filesystem::file_size(path, ec);
    if (!ec) text.reserve(size_t(size));
    char buf[1 << 16];
    while (in.read(buf, sizeof buf) || in.gcount() > 0) text.append(buf, size_t(in.gcount()));
    if (in.bad()) throw Failure{pgdiff::pq::redact_target(path) + ": error while reading the snapshot file"};
    return text;
}

pgdiff::Catalog load_or_fail(const std::string& input, std::string&& json) {
    pgdiff::LoadResult r = pgdiff::load_catalog(std::move(json));
    if (!r.catalog) {
        std::string why = r.error.empty() ? "not a pgdiff catalog" : r.error;
        throw Failure{pgdiff::pq::redact_target(input) + ": " + one_line(why)};
    }
    return std::move(*r.catalog);
}

// The catalog document of one input (EMPTY, a snapshot file or a server).
std::string source_text(const std::string& input, SourceKind kind, const pgdiff::pq::ConnectOptions& copt) {
    switch (kind) {
        case SourceKind::Empty:
            return pgdiff::empty_document().dump();
        case SourceKind::Snapshot:
            return read_file(input);
        case SourceKind::Server: {
            pgdiff::pq::InspectResult r = pgdiff::pq::inspect(input, copt);
            if (!r.ok()) throw Failure{r.error};
            return std::move(r.json);
        }
    }
    return {};
}

// One input as a Catalog; its document text is freed as soon as it is
// parsed. With `one_at_a_time`, only one document is parsed and loaded at a
// time (a parsed document takes several times the memory of its text).
pgdiff::Catalog load_input(const std::string& input, SourceKind kind, const pgdiff::pq::ConnectOptions& copt,
                           std::mutex* one_at_a_time = nullptr) {
    if (kind == SourceKind::Empty) return pgdiff::empty_catalog();
    std::string text = source_text(input, kind, copt);
    std::unique_lock<std::mutex> lock;
    if (one_at_a_time) lock = std::unique_lock<std::mutex>(*one_at_a_time);
    return load_or_fail(input, std::move(text));
}

// Loads FROM and TO. Two servers are inspected concurrently (one thread and
// one connection each), and each thread loads its document as soon as its
// query is done, so loading one catalog overlaps the other server's query;
// the two loads themselves take turns (peak memory). Errors are reported in
// argument order.
std::vector<pgdiff::Catalog> load_inputs(const std::vector<std::string>& inputs,
                                         const pgdiff::pq::ConnectOptions& copt) {
    std::vector<SourceKind> kinds;
    for (auto& in : inputs) kinds.push_back(kind_of(in));
    std::vector<pgdiff::Catalog> out(inputs.size());
    if (inputs.size() == 2 && kinds[0] == SourceKind::Server && kinds[1] == SourceKind::Server &&
        PQisthreadsafe()) {
        std::optional<Failure> failed[2];
        std::exception_ptr crashed[2];
        std::mutex one_at_a_time;
        auto task = [&](size_t i) {
            try {
                out[i] = load_input(inputs[i], kinds[i], copt, &one_at_a_time);
            } catch (const Failure& f) {
                failed[i] = f;
            } catch (...) {
                crashed[i] = std::current_exception();
            }
        };
        std::thread other;
        try {
            other = std::thread(task, size_t(1));
        } catch (...) {
            task(1);  // could not start a thread: in turn
        }
        task(0);
        if (other.joinable()) other.join();
        for (size_t i = 0; i < 2; ++i) {
            if (failed[i]) throw *failed[i];
            if (crashed[i]) std::rethrow_exception(crashed[i]);
        }
        return out;
    }
    for (size_t i = 0; i < inputs.size(); ++i) out[i] = load_input(inputs[i], kinds[i], copt);
    return out;
}

void write_output(const std::string& path, const std::string& text) {
    if (path.empty() || path == "-") {
        std::cout << text;
        std::cout.flush();
        if (!std::cout) throw Failure{"stdout: write failed"};
        return;
    }
    std::string tmp = path + ".tmp";
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        if (!out) throw Failure{path + ": cannot write: " + std::strerror(errno)};
        out << text;
        out.flush();
        if (!out) {
            std::remove(tmp.c_str());
            throw Failure{path + ": write failed"};
        }
    }
    if (std::rename(tmp.c_str(), path.c_str()) != 0) {
        std::string why = std::strerror(errno);
        std::remove(tmp.c_str());
        throw Failure{path + ": cannot write: " + why};
    }
}

// A PostgreSQL duration for SET lock_timeout / statement_timeout: an integer
// with an optional unit.
std::string checked_duration(const std::string& option, const std::string& value) {
    if (!pgdiff::valid_duration(value)) throw Failure{option + ": expected a duration like 5s, 500ms, 2min or 0 (no limit), got \"" + value + "\""};
    return value;
}

int run(int argc, char** argv) {
    CLI::App app{
        "pgdiff: print the SQL that turns the schema of FROM into the schema of TO.\n"
        "FROM and TO are each a postgresql:// (or postgres://) URL, a libpq conninfo\n"
        "string (\"host=... dbname=...\"), a snapshot .json file, or EMPTY.\n"
        "Exit codes: 0 no differences, 2 differences printed, 3 unsafe statements\n"
        "without --unsafe or hazards not in --allow-hazards (nothing printed, except\n"
        "the JSON plan with --format json), 1 error.",
        "pgdiff"};
    app.set_version_flag("--version", std::string("pgdiff ") + pgdiff::version);
    app.require_subcommand(0, 1);

    pgdiff::Options opt;
    bool unsafe = false, explain = false, summary = false;
    std::string format = "sql";
    std::vector<std::string> allow_hazards;
    int timeout = 10, statement_timeout = 120;
    std::string from, to;

    app.add_flag("--unsafe", unsafe, "print unsafe statements (that can lose data) instead of exiting with 3");
    app.add_option("--schema", opt.schemas, "only compare this schema (repeatable)")
        ->type_name("SCHEMA")
        ->allow_extra_args(false);
    app.add_option("--exclude-schema,--exclude_schema", opt.exclude_schemas, "ignore this schema (repeatable)")
        ->allow_extra_args(false)
        ->type_name("SCHEMA");
    app.add_flag("--with-privileges", opt.with_privileges, "also compare privileges (GRANT/REVOKE)");
    app.add_flag("--with-ownership", opt.with_ownership, "also compare object owners (ALTER ... OWNER TO)");
    app.add_flag("--create-extensions-only", opt.create_extensions_only,
                 "only output CREATE EXTENSION statements, nothing else");
    app.add_flag("--ignore-extension-versions", opt.ignore_extension_versions,
                 "ignore differences in extension versions");
    app.add_option("--timeout", timeout, "seconds to wait for a server connection (default 10)")
        ->type_name("SECONDS")
        ->check(CLI::Range(0, 86400));
    app.add_option("--statement-timeout", statement_timeout,
                   "seconds the catalog query may run on a server (default 120, 0 = no limit)")
        ->type_name("SECONDS")
        ->check(CLI::Range(0, 86400));
    app.add_option("--format", format, "output: sql (default) or json (the plan with hazards, see docs/plan.schema.json)")
        ->type_name("sql|json")
        ->check(CLI::IsMember({"sql", "json"}));
    app.add_flag("--explain", explain,
                 "SQL with a comment above each statement: why it is there, its hazards, its lock");
    app.add_flag("--summary", summary, "print a summary of the plan on stderr (counts by action and kind, hazards)");
    auto* allow = app.add_option("--allow-hazards", allow_hazards,
                   "hazard kinds that may be printed, comma-separated (data_loss, table_rewrite, access_exclusive_lock, "
                   "full_scan, non_transactional, or none); any other hazard exits with 3 like --unsafe")
        ->type_name("KIND,...")
        ->allow_extra_args(false);
    app.add_flag("--online", opt.online,
                 "avoid long locks: CREATE/DROP INDEX CONCURRENTLY, constraints NOT VALID then VALIDATE, "
                 "SET NOT NULL through a CHECK; lock_timeout/statement_timeout preamble; BEGIN/COMMIT around "
                 "the statements that can run in a transaction");
    app.add_option("--lock-timeout", opt.lock_timeout,
                   "online mode: SET lock_timeout for the migration (default 5s)")
        ->type_name("DURATION");
    app.add_option("--script-statement-timeout", opt.statement_timeout,
                   "online mode: SET statement_timeout for the migration (default 0 = none; "
                   "not --statement-timeout, which limits the catalog query)")
        ->type_name("DURATION");
    app.add_option("FROM", from, "the current schema: URL, conninfo, snapshot file or EMPTY")->type_name("");
    app.add_option("TO", to, "the wanted schema: URL, conninfo, snapshot file or EMPTY")->type_name("");

    auto* snap = app.add_subcommand("snapshot", "write the schema of SOURCE to a snapshot .json file");
    std::string snap_source, snap_out;
    snap->add_option("SOURCE", snap_source, "a URL, conninfo string, snapshot file or EMPTY")->required()->type_name("");
    snap->add_option("-o,--output", snap_out, "write here instead of stdout")->type_name("FILE");

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp&) {
        std::cout << app.help();
        return kNoDiff;
    } catch (const CLI::CallForAllHelp&) {
        std::cout << app.help("", CLI::AppFormatMode::All);
        return kNoDiff;
    } catch (const CLI::CallForVersion& v) {
        std::cout << v.what() << "\n";
        return kNoDiff;
    } catch (const CLI::ParseError& e) {
        throw Failure{one_line(e.what()) + " (see pgdiff --help)"};
    }

    pgdiff::HazardPolicy policy;
    policy.unsafe = unsafe;
    try {
        if (allow->count() > 0) policy.allowed = pgdiff::parse_hazard_kinds(allow_hazards);
    } catch (const std::invalid_argument& e) {
        throw Failure{e.what()};
    }
    checked_duration("--lock-timeout", opt.lock_timeout);
    checked_duration("--script-statement-timeout", opt.statement_timeout);
    if (explain && format == "json") throw Failure{"--explain writes SQL; it cannot be combined with --format json"};

    pgdiff::pq::ConnectOptions copt;
    copt.connect_timeout_s = timeout;
    copt.statement_timeout_s = statement_timeout;

    if (snap->parsed()) {
        SourceKind kind = kind_of(snap_source);
        std::string text = source_text(snap_source, kind, copt);
        load_or_fail(snap_source, std::string(text));  // only a document pgdiff accepts becomes a snapshot
        write_output(snap_out, pgdiff::to_snapshot(text));
        return kNoDiff;
    }

    if (from.empty() || to.empty())
        throw Failure{"expected two arguments, FROM and TO (see pgdiff --help)"};

    // The catalogs live until the process exits: the operating system frees
    // their memory at once, while their destructors (millions of small
    // nodes at 20,000 tables) would take a noticeable part of the run.
    // The pointer is kept in a global so that LeakSanitizer (--config=asan)
    // sees the memory as still reachable, not leaked.
    auto& cats = *(catalogs_kept_until_exit = new std::vector<pgdiff::Catalog>(load_inputs({from, to}, copt)));
    pgdiff::Plan plan = pgdiff::make_plan(cats[0], cats[1], opt);

    for (auto& w : plan.warnings) std::cerr << "pgdiff: warning: " << one_line(w) << "\n";
    if (summary) std::cerr << pgdiff::render_summary(plan);

    bool json = format == "json";
    if (plan.empty()) {
        if (json) write_output("", pgdiff::plan_to_json(plan).dump(2) + "\n");
        return kNoDiff;
    }
    // With --format json the plan is printed in any case: it carries the hazards.
    auto print = [&] {
        if (json) {
            write_output("", pgdiff::plan_to_json(plan).dump(2) + "\n");
            return;
        }
        std::string sql = explain ? pgdiff::render_explain(plan) : pgdiff::render_sql(plan);
        if (!sql.empty() && sql.back() != '\n') sql.push_back('\n');
        write_output("", sql);
    };

    if (pgdiff::HeldBack held = pgdiff::held_back(plan, policy)) {
        if (json) print();
        std::cerr << "pgdiff: " << held.reason << "; " << (json ? "" : "nothing printed; ") << held.advice << "\n";
        return kUnsafe;
    }

    print();
    return kDiff;
}

}  // namespace

int main(int argc, char** argv) {
#if defined(PGDIFF_WITH_MIMALLOC)
    // Linked, mimalloc is the process's malloc (cli/BUILD.bazel). Large OS
    // pages: the catalogs are a few hundred MB of small objects walked in
    // no particular order, and with 4 KiB pages much of that time went to
    // TLB misses (bench/RESULTS.md). Where the kernel gives none, mimalloc
    // quietly keeps normal pages. Set before the first allocation we make.
    mi_option_enable(mi_option_large_os_pages);
#elif defined(__GLIBC__) && defined(M_ARENA_MAX)
    // One malloc arena for both loading threads: the memory one catalog
    // document frees while it becomes a Catalog is then reused by the
    // other; with an arena per thread it was not (peak RSS, see
    // bench/RESULTS.md). Set before any thread starts.
    mallopt(M_ARENA_MAX, 1);
#endif
    try {
        return run(argc, argv);
    } catch (const Failure& f) {
        std::cerr << "pgdiff: " << one_line(f.message) << "\n";
    } catch (const std::exception& e) {
        std::cerr << "pgdiff: internal error: " << one_line(e.what()) << "\n";
    } catch (...) {
        std::cerr << "pgdiff: internal error\n";
    }
    return kError;
}
