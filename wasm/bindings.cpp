// embind bindings: the pgdiff engine as a WebAssembly module.
//
// Every entry point takes and returns plain strings (JSON text), so the
// JavaScript side never deals with C++ objects or their lifetimes. Errors are
// returned as values ({"ok": false, "error": "..."}), never thrown: all C++
// exceptions are caught here (the module is compiled with -fwasm-exceptions:
// WebAssembly's own exception handling; -fexceptions made every call that may
// throw inside a try go through a JavaScript trampoline, invoke_*, which was
// about 40% of a 200-table diff's time).
// nlohmann's internal checks (e.g. const operator[] on a missing key) assert,
// and an assert aborts the whole wasm instance: make them exceptions, caught
// below like any other, so an engine bug becomes an error value.
#include <stdexcept>
#define JSON_ASSERT(x) \
    do { if (!(x)) throw std::logic_error("internal error: JSON check failed: " #x); } while (0)

#include <emscripten/bind.h>

#include <exception>
#include <string>

#include <nlohmann/json.hpp>
#include <pgdiff/pgdiff.hpp>

namespace {

using nlohmann::json;

std::string fail(const std::string& message) {
    json out = {{"ok", false}, {"error", message}, {"sql", ""}, {"explain", ""}, {"summary", ""}, {"plan", nullptr},
                {"warnings", json::array()}, {"unsafe", false}, {"held_back", nullptr}};
    return out.dump();
}

// A catalog given by the caller: catalog JSON text (as returned by the catalog
// query, or a snapshot), or the word EMPTY for an empty database.
pgdiff::LoadResult load(const std::string& text) {
    if (text == "EMPTY") return {pgdiff::empty_catalog(), ""};
    return pgdiff::load_catalog(text);
}

std::vector<std::string> string_list(const json& j, const char* key) {
    std::vector<std::string> out;
    if (!j.contains(key) || j[key].is_null()) return out;
    const json& v = j[key];
    if (v.is_string()) { out.push_back(v.get<std::string>()); return out; }
    if (!v.is_array()) throw std::invalid_argument(std::string("options: \"") + key + "\" must be a list of schema names");
    for (auto& s : v) {
        if (!s.is_string()) throw std::invalid_argument(std::string("options: \"") + key + "\" must be a list of schema names");
        out.push_back(s.get<std::string>());
    }
    return out;
}

bool flag(const json& j, const char* key) {
    if (!j.contains(key) || j[key].is_null()) return false;
    if (!j[key].is_boolean()) throw std::invalid_argument(std::string("options: \"") + key + "\" must be true or false");
    return j[key].get<bool>();
}

// The options object of diff(): the engine's Options, and what --unsafe /
// --allow-hazards let through (pgdiff::held_back decides, as natively).
struct Parsed {
    pgdiff::Options options;
    pgdiff::HazardPolicy policy;
};

Parsed parse_options(const std::string& text) {
    Parsed parsed;
    pgdiff::Options& o = parsed.options;
    if (text.empty()) return parsed;
    const std::string_view view(text);  // the parser instantiation load.hpp uses
    json j = json::parse(view.begin(), view.end(), nullptr, false);
    if (j.is_discarded() || !j.is_object()) throw std::invalid_argument("options: not a JSON object");
    static const char* known[] = {"with_privileges", "with_ownership", "create_extensions_only", "ignore_extension_versions",
                                  "schemas", "exclude_schemas", "unsafe", "online", "lock_timeout",
                                  "statement_timeout", "allow_hazards"};
    for (auto& [k, v] : j.items()) {
        bool ok = false;
        for (auto* n : known) ok = ok || k == n;
        if (!ok) throw std::invalid_argument("options: unknown option \"" + k + "\"");
    }
    o.with_privileges = flag(j, "with_privileges");
    o.with_ownership = flag(j, "with_ownership");
    o.create_extensions_only = flag(j, "create_extensions_only");
    o.ignore_extension_versions = flag(j, "ignore_extension_versions");
    parsed.policy.unsafe = flag(j, "unsafe");
    if (j.contains("allow_hazards") && !j["allow_hazards"].is_null()) {
        const json& v = j["allow_hazards"];
        bool strings = v.is_array();
        for (auto& k : v) strings = strings && k.is_string();
        if (!strings) throw std::invalid_argument("options: \"allow_hazards\" must be a list of hazard kinds");
        parsed.policy.allowed = pgdiff::parse_hazard_kinds(v.get<std::vector<std::string>>());
    }
    o.online = flag(j, "online");
    for (auto [key, target] : {std::pair<const char*, std::string*>{"lock_timeout", &o.lock_timeout},
                               std::pair<const char*, std::string*>{"statement_timeout", &o.statement_timeout}}) {
        if (!j.contains(key) || j[key].is_null()) continue;
        if (!j[key].is_string() || !pgdiff::valid_duration(j[key].get<std::string>()))
            throw std::invalid_argument(std::string("options: \"") + key + "\" must be a duration like \"5s\", \"500ms\" or \"0\"");
        *target = j[key].get<std::string>();
    }
    o.schemas = string_list(j, "schemas");
    o.exclude_schemas = string_list(j, "exclude_schemas");
    return parsed;
}

std::string version() { return pgdiff::version; }
std::string catalog_query() { return pgdiff::catalog_query(); }
std::string inspect_begin() { return pgdiff::inspect_begin_sql(); }
std::string inspect_end() { return pgdiff::inspect_end_sql(); }

// diff(catalog A, catalog B, options) -> {ok, sql, explain, summary, plan, warnings, unsafe, held_back, error}
// explain: the SQL with a comment above each statement (why, hazards, lock),
// rendered by the engine; summary: counts and hazards; plan: the JSON plan
// (docs/plan.schema.json) with every statement's hazards; held_back: null, or
// {reason, advice} when options "unsafe" / "allow_hazards" do not let the
// plan through (the native command then prints nothing and exits 3).
std::string diff(const std::string& a, const std::string& b, const std::string& options) {
    try {
        Parsed parsed = parse_options(options);
        const pgdiff::Options& opts = parsed.options;
        auto from = load(a);
        if (!from.catalog) return fail("catalog A (from): " + from.error);
        auto to = load(b);
        if (!to.catalog) return fail("catalog B (to): " + to.error);
        pgdiff::Plan plan = pgdiff::make_plan(*from.catalog, *to.catalog, opts);
        json out = {{"ok", true}, {"error", nullptr}, {"sql", pgdiff::render_sql(plan)},
                    {"explain", pgdiff::render_explain(plan)}, {"summary", pgdiff::render_summary(plan)},
                    {"plan", pgdiff::plan_to_json(plan)}, {"warnings", plan.warnings},
                    {"unsafe", plan.has_unsafe()}, {"held_back", nullptr}};
        if (pgdiff::HeldBack held = pgdiff::held_back(plan, parsed.policy))
            out["held_back"] = {{"reason", held.reason}, {"advice", held.advice}};
        return out.dump();
    } catch (const std::exception& e) {
        return fail(std::string("pgdiff: ") + e.what());
    } catch (...) {
        return fail("pgdiff: unexpected internal error");
    }
}

// snapshot(catalog JSON) -> {ok, snapshot, error}
std::string snapshot(const std::string& catalog) {
    try {
        auto c = load(catalog);
        if (!c.catalog) return json{{"ok", false}, {"error", "catalog: " + c.error}, {"snapshot", nullptr}}.dump();
        return json{{"ok", true}, {"error", nullptr}, {"snapshot", pgdiff::to_snapshot(catalog == "EMPTY" ? pgdiff::empty_document().dump() : catalog)}}.dump();
    } catch (const std::exception& e) {
        return json{{"ok", false}, {"error", std::string("pgdiff: ") + e.what()}, {"snapshot", nullptr}}.dump();
    } catch (...) {
        return json{{"ok", false}, {"error", "pgdiff: unexpected internal error"}, {"snapshot", nullptr}}.dump();
    }
}

}  // namespace

EMSCRIPTEN_BINDINGS(pgdiff) {
    emscripten::function("version", &version);
    emscripten::function("catalogQuery", &catalog_query);
    emscripten::function("inspectBegin", &inspect_begin);
    emscripten::function("inspectEnd", &inspect_end);
    emscripten::function("diff", &diff);
    emscripten::function("snapshot", &snapshot);
}
