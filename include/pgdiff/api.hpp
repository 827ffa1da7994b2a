// The public surface of the engine: every adapter (CLI, wasm, tests) uses only this.
#pragma once
#include <string>
#include <string_view>
#include <vector>
#include <cstdint>
#include <optional>
#include <nlohmann/json.hpp>

namespace pgdiff {

// What the user asked for; mirrors migra's options.
struct Options {
    bool with_privileges = false;          // --with-privileges: diff GRANT/REVOKE
    bool with_ownership = false;           // --with-ownership: diff ALTER ... OWNER TO
    bool create_extensions_only = false;   // --create-extensions-only
    bool ignore_extension_versions = false;// --ignore-extension-versions
    std::vector<std::string> schemas;          // --schema (repeatable): only these
    std::vector<std::string> exclude_schemas;  // --exclude-schema (repeatable)
    // --online: statements that avoid long locks (CREATE/DROP INDEX
    // CONCURRENTLY, NOT VALID + VALIDATE, SET NOT NULL through a CHECK), a
    // lock_timeout / statement_timeout preamble, and a script split into
    // transactions around the statements that cannot run inside one.
    bool online = false;
    std::string lock_timeout = "5s";       // --lock-timeout (online mode preamble)
    std::string statement_timeout = "0";   // --script-statement-timeout (online mode preamble; 0 = none)
};

// A duration PostgreSQL accepts for lock_timeout / statement_timeout, in the
// form pgdiff writes: an integer with an optional unit (5s, 500ms, 2min, 0).
inline bool valid_duration(const std::string& value) {
    static const char* units[] = {"", "us", "ms", "s", "min", "h", "d"};
    size_t digits = 0;
    while (digits < value.size() && value[digits] >= '0' && value[digits] <= '9') ++digits;
    if (digits == 0 || digits > 9) return false;
    for (const char* u : units)
        if (value.compare(digits, std::string::npos, u) == 0) return true;
    return false;
}

// The object a statement touches.
struct ObjectRef {
    std::string kind;    // "table", "column", "index", "function", ...
    std::string schema;  // "" for schema-less kinds (schema, extension, ...)
    std::string name;    // e.g. "orders", "orders.status", "f(integer,text)"
};

// Something a statement does that a person applying it should know about.
// kind is one of the hazard kinds below; rows/pages are the planner's
// estimate (pg_class.reltuples / relpages of FROM) of the table it touches,
// -1 when unknown or not about a table.
namespace hazard {
inline constexpr const char* data_loss = "data_loss";                          // drops rows, columns, values or state
inline constexpr const char* table_rewrite = "table_rewrite";                  // every row is rewritten (new relfilenode)
inline constexpr const char* access_exclusive_lock = "access_exclusive_lock";  // blocks reads and writes of an existing relation
inline constexpr const char* full_scan = "full_scan";                          // reads every row (validation, index build)
inline constexpr const char* non_transactional = "non_transactional";          // cannot run inside a transaction block
inline const char* const all[] = {data_loss, table_rewrite, access_exclusive_lock, full_scan, non_transactional};
}  // namespace hazard

struct Hazard {
    std::string kind;
    std::string detail;       // one line for people
    ObjectRef table;          // the relation it concerns (kind "" when none)
    double rows = -1;         // estimated rows of that relation in FROM (-1 unknown)
    int64_t pages = -1;       // its size in 8 kB pages (-1 unknown)
};

// One attribute of the object that differs between FROM and TO.
struct AttributeChange {
    std::string attribute;
    nlohmann::json from;      // null when absent
    nlohmann::json to;
};

// Another statement's object that this one has to follow (an edge of the
// planner's dependency graph): `phase` is "drop" or "create".
struct Predecessor {
    ObjectRef object;
    std::string phase;
};

// One SQL statement of a migration, with what the engine knows about it.
struct Statement {
    std::string sql;          // ends with ';'
    ObjectRef object;
    std::string action;       // "create" | "drop" | "alter" | "replace" | "set"
    bool unsafe = false;      // can lose data (migra's meaning of "unsafe")
    std::string why;          // short human explanation
    bool transactional = true;     // false: must run outside a transaction block
    bool new_transaction = false;  // online mode: commit what came before first
    std::string lock;         // lock level taken on `lock_on` ("ACCESS EXCLUSIVE", ...); "" none on a relation
    ObjectRef lock_on;        // the relation locked
    std::vector<Hazard> hazards;
    std::vector<AttributeChange> changes;  // what changed, for alter/replace
    ObjectRef caused_by;      // set when the statement exists because a dependency is rebuilt
    std::string caused_by_change;  // "dropped" | "replaced" | "rebuilt" | "altered"
    std::vector<Predecessor> after;  // graph edges that forced its position
    bool has_hazard(const std::string& kind) const {
        for (auto& h : hazards) if (h.kind == kind) return true;
        return false;
    }
};

struct Plan {
    std::vector<Statement> statements;
    std::vector<std::string> warnings;   // objects not understood, etc.
    bool online = false;                 // rendered with transaction control (Options::online)
    bool empty() const {
        for (auto& s : statements) if (s.object.kind != "session") return false;
        return true;
    }
    bool has_unsafe() const {
        for (auto& s : statements) if (s.unsafe) return true;
        return false;
    }
};

}  // namespace pgdiff
