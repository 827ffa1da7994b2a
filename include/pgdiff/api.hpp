// The public surface of the engine: every adapter (CLI, wasm, tests) uses only this.
#pragma once
#include <string>
#include <string_view>
#include <vector>
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
};

// The object a statement touches.
struct ObjectRef {
    std::string kind;    // "table", "column", "index", "function", ...
    std::string schema;  // "" for schema-less kinds (schema, extension, ...)
    std::string name;    // e.g. "orders", "orders.status", "f(integer,text)"
};

// One SQL statement of a migration, with what the engine knows about it.
struct Statement {
    std::string sql;          // ends with ';'
    ObjectRef object;
    std::string action;       // "create" | "drop" | "alter" | "replace"
    bool unsafe = false;      // can lose data (migra's meaning of "unsafe")
    std::string why;          // short human explanation
    bool transactional = true;
};

struct Plan {
    std::vector<Statement> statements;
    std::vector<std::string> warnings;   // objects not understood, etc.
    bool empty() const { return statements.empty(); }
    bool has_unsafe() const {
        for (auto& s : statements) if (s.unsafe) return true;
        return false;
    }
};

}  // namespace pgdiff
