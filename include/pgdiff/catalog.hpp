// The catalog model: every object pgdiff understands is a Node with a stable
// identity (its key), the attributes that define it, and its dependencies.
// Keys are built from names, never oids, so the same object in two databases
// has the same key.
#pragma once
#include <map>
#include <set>
#include <string>
#include <vector>
#include <nlohmann/json.hpp>
#include "pgdiff/api.hpp"
#include "pgdiff/quote.hpp"

namespace pgdiff {

struct Node {
    std::string key;        // e.g. "table:\"public\".\"orders\"" (unique in a catalog)
    std::string kind;       // "schema", "table", "column", "function", ...
    ObjectRef ref;          // how the object is named to people
    std::string parent;     // structural owner (column -> table); "" if none
    nlohmann::json attrs;   // what defines the object; equal attrs = same object
    std::vector<std::string> deps;    // keys this object depends on (drop/create order)
    std::vector<std::string> owners;  // keys whose DROP silently drops this one too
    std::string sql_name;   // the object's name as SQL (quoted, qualified)
    std::string sql_table;  // for objects inside a table: the table's name as SQL
};

// Facts about a database that define no object (never compared): they size
// and qualify hazards.
struct TableSize {
    double rows = -1;     // pg_class.reltuples (-1: never analyzed)
    int64_t pages = -1;   // pg_class.relpages
};
struct Facts {
    std::map<std::string, TableSize> table_sizes;   // relation key -> estimate
    std::set<std::string> volatile_defaults;        // default keys whose expression calls a volatile function
    // pg_cast rows with castmethod 'b' (binary coercible), by type name.
    std::set<std::pair<std::string, std::string>> binary_coercible;
    bool has_casts = false;                         // false for old snapshots and EMPTY
};

struct Catalog {
    int server_version_num = 0;
    std::string server_version;
    std::map<std::string, Node> nodes;               // sorted by key: deterministic
    std::map<std::string, std::vector<std::string>> children;  // parent key -> child keys
    std::vector<std::string> warnings;               // objects the engine does not model
    Facts facts;

    const Node* find(const std::string& key) const {
        auto it = nodes.find(key);
        return it == nodes.end() ? nullptr : &it->second;
    }
    const std::vector<std::string>& children_of(const std::string& key) const {
        static const std::vector<std::string> none;
        auto it = children.find(key);
        return it == children.end() ? none : it->second;
    }
};

// Key builders: one per naming scheme, so every kind names its objects alike.
namespace keys {
inline std::string schema_scoped(const std::string& kind, const std::string& schema,
                                 const std::string& name) {
    return kind + ":" + quote_qualified(schema, name);
}
inline std::string global(const std::string& kind, const std::string& name) {
    return kind + ":" + quote_ident(name);
}
// Objects that live inside a table: columns, constraints, triggers, policies.
inline std::string table_scoped(const std::string& kind, const std::string& schema,
                                const std::string& table, const std::string& name) {
    return kind + ":" + quote_qualified(schema, table) + "." + quote_ident(name);
}
}  // namespace keys

}  // namespace pgdiff
