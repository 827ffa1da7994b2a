// The catalog model: every object pgdiff understands is a Node with a stable
// identity (its key), the attributes that define it, and its dependencies.
// Keys are built from names, never oids, so the same object in two databases
// has the same key.
#pragma once
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
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
    // Keys this object depends on (drop/create order) and keys whose DROP
    // silently drops it too, besides `parent`: a child always depends on
    // and is owned by its parent, which is not stored again here (it was
    // two more copies of the parent key per child). Read all of them
    // through for_each_dep / depends_on / for_each_owner.
    std::vector<std::string> deps_besides_parent;
    std::vector<std::string> owners_besides_parent;
    std::string sql_name;   // the object's name as SQL (quoted, qualified)
    std::string sql_table;  // for objects inside a table: the table's name as SQL

    template <class F>
    void for_each_dep(F&& f) const {
        if (!parent.empty()) f(parent);
        for (const std::string& d : deps_besides_parent) f(d);
    }
    template <class F>
    void for_each_owner(F&& f) const {
        if (!parent.empty()) f(parent);
        for (const std::string& o : owners_besides_parent) f(o);
    }
    bool depends_on(const std::string& k) const {
        if (!parent.empty() && parent == k) return true;
        for (const std::string& d : deps_besides_parent)
            if (d == k) return true;
        return false;
    }
};

// Child keys of one node, as views of the keys held by Catalog::nodes:
// iterates like a std::vector<std::string>.
class ChildKeys {
public:
    using Pointers = std::vector<const std::string*>;
    class iterator {
    public:
        explicit iterator(Pointers::const_iterator it) : it_(it) {}
        const std::string& operator*() const { return **it_; }
        iterator& operator++() { ++it_; return *this; }
        bool operator!=(const iterator& o) const { return it_ != o.it_; }
        bool operator==(const iterator& o) const { return it_ == o.it_; }
    private:
        Pointers::const_iterator it_;
    };
    explicit ChildKeys(const Pointers& keys) : keys_(&keys) {}
    iterator begin() const { return iterator(keys_->begin()); }
    iterator end() const { return iterator(keys_->end()); }
    size_t size() const { return keys_->size(); }
    bool empty() const { return keys_->empty(); }
private:
    const Pointers* keys_;
};

// Facts about a database that define no object (never compared): they size
// and qualify hazards.
struct TableSize {
    double rows = -1;     // pg_class.reltuples (-1: never analyzed)
    int64_t pages = -1;   // pg_class.relpages
};
// An index or constraint a parent copied onto a partition or inheritance
// child (inspect/query.hpp's clones): not an object of the table while it
// is attached, its own once DETACH PARTITION or NO INHERIT leaves it there.
struct Clone {
    char kind = 'i';            // 'i' index, else pg_constraint.contype ('c', 'f', 'p', 'u', 'x')
    std::string name;
    int64_t inherited_count = 1;  // parents it comes from (pg_constraint.coninhcount)
    bool operator<(const Clone& o) const { return std::tie(kind, name) < std::tie(o.kind, o.name); }
};
struct Facts {
    std::map<std::string, TableSize> table_sizes;   // relation key -> estimate
    std::set<std::string> volatile_defaults;        // default keys whose expression calls a volatile function
    // pg_cast rows with castmethod 'b' (binary coercible), by type name.
    std::set<std::pair<std::string, std::string>> binary_coercible;
    bool has_casts = false;                         // false for old snapshots and EMPTY
    std::map<std::string, std::vector<Clone>> clones;  // table key -> its clones, sorted
};

struct Catalog {
    int server_version_num = 0;
    std::string server_version;
    std::map<std::string, Node> nodes;               // sorted by key: deterministic
    std::vector<std::string> warnings;               // objects the engine does not model
    Facts facts;

    Catalog() = default;
    Catalog(Catalog&&) = default;
    Catalog& operator=(Catalog&&) = default;
    // `children` points into `nodes`: a copy indexes its own nodes again.
    Catalog(const Catalog& o)
        : server_version_num(o.server_version_num), server_version(o.server_version), nodes(o.nodes),
          warnings(o.warnings), facts(o.facts) {
        index_children();
    }
    Catalog& operator=(const Catalog& o) {
        if (this != &o) *this = Catalog(o);
        return *this;
    }

    const Node* find(const std::string& key) const {
        auto it = nodes.find(key);
        return it == nodes.end() ? nullptr : &it->second;
    }
    // Calls f(node) for each node of `kind`, walking only the keys that
    // begin with "kind:" (keys:: builds every key of a kind that way, so
    // they sit together in `nodes`), not the whole catalog.
    template <class F>
    void for_each_of_kind(const std::string& kind, F&& f) const {
        const std::string prefix = kind + ":";
        for (auto it = nodes.lower_bound(prefix); it != nodes.end() && it->first.compare(0, prefix.size(), prefix) == 0; ++it)
            if (it->second.kind == kind) f(it->second);
    }
    ChildKeys children_of(const std::string& key) const {
        static const ChildKeys::Pointers none;
        auto it = children.find(key);
        return ChildKeys(it == children.end() ? none : it->second);
    }
    // (Re)builds `children` from the nodes' parents; call after adding nodes.
    void index_children() {
        children.clear();
        // Children come in runs under one parent in key order (a table's
        // columns, ...): a run looks its parent up once, not once per child.
        const std::string* run_parent = nullptr;
        ChildKeys::Pointers* run_children = nullptr;
        for (auto& [key, node] : nodes) {
            if (node.parent.empty()) continue;
            if (!run_parent || node.parent != *run_parent) {
                auto p = nodes.find(node.parent);
                // A child whose parent is not a node (never the case for loaded
                // catalogs) is listed under a key of its own.
                std::string_view parent_key = p != nodes.end() ? std::string_view(p->first) : std::string_view(node.parent);
                run_parent = &node.parent;
                run_children = &children[parent_key];
            }
            run_children->push_back(&key);
        }
    }

private:
    // parent key -> child keys; both point at the keys held by `nodes`
    // (stable: std::map never moves its elements).
    std::map<std::string_view, ChildKeys::Pointers> children;
};

// attrs[key], or null when attrs has no such key. Column nodes leave out
// their optional attributes that are null (most of them, and each entry of
// an attrs object is a heap node): read those through this, never through
// const operator[] (undefined behaviour for a missing key in nlohmann).
inline const nlohmann::json& attr_or_null(const nlohmann::json& attrs, const char* key) {
    static const nlohmann::json null_value;
    auto it = attrs.find(key);
    return it == attrs.end() ? null_value : *it;
}

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
