// pgdiff/libpq.hpp: the only code in pgdiff that touches libpq.
//
// It connects to a server, runs the engine's catalog query inside the
// engine's read-only transaction and hands back the JSON text. It does not
// interpret catalog rows: pgdiff::load_catalog() does that.
//
//   auto r = pgdiff::pq::inspect("postgresql://me@db/app");
//   if (!r.ok()) { std::cerr << r.error << "\n"; }   // one line, no password
//   auto loaded = pgdiff::load_catalog(r.json);
//
// Every error message is one line, starts with the target as given by the
// user with its password removed (see redact_target()), and never contains
// the password.
#pragma once

#include <libpq-fe.h>

#include <pgdiff/pgdiff.hpp>

#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

namespace pgdiff {
namespace pq {

struct ConnectOptions {
    int connect_timeout_s = 10;     // libpq connect_timeout (seconds; 0 = wait forever)
    int statement_timeout_s = 120;  // server statement_timeout for the catalog query (0 = none)
    std::string application_name = "pgdiff";
};

struct InspectResult {
    std::string json;   // the catalog query's single text value
    std::string error;  // empty on success; one line, password-free
    int server_version = 0;  // PQserverVersion(), e.g. 150018
    bool ok() const { return error.empty(); }
};

// True for "postgresql://..." and "postgres://..." (case-insensitive scheme).
inline bool is_url(std::string_view s) {
    auto starts = [&](std::string_view p) {
        if (s.size() < p.size()) return false;
        for (size_t i = 0; i < p.size(); ++i) {
            char c = s[i];
            if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
            if (c != p[i]) return false;
        }
        return true;
    };
    return starts("postgresql://") || starts("postgres://");
}

// True for a libpq key=value connection string ("host=x dbname=y").
inline bool is_conninfo(std::string_view s) {
    return !is_url(s) && s.find('=') != std::string_view::npos;
}

namespace detail {

inline bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Removes ":password" from the userinfo of any "scheme://user:password@host"
// and drops "password=..." query parameters.
inline std::string redact_url(std::string_view s) {
    std::string out;
    size_t scheme_end = s.find("://");
    size_t start = scheme_end + 3;
    out.append(s.substr(0, start));
    // userinfo ends at an '@': the last one before the first '/' ...
    const size_t npos = std::string_view::npos;
    size_t q = s.find('?', start);
    size_t end = (q == npos) ? s.size() : q;
    size_t slash = s.find('/', start);
    if (slash != npos && slash > end) slash = npos;
    size_t head_end = (slash == npos) ? end : slash;
    size_t at = npos;
    for (size_t i = start; i < head_end; ++i)
        if (s[i] == '@') at = i;
    // A password is present (a ':' before that '@', or before the first '/'
    // when no '@' is there): take the last '@' before the query instead, so
    // that no part of a password holding raw '@' or '/' is shown. (A dbname
    // holding '@' is then shown wrongly: privacy wins over cosmetics.)
    size_t colon = s.find(':', start);
    if (colon != npos && colon < (at == npos ? head_end : at))
        for (size_t i = (at == npos ? head_end : at); i < end; ++i)
            if (s[i] == '@') at = i;
    size_t rest = start;
    if (at != npos) {
        std::string_view userinfo = s.substr(start, at - start);
        out.append(userinfo.substr(0, userinfo.find(':')));
        out.push_back('@');
        rest = at + 1;
    }
    // query string: drop password=...
    if (q == npos) {
        out.append(s.substr(rest));
        return out;
    }
    out.append(s.substr(rest, q - rest));
    std::string_view query = s.substr(q + 1);
    std::string kept;
    size_t i = 0;
    while (i <= query.size()) {
        size_t amp = query.find('&', i);
        if (amp == std::string_view::npos) amp = query.size();
        std::string_view param = query.substr(i, amp - i);
        std::string_view key = param.substr(0, param.find('='));
        if (!param.empty() && key != "password") {
            if (!kept.empty()) kept.push_back('&');
            kept.append(param);
        }
        i = amp + 1;
    }
    if (!kept.empty()) {
        out.push_back('?');
        out.append(kept);
    }
    return out;
}

// Drops "password = value" (value plain or single-quoted, backslash escapes)
// from a key=value connection string; keeps everything else as written.
inline std::string redact_conninfo(std::string_view s) {
    std::string out;
    size_t i = 0, n = s.size();
    while (i < n) {
        size_t ws_begin = i;
        while (i < n && is_space(s[i])) ++i;
        if (i >= n) { out.append(s.substr(ws_begin)); break; }
        size_t item_begin = i;
        while (i < n && s[i] != '=' && !is_space(s[i])) ++i;
        std::string_view key = s.substr(item_begin, i - item_begin);
        while (i < n && is_space(s[i])) ++i;
        if (i < n && s[i] == '=') {
            ++i;
            while (i < n && is_space(s[i])) ++i;
            if (i < n && s[i] == '\'') {
                ++i;
                while (i < n && s[i] != '\'') {
                    if (s[i] == '\\' && i + 1 < n) ++i;
                    ++i;
                }
                if (i < n) ++i;  // closing quote
            } else {
                while (i < n && !is_space(s[i])) {
                    if (s[i] == '\\' && i + 1 < n) ++i;
                    ++i;
                }
            }
        }
        if (key == "password") continue;  // drop it (and the whitespace before it)
        out.append(s.substr(ws_begin, i - ws_begin));
    }
    // trim leading whitespace left behind when the first item was dropped
    size_t b = 0;
    while (b < out.size() && is_space(out[b])) ++b;
    return out.substr(b);
}

// Every password value libpq would see in this target (decoded), so that it
// can be scrubbed from messages even when redaction missed an odd spelling.
inline std::vector<std::string> secrets_of(const std::string& target) {
    std::vector<std::string> out;
    char* err = nullptr;
    PQconninfoOption* opts = PQconninfoParse(target.c_str(), &err);
    if (err) PQfreemem(err);
    if (!opts) return out;
    for (PQconninfoOption* o = opts; o->keyword; ++o)
        if (std::string_view(o->keyword) == "password" && o->val && *o->val) out.emplace_back(o->val);
    PQconninfoFree(opts);
    return out;
}

inline void replace_all(std::string& s, const std::string& what, const std::string& with) {
    if (what.empty()) return;
    size_t pos = 0;
    while ((pos = s.find(what, pos)) != std::string::npos) {
        s.replace(pos, what.size(), with);
        pos += with.size();
    }
}

// The target with its password removed (URL or conninfo), before scrub().
inline std::string redact_spelling(std::string_view target) {
    if (target.find("://") != std::string_view::npos) return redact_url(target);
    if (target.find('=') != std::string_view::npos) return redact_conninfo(target);
    return std::string(target);
}

// Removes the password (decoded and as written) from a message. libpq quotes
// the whole target in some messages (a malformed URL: `in URI: "..."`): that
// copy is replaced by the redacted target, whatever the password's length.
// Elsewhere, very short passwords (< 4 characters) are scrubbed only where
// libpq quotes them ("..."): replacing every occurrence would mangle the text.
inline std::string scrub(std::string msg, const std::string& target) {
    const std::string redacted = redact_spelling(target);
    if (redacted != target) replace_all(msg, target, redacted);
    for (auto& secret : secrets_of(target))
        if (secret.size() >= 4) replace_all(msg, secret, "***");
    // the raw (maybe percent-encoded) spelling inside a URL
    if (is_url(target)) {
        size_t start = target.find("://") + 3;
        size_t at = target.find('@', start);
        if (at != std::string::npos) {
            size_t colon = target.find(':', start);
            if (colon != std::string::npos && colon < at) {
                std::string raw = target.substr(colon + 1, at - colon - 1);
                if (raw.size() >= 4) replace_all(msg, raw, "***");
                else replace_all(msg, "\"" + raw + "\"", "\"***\"");
            }
        }
    }
    return msg;
}

// libpq messages end in '\n' and may span lines ("...failed: x\n\tIs the
// server running...?\n"): make them one line.
inline std::string one_line(std::string_view msg) {
    std::string out;
    size_t i = 0;
    while (i < msg.size()) {
        size_t nl = msg.find('\n', i);
        if (nl == std::string_view::npos) nl = msg.size();
        std::string_view line = msg.substr(i, nl - i);
        while (!line.empty() && is_space(line.front())) line.remove_prefix(1);
        while (!line.empty() && is_space(line.back())) line.remove_suffix(1);
        if (!line.empty()) {
            if (!out.empty()) out.append(out.back() == ':' ? " " : "; ");
            out.append(line);
        }
        i = nl + 1;
    }
    if (out.empty()) out = "unknown libpq error";
    return out;
}

struct ConnCloser {
    void operator()(PGconn* c) const { if (c) PQfinish(c); }
};
struct ResultCloser {
    void operator()(PGresult* r) const { if (r) PQclear(r); }
};
using Conn = std::unique_ptr<PGconn, ConnCloser>;
using Result = std::unique_ptr<PGresult, ResultCloser>;

inline std::string version_text(int v) {
    if (v >= 100000) return std::to_string(v / 10000) + "." + std::to_string(v % 10000);
    return std::to_string(v / 10000) + "." + std::to_string((v / 100) % 100) + "." + std::to_string(v % 100);
}

}  // namespace detail

// The connection target as it may be shown to a human: the password of a
// URL ("user:secret@host" -> "user@host", "?password=" dropped) or of a
// conninfo string ("password=secret" dropped) is removed. Other text is
// returned as is.
inline std::string redact_target(std::string_view target) {
    return detail::scrub(detail::redact_spelling(target), std::string(target));
}

// Connects, checks the server version, runs the catalog query in the
// engine's read-only transaction, returns its JSON text. Never throws.
inline InspectResult inspect(const std::string& target, const ConnectOptions& opt = {}) {
    InspectResult r;
    const std::string shown = redact_target(target);
    auto fail = [&](std::string_view what) {
        r.json.clear();
        r.error = detail::scrub(shown + ": " + detail::one_line(what), target);
        return r;
    };
    try {
        {   // validate the syntax first: a clearer message than a failed connect
            char* err = nullptr;
            PQconninfoOption* parsed = PQconninfoParse(target.c_str(), &err);
            if (!parsed) {
                std::string msg = err ? err : "invalid connection string";
                if (err) PQfreemem(err);
                return fail("invalid connection string: " + msg);
            }
            PQconninfoFree(parsed);
        }
        // Defaults first, then the user's target (expanded), then what
        // pgdiff needs: later keywords win in PQconnectdbParams.
        const std::string timeout = std::to_string(opt.connect_timeout_s < 0 ? 0 : opt.connect_timeout_s);
        const char* keys[] = {"connect_timeout", "application_name", "dbname", "client_encoding", nullptr};
        const char* vals[] = {timeout.c_str(), opt.application_name.c_str(), target.c_str(), "UTF8", nullptr};
        detail::Conn conn(PQconnectdbParams(keys, vals, /*expand_dbname=*/1));
        if (!conn) return fail("out of memory allocating a libpq connection");
        if (PQstatus(conn.get()) != CONNECTION_OK) return fail(PQerrorMessage(conn.get()));

        r.server_version = PQserverVersion(conn.get());
        if (r.server_version < 140000)
            return fail("unsupported server version " + detail::version_text(r.server_version) +
                        "; pgdiff supports PostgreSQL 14 to 18");

        auto exec = [&](const std::string& sql, ExecStatusType want, const char* step) -> std::string {
            detail::Result res(PQexec(conn.get(), sql.c_str()));
            if (!res) return std::string(step) + ": " + detail::one_line(PQerrorMessage(conn.get()));
            if (PQresultStatus(res.get()) != want)
                return std::string(step) + ": " + detail::one_line(PQresultErrorMessage(res.get()));
            return "";
        };
        if (opt.statement_timeout_s >= 0) {
            std::string e = exec("SET statement_timeout = " + std::to_string(opt.statement_timeout_s * 1000),
                                 PGRES_COMMAND_OK, "setting statement_timeout");
            if (!e.empty()) return fail(e);
        }
        {
            std::string e = exec(inspect_begin_sql(), PGRES_COMMAND_OK, "starting the inspection transaction");
            if (!e.empty()) return fail(e);
        }
        {
            detail::Result res(PQexec(conn.get(), catalog_query()));
            if (!res) return fail("catalog query: " + detail::one_line(PQerrorMessage(conn.get())));
            if (PQresultStatus(res.get()) != PGRES_TUPLES_OK)
                return fail("catalog query: " + detail::one_line(PQresultErrorMessage(res.get())));
            if (PQntuples(res.get()) != 1 || PQnfields(res.get()) != 1)
                return fail("catalog query returned " + std::to_string(PQntuples(res.get())) + " rows and " +
                            std::to_string(PQnfields(res.get())) + " columns; expected 1 and 1");
            if (PQgetisnull(res.get(), 0, 0)) return fail("catalog query returned NULL");
            r.json.assign(PQgetvalue(res.get(), 0, 0), size_t(PQgetlength(res.get(), 0, 0)));
        }
        {
            std::string json = std::move(r.json);
            std::string e = exec(inspect_end_sql(), PGRES_COMMAND_OK, "ending the inspection transaction");
            if (!e.empty()) return fail(e);
            r.json = std::move(json);
        }
        return r;
    } catch (const std::exception& e) {
        return fail(std::string("internal error: ") + e.what());
    } catch (...) {
        return fail("internal error");
    }
}

// Inspects two servers at once (one thread and one connection each).
inline std::pair<InspectResult, InspectResult> inspect_both(const std::string& a, const std::string& b,
                                                            const ConnectOptions& opt = {}) {
    std::pair<InspectResult, InspectResult> out;
    std::thread other;
    bool threaded = PQisthreadsafe() != 0;
    if (threaded) {
        try {
            other = std::thread([&] { out.second = inspect(b, opt); });
        } catch (...) {
            threaded = false;  // could not start a thread: do it in turn
        }
    }
    out.first = inspect(a, opt);
    if (threaded) other.join();
    else out.second = inspect(b, opt);
    return out;
}

}  // namespace pq
}  // namespace pgdiff
