// The catalog model: every object pgdiff understands is a Node with a stable
// identity (its key), the attributes that define it, and its dependencies.
// Keys are built from names, never oids, so the same object in two databases
// has the same key.
#pragma once
#include <cstdint>
#include <cstring>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <string_view>
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
        if (o.digest_.size() == o.nodes.size() && !nodes.empty()) index_digest();
    }
    Catalog& operator=(const Catalog& o) {
        if (this != &o) *this = Catalog(o);
        return *this;
    }

    const Node* find(const std::string& key) const {
        auto it = nodes.find(key);
        return it == nodes.end() ? nullptr : &it->second;
    }
    ChildKeys children_of(const std::string& key) const {
        static const ChildKeys::Pointers none;
        auto it = children.find(key);
        return ChildKeys(it == children.end() ? none : it->second);
    }
    // (Re)builds `children` from the nodes' parents; call after adding nodes.
    void index_children() {
        children.clear();
        for (auto& [key, node] : nodes) {
            if (node.parent.empty()) continue;
            auto p = nodes.find(node.parent);
            // A child whose parent is not a node (never the case for loaded
            // catalogs) is listed under a key of its own.
            std::string_view parent_key = p != nodes.end() ? std::string_view(p->first) : std::string_view(node.parent);
            children[parent_key].push_back(&key);
        }
    }

    // A compact, key-ordered copy of what the planner's diff reads of every
    // node: its key and an exact encoding of its kind, ref and attrs, all in
    // one contiguous buffer. Two nodes with the same encoding (and no
    // floating-point number in it) are the same object to the planner, which
    // then skips them without walking the scattered nodes and their attrs
    // trees (that walk was most of the plan at 20,000 tables). The loader
    // builds it once a catalog is complete (load_document); a catalog whose
    // nodes change afterwards must call index_digest() again.
    struct DigestEntry {
        const Node* node;
        uint64_t offset;     // in digest_bytes(): key bytes, then the encoding
        uint32_t key_size;
        uint32_t code_size;  // top bit: the encoding holds a float (equal bytes do not prove equal values)
    };
    static constexpr uint32_t digest_inexact = 0x80000000u;
    const std::vector<DigestEntry>& digest() const { return digest_; }
    const std::string& digest_bytes() const { return digest_bytes_; }
    // The digest describes `nodes` (built, and as many entries).
    bool has_digest() const { return digest_.size() == nodes.size() && !nodes.empty(); }
    std::string_view digest_key(const DigestEntry& e) const {
        return std::string_view(digest_bytes_.data() + e.offset, e.key_size);
    }
    std::string_view digest_code(const DigestEntry& e) const {
        return std::string_view(digest_bytes_.data() + e.offset + e.key_size, e.code_size & ~digest_inexact);
    }
    // Calls f(dependent) for every node that depends on `key` (Node::for_each_dep),
    // in key order: the reverse edges, from the digest's hashed dependencies.
    template <class F>
    void for_each_dependent(const std::string& key, F&& f) const {
        if (dep_buckets_.size() < 2) return;
        uint64_t h = std::hash<std::string_view>()(key);
        size_t b = h & (dep_buckets_.size() - 2);
        for (uint32_t k = dep_buckets_[b]; k < dep_buckets_[b + 1]; ++k) {
            const DepItem& item = dep_items_[k];
            if (item.hash != h) continue;
            const Node& n = *digest_[item.node].node;
            if (n.depends_on(key)) f(n);
        }
    }

    void index_digest() {
        digest_.clear();
        digest_bytes_.clear();
        std::vector<DepItem> deps;
        size_t bytes = 0;
        for (auto& [key, node] : nodes) bytes += key.size() + 64;
        digest_bytes_.reserve(bytes);
        digest_.reserve(nodes.size());
        for (auto& [key, node] : nodes) {
            DigestEntry e{&node, digest_bytes_.size(), uint32_t(key.size()), 0};
            digest_bytes_ += key;
            size_t start = digest_bytes_.size();
            bool inexact = false;
            encode_text(node.kind);
            encode_text(node.ref.kind);
            encode_text(node.ref.schema);
            encode_text(node.ref.name);
            encode(node.attrs, inexact);
            size_t size = digest_bytes_.size() - start;
            if (size >= digest_inexact || key.size() >= digest_inexact) {  // not representable: never skipped
                size = 0;
                inexact = true;
            }
            e.code_size = uint32_t(size) | (inexact ? digest_inexact : 0);
            uint32_t at = uint32_t(digest_.size());
            digest_.push_back(e);
            node.for_each_dep([&](const std::string& d) { deps.push_back({std::hash<std::string_view>()(d), at}); });
        }
        // Bucketed by hash (a power of two of them), stable: key order within a bucket.
        size_t buckets = 1;
        while (buckets < deps.size()) buckets *= 2;
        dep_buckets_.assign(buckets + 1, 0);
        for (auto& d : deps) ++dep_buckets_[(d.hash & (buckets - 1)) + 1];
        for (size_t b = 1; b <= buckets; ++b) dep_buckets_[b] += dep_buckets_[b - 1];
        std::vector<uint32_t> fill(dep_buckets_.begin(), dep_buckets_.end() - 1);
        dep_items_.resize(deps.size());
        for (auto& d : deps) dep_items_[fill[d.hash & (buckets - 1)]++] = d;
    }

private:
    void encode_size(uint64_t n) {
        do {  // 7 bits a byte, high bit: more follow (prefix-free)
            unsigned char c = n & 0x7f;
            n >>= 7;
            if (n) c |= 0x80;
            digest_bytes_ += char(c);
        } while (n);
    }
    void encode_text(const std::string& s) {
        encode_size(s.size());
        digest_bytes_ += s;
    }
    // Type tag, then the value; strings and containers carry their sizes, so
    // equal encodings mean equal types and bitwise-equal values throughout.
    void encode(const nlohmann::json& j, bool& inexact) {
        using value_t = nlohmann::json::value_t;
        digest_bytes_ += char(j.type());
        switch (j.type()) {
        case value_t::object: {
            const auto& o = *j.get_ptr<const nlohmann::json::object_t*>();
            encode_size(o.size());
            for (auto& [k, v] : o) {
                encode_text(k);
                encode(v, inexact);
            }
            return;
        }
        case value_t::array: {
            const auto& a = *j.get_ptr<const nlohmann::json::array_t*>();
            encode_size(a.size());
            for (auto& v : a) encode(v, inexact);
            return;
        }
        case value_t::string:
            encode_text(*j.get_ptr<const nlohmann::json::string_t*>());
            return;
        case value_t::null:
            return;
        case value_t::boolean:
            digest_bytes_ += char(*j.get_ptr<const nlohmann::json::boolean_t*>() ? 1 : 0);
            return;
        case value_t::number_integer:
        case value_t::number_unsigned: {
            uint64_t v = j.type() == value_t::number_integer
                             ? uint64_t(*j.get_ptr<const nlohmann::json::number_integer_t*>())
                             : *j.get_ptr<const nlohmann::json::number_unsigned_t*>();
            char b[8];
            std::memcpy(b, &v, 8);
            digest_bytes_.append(b, 8);
            return;
        }
        default:  // floats (NaN, -0.0), binary, discarded: compared the slow way
            inexact = true;
            return;
        }
    }

    // parent key -> child keys; both point at the keys held by `nodes`
    // (stable: std::map never moves its elements).
    std::map<std::string_view, ChildKeys::Pointers> children;
    std::vector<DigestEntry> digest_;
    std::string digest_bytes_;
    struct DepItem {
        uint64_t hash;  // of the dependency's key
        uint32_t node;  // the dependent, as an index of digest_
    };
    std::vector<uint32_t> dep_buckets_;  // bucket b: dep_items_[dep_buckets_[b] .. dep_buckets_[b + 1])
    std::vector<DepItem> dep_items_;
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
