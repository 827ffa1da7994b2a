// Catalog document (the catalog query's output, or a snapshot file) -> Catalog.
// Never throws: a malformed document gives a LoadResult with an error message.
#pragma once
#include <algorithm>
#include <cstdint>
#include <cstring>
#include <deque>
#include <cctype>
#include <map>
#include <set>
#include <tuple>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <nlohmann/json.hpp>
#include "pgdiff/catalog.hpp"
#include "pgdiff/inspect/query.hpp"
#include "pgdiff/inspect/shape.hpp"

namespace pgdiff {

struct LoadResult {
    std::optional<Catalog> catalog;
    std::string error;
};

namespace detail {

// System catalog oids are fixed across PostgreSQL versions.
enum : int64_t {
    kPgType = 1247, kPgProc = 1255, kPgClass = 1259, kPgAttrdef = 2604,
    kPgConstraint = 2606, kPgRewrite = 2618, kPgTrigger = 2620, kPgNamespace = 2615,
    kPgPolicy = 3256, kPgStatisticExt = 3381, kPgExtension = 3079, kPgCollation = 3456,
    kPgForeignDataWrapper = 2328, kPgForeignServer = 1417, kPgUserMapping = 1418,
    kPgTsDict = 3600, kPgTsConfig = 3602,
    kPgCast = 2605, kPgEventTrigger = 3466, kPgPublication = 6104, kPgPublicationRel = 6106,
    kPgPublicationNamespace = 6237,
    kPgLanguage = 2612, kPgOperator = 2617, kPgOpclass = 2616, kPgOpfamily = 2753, kPgAmop = 2602, kPgAmproc = 2603,
};

// A catalog value as text ("" for null) and as a number (0 for null).
inline std::string value_str(const nlohmann::json& v) {
    if (v.is_null()) return {};
    if (v.is_string()) return v.get<std::string>();
    return v.dump();
}
inline int64_t value_num(const nlohmann::json& v) {
    if (v.is_number()) return v.get<int64_t>();
    if (v.is_string()) return std::stoll(v.get<std::string>());
    return 0;
}
inline std::string str(const nlohmann::json& j, const char* field) {
    auto it = j.find(field);
    return it == j.end() ? std::string() : value_str(*it);
}
inline int64_t num(const nlohmann::json& j, const char* field) {
    auto it = j.find(field);
    return it == j.end() ? 0 : value_num(*it);
}
inline nlohmann::json field(const nlohmann::json& j, const char* name) {
    auto it = j.find(name);
    return it == j.end() ? nlohmann::json() : *it;
}
// The same without the copy, for fields read only to look at.
inline const nlohmann::json& field_ref(const nlohmann::json& j, const char* name) {
    static const nlohmann::json null;
    auto it = j.find(name);
    return it == j.end() ? null : *it;
}

// A JSON object built by moving each value in (an initializer list would
// copy every value and re-check its shape: 6% of loading at 1,000 tables).
// As with an initializer list, the first of two equal keys wins.
inline void put_fields(nlohmann::json::object_t&) {}
template <class V, class... Rest>
inline void put_fields(nlohmann::json::object_t& o, const char* key, V&& value, Rest&&... rest) {
    o.emplace(key, std::forward<V>(value));
    put_fields(o, std::forward<Rest>(rest)...);
}
template <class... Fields>
inline nlohmann::json json_object(Fields&&... fields) {
    nlohmann::json j(nlohmann::json::value_t::object);
    put_fields(j.get_ref<nlohmann::json::object_t&>(), std::forward<Fields>(fields)...);
    return j;
}

// A column of relations[].columns, read where it is: a positional array in
// column_fields() order (format_version 2) or an object (version 1); a
// field it does not have reads as null, as in an object. The shape check
// has already checked either form.
class ColumnItem {
public:
    explicit ColumnItem(const nlohmann::json& c) : c_(c) {}
    const nlohmann::json& at(const char* name) const {
        static const nlohmann::json null;
        if (c_.is_array()) {
            size_t i = index_of(name);
            return i < c_.size() ? c_[i] : null;
        }
        auto it = c_.find(name);
        return it == c_.end() ? null : *it;
    }
    nlohmann::json field(const char* name) const { return at(name); }
    std::string str(const char* name) const { return value_str(at(name)); }
    int64_t num(const char* name) const { return value_num(at(name)); }

private:
    // A hash lookup: a strcmp over the 18 names was 3.5% of loading
    // (ColumnItem is read 20 times per column).
    static size_t index_of(const char* name) {
        static const std::unordered_map<std::string_view, size_t> index = [] {
            std::unordered_map<std::string_view, size_t> m;
            size_t count = 0;
            const char* const* fields = column_fields(&count);
            for (size_t i = 0; i < count; ++i) m.emplace(fields[i], i);
            return m;
        }();
        auto it = index.find(name);
        return it == index.end() ? SIZE_MAX : it->second;
    }
    const nlohmann::json& c_;
};

// ACL entries [grantee, privilege, grantable] (the shape check has seen to
// that) compared as nlohmann's < and == compare them, item by item, but
// directly: the generic comparison made normalize_acl 3.4% of loading.
// Anything else falls back to nlohmann's operators.
inline bool is_acl_entry(const nlohmann::json& e) {
    return e.is_array() && e.size() == 3 && e[0].is_string() && e[1].is_string() && e[2].is_boolean();
}
// x and y are both ACL entries.
inline int compare_acl_entry_items(const nlohmann::json& x, const nlohmann::json& y) {
    for (size_t i = 0; i < 2; ++i)
        if (int c = x[i].get_ref<const std::string&>().compare(y[i].get_ref<const std::string&>())) return c;
    return int(x[2].get<bool>()) - int(y[2].get<bool>());
}
inline int compare_acl_entries(const nlohmann::json& x, const nlohmann::json& y) {
    if (!is_acl_entry(x) || !is_acl_entry(y)) return x < y ? -1 : y < x ? 1 : 0;
    return compare_acl_entry_items(x, y);
}

// Sorted, de-duplicated ACL entries. The catalog query sends each grantee's
// privileges in PostgreSQL's order (INSERT, SELECT, UPDATE, DELETE, ...),
// not sorted: the entries are sorted as pointers and copied once (sorting
// copies, each comparison checking both entries' shape again, was 3.5% of
// loading at 1,000 tables).
inline nlohmann::json normalize_acl(const nlohmann::json& acl) {
    if (!acl.is_array()) return nlohmann::json::array();
    std::vector<const nlohmann::json*> items;
    items.reserve(acl.size());
    bool all_entries = true;
    for (const auto& e : acl) {
        items.push_back(&e);
        all_entries = all_entries && is_acl_entry(e);
    }
    auto compare = all_entries ? compare_acl_entry_items : compare_acl_entries;
    auto less = [&](const nlohmann::json* x, const nlohmann::json* y) { return compare(*x, *y) < 0; };
    auto equal = [&](const nlohmann::json* x, const nlohmann::json* y) { return compare(*x, *y) == 0; };
    if (!std::is_sorted(items.begin(), items.end(), less)) std::sort(items.begin(), items.end(), less);
    items.erase(std::unique(items.begin(), items.end(), equal), items.end());
    nlohmann::json out(nlohmann::json::value_t::array);
    auto& copy = out.get_ref<nlohmann::json::array_t&>();
    copy.reserve(items.size());
    for (const nlohmann::json* e : items) copy.push_back(*e);
    return out;
}

// (relation oid, column number) as a hash key.
struct PairHash {
    size_t operator()(const std::pair<int64_t, int64_t>& p) const {
        return std::hash<uint64_t>()(uint64_t(p.first) * 0x9E3779B97F4A7C15ull ^ uint64_t(p.second));
    }
};

class Loader {
public:
    explicit Loader(Catalog& c) : cat_(c) {}

    // Each item of `doc` is freed as soon as its nodes exist (and each
    // section once it is done), so that the parsed document shrinks while
    // the catalog grows: the two are never both held whole (peak memory).
    void load(nlohmann::json& doc) {
        auto done = [&](const char* section) {
            auto it = doc.find(section);
            if (it != doc.end()) *it = nullptr;
        };
        reserve_oid_maps(doc);
        if (doc.contains("default_privileges"))
            for (auto& d : doc.at("default_privileges")) {
                std::string role = str(d, "role"), type = str(d, "objtype");
                defacl_[{role, str(d, "schema"), type}] = normalize_acl(field(d, "acl"));
                if (field(d, "builtin").is_array()) builtin_acl_[{role, type}] = normalize_acl(field(d, "builtin"));
            }
        for (auto& s : doc.at("schemas")) { load_schema(s); s = nullptr; }
        done("schemas");
        for (auto& e : doc.at("extensions")) { load_extension(e); e = nullptr; }
        done("extensions");
        for (auto& c : doc.at("collations")) { load_collation(c); c = nullptr; }
        done("collations");
        for (auto& e : doc.at("enums")) { load_enum(e); e = nullptr; }
        done("enums");
        for (const char* section : {"domains", "composite_types", "range_types"})
            if (doc.contains(section))
                for (auto& t : doc.at(section)) { load_type(section, t); t = nullptr; }
        if (doc.contains("foreign_data_wrappers"))
            for (auto& w : doc.at("foreign_data_wrappers")) { load_foreign_data_wrapper(w); w = nullptr; }
        if (doc.contains("foreign_servers"))
            for (auto& s : doc.at("foreign_servers")) { load_foreign_server(s); s = nullptr; }
        if (doc.contains("user_mappings"))
            for (auto& m : doc.at("user_mappings")) { load_user_mapping(m); m = nullptr; }
        if (doc.contains("foreign_tables"))
            for (auto& f : doc.at("foreign_tables")) {
                int64_t oid = num(f, "oid");  // before f is moved from
                foreign_table_[oid] = std::move(f);
            }
        for (auto& s : doc.at("sequences")) { load_sequence(s); s = nullptr; }
        done("sequences");
        for (auto& r : doc.at("relations")) { load_relation(r); r = nullptr; }
        done("relations");
        for (auto& c : doc.at("constraints")) { load_constraint(c); c = nullptr; }
        done("constraints");
        for (auto& i : doc.at("indexes")) { load_index(i); i = nullptr; }
        for (auto& [key, j] : pending_replica_) load_replica_identity(key, j);
        done("indexes");
        for (auto& f : doc.at("functions")) { load_function(f); f = nullptr; }
        done("functions");
        if (doc.contains("ts_dictionaries"))
            for (auto& d : doc.at("ts_dictionaries")) { load_ts_object("ts_dictionary", d); d = nullptr; }
        if (doc.contains("ts_configurations"))
            for (auto& c : doc.at("ts_configurations")) { load_ts_object("ts_configuration", c); c = nullptr; }
        if (doc.contains("aggregates"))
            for (auto& a : doc.at("aggregates")) { load_aggregate(a); a = nullptr; }
        for (auto& t : doc.at("triggers")) { load_trigger(t); t = nullptr; }
        for (auto& p : doc.at("policies")) { load_policy(p); p = nullptr; }
        if (doc.contains("rules"))
            for (auto& r : doc.at("rules")) { load_rule(r); r = nullptr; }
        if (doc.contains("statistics"))
            for (auto& s : doc.at("statistics")) { load_statistics(s); s = nullptr; }
        if (doc.contains("typed_tables"))
            for (auto& t : doc.at("typed_tables")) { load_typed_table(t); t = nullptr; }
        if (doc.contains("publications"))
            for (auto& p : doc.at("publications")) { load_publication(p); p = nullptr; }
        if (doc.contains("publication_tables"))
            for (auto& p : doc.at("publication_tables")) { load_publication_table(p); p = nullptr; }
        if (doc.contains("publication_schemas"))
            for (auto& p : doc.at("publication_schemas")) { load_publication_schema(p); p = nullptr; }
        if (doc.contains("event_triggers"))
            for (auto& e : doc.at("event_triggers")) { load_event_trigger(e); e = nullptr; }
        if (doc.contains("casts"))
            for (auto& c : doc.at("casts")) { load_cast(c); c = nullptr; }
        if (doc.contains("languages"))
            for (auto& l : doc.at("languages")) { load_language(l); l = nullptr; }
        if (doc.contains("operators"))
            for (auto& o : doc.at("operators")) { load_operator(o); o = nullptr; }
        if (doc.contains("operator_families"))
            for (auto& f : doc.at("operator_families")) { load_operator_family_or_class("operator_family", f); f = nullptr; }
        if (doc.contains("operator_classes"))
            for (auto& c : doc.at("operator_classes")) { load_operator_family_or_class("operator_class", c); c = nullptr; }
        for (auto& m : doc.at("extension_members")) {
            auto ext = by_oid_.find(oid_key(kPgExtension, m.at(2).get<int64_t>()));
            if (ext != by_oid_.end())
                by_oid_.emplace(oid_key(m.at(0).get<int64_t>(), m.at(1).get<int64_t>()), ext->second);
        }
        for (auto& d : doc.at("depends")) { load_depend(d); d = nullptr; }
        done("depends");
        if (doc.contains("default_privileges"))
            for (auto& d : doc.at("default_privileges")) load_default_privileges(d);
        if (doc.contains("comments"))
            for (auto& c : doc.at("comments")) load_comment(c);
        if (doc.contains("binary_casts") && doc.at("binary_casts").is_array()) {
            for (auto& c : doc.at("binary_casts"))
                cat_.facts.binary_coercible.insert({c.at(0).get<std::string>(), c.at(1).get<std::string>()});
            cat_.facts.has_casts = true;
        }
        if (doc.contains("clones"))
            for (auto& c : doc.at("clones")) load_clone(c);
        for (auto& u : doc.at("unsupported")) {
            std::string what = u.at(0).get<std::string>();
            std::string schema = u.at(1).get<std::string>(), name = u.at(2).get<std::string>();
            cat_.warnings.push_back(what + " " + (schema.empty() ? name : schema + "." + name) +
                                    " is not supported yet and was not compared");
        }
        cat_.index_children();
    }

private:
    // The oid maps sized up front (about one oid per item that defines
    // objects, one per column): growing them rehashed them over and over,
    // which at 5,000 tables is a cache miss per entry each time.
    void reserve_oid_maps(const nlohmann::json& doc) {
        size_t items = 0, columns = 0;
        for (auto& [name, section] : doc.items())
            if (section.is_array() && name != "depends" && name != "comments") items += section.size();
        for (auto& r : doc.at("relations")) columns += r.at("columns").size();
        by_oid_.reserve(items + columns);
        by_column_.reserve(columns);
    }
    static uint64_t oid_key(int64_t classid, int64_t oid) {
        return (uint64_t(classid) << 32) | uint64_t(uint32_t(oid));
    }

    // `sql_name` is the object's name as SQL when it is not its (qualified)
    // ref name, e.g. a column's quoted name.
    Node& add(std::string key, std::string kind, ObjectRef ref, nlohmann::json attrs,
              std::string parent = {}, std::string sql_name = {}) {
        // The parent is looked up before the insert, so a key can never find itself as its parent.
        const Node* p = parent.empty() ? nullptr : find_node(parent);
        auto [it, inserted] = cat_.nodes.try_emplace(std::move(key));
        last_added_ = &*it;
        Node& n = it->second;
        if (!inserted) return n;  // the first node of a key wins
        n.key = it->first;
        n.kind = std::move(kind);
        n.ref = std::move(ref);
        n.attrs = std::move(attrs);
        n.parent = std::move(parent);
        n.sql_name = !sql_name.empty()      ? std::move(sql_name)
                     : n.ref.schema.empty() ? quote_ident(n.ref.name)
                                            : quote_qualified(n.ref.schema, n.ref.name);
        // The parent is also a dependency and an owner (Node::for_each_dep).
        if (p) n.sql_table = p->kind == "column" ? p->sql_table : p->sql_name;
        return n;
    }
    // Lookups in cat_.nodes (a std::map of long keys with long common
    // prefixes) were a tenth of loading. Children come in runs under one
    // parent (a table's columns, constraints, ...) and an oid is mapped right
    // after its node is added: the last node found and the last added are
    // looked at first.
    Node* find_node(const std::string& key) {
        if (last_found_ && (&last_found_->first == &key || last_found_->first == key)) return &last_found_->second;
        auto it = cat_.nodes.find(key);
        if (it == cat_.nodes.end()) return nullptr;
        last_found_ = &*it;
        return &it->second;
    }
    // The oid maps point at the keys held by cat_.nodes (stable in a
    // std::map) instead of holding copies: less memory at the peak of loading.
    const std::string* stable_key(const std::string& key) {
        if (last_added_ && last_added_->first == key) return &last_added_->first;
        auto it = cat_.nodes.find(key);
        if (it != cat_.nodes.end()) return &it->first;
        return &unowned_keys_.emplace_back(key);
    }
    void map_oid(int64_t classid, int64_t oid, const std::string& key) {
        if (oid != 0) by_oid_[oid_key(classid, oid)] = stable_key(key);
    }
    // Privileges are a child node of the object they belong to, present only
    // when the object's ACL is not the default one.
    // The owner is a child node too (compared with --with-ownership).
    void add_owner(const Node& object, const nlohmann::json& j) {
        std::string role = str(j, "owner"), on = comment_target(object);
        if (role.empty() || on.empty()) return;
        add("owner:" + object.key, "owner", {"owner", object.kind == "schema" ? object.ref.name : object.ref.schema,
                                             object.ref.name},
            {{"role", role}, {"on", on}}, object.key).sql_name = on;
    }
    // `column` is set for column privileges (GRANT SELECT (col) ON TABLE t).
    // `key` names the ACL node when it is not "acl:" + object.key (a view
    // column has no node of its own: its ACL hangs on the view).
    void add_acl(const Node& object, const nlohmann::json& j, const std::string& grant_kind,
                 const std::string& grant_target, const std::string& column = {}, std::string key = {}) {
        if (column.empty()) add_owner(object, j);
        const nlohmann::json& acl = field_ref(j, "acl");
        // The ACL a new object gets from ALTER DEFAULT PRIVILEGES, when they apply.
        nlohmann::json initial = column.empty() ? initial_acl(object, str(j, "owner"), grant_kind) : nlohmann::json();
        nlohmann::json builtin = acl.is_null() ? initial.is_null() ? nlohmann::json() : builtin_acl(str(j, "owner"), grant_kind)
                                               : normalize_acl(field_ref(j, "acl_default"));
        if (acl.is_null() && builtin.is_null()) return;
        // A schema's privileges belong to that schema for --schema filters.
        std::string schema = object.kind == "schema" ? object.ref.name : object.ref.schema;
        nlohmann::json effective = acl.is_null() ? builtin : normalize_acl(acl);
        // An ACL that is back to its default (GRANT then REVOKE leaves it
        // non-NULL) is no ACL: a node there and none on the other side would
        // be "dropped" with no statement, and replace the column grants that
        // follow it with a REVOKE + GRANT on every diff.
        if (initial.is_null() && !acl.is_null() && effective == builtin) return;
        auto& n = add(key.empty() ? "acl:" + object.key : std::move(key), "acl", {"acl", schema, object.ref.name},
                      json_object("acl", std::move(effective), "default", std::move(builtin),
                                  "object_kind", grant_kind, "target", grant_target, "column", column),
                      object.key);
        n.sql_name = grant_target;
        if (!initial.is_null()) n.attrs["initial"] = std::move(initial);
    }
    // ALTER DEFAULT PRIVILEGES object type for a GRANT ... ON <kind>.
    static std::string default_acl_type(const std::string& grant_kind) {
        if (grant_kind == "TABLE") return "r";
        if (grant_kind == "SEQUENCE") return "S";
        if (grant_kind == "FUNCTION" || grant_kind == "PROCEDURE") return "f";
        if (grant_kind == "TYPE" || grant_kind == "DOMAIN") return "T";
        if (grant_kind == "SCHEMA") return "n";
        return "";
    }
    nlohmann::json builtin_acl(const std::string& owner, const std::string& grant_kind) const {
        auto it = builtin_acl_.find({owner, default_acl_type(grant_kind)});
        return it == builtin_acl_.end() ? nlohmann::json() : it->second;
    }
    // As PostgreSQL computes it at CREATE time (get_user_default_acl): the
    // owner's global default privileges (or the built-in ACL) merged with its
    // default privileges in the object's schema; null when that is the
    // built-in ACL.
    nlohmann::json initial_acl(const Node& object, const std::string& owner, const std::string& grant_kind) const {
        std::string type = default_acl_type(grant_kind);
        if (type.empty() || defacl_.empty()) return nullptr;
        auto global = defacl_.find({owner, "", type});
        auto local = type == "n" ? defacl_.end() : defacl_.find({owner, object.ref.schema, type});
        nlohmann::json builtin = builtin_acl(owner, grant_kind);
        if ((global == defacl_.end() && local == defacl_.end()) || builtin.is_null()) return nullptr;
        nlohmann::json merged = global != defacl_.end() ? global->second : builtin;
        if (local != defacl_.end())
            for (auto& e : local->second) merged.push_back(e);
        merged = normalize_acl(merged);
        return merged == builtin ? nlohmann::json() : merged;
    }

    void load_schema(const nlohmann::json& j) {
        std::string name = str(j, "name");
        auto& n = add(keys::global("schema", name), "schema", {"schema", "", name},
                      {{"owner", str(j, "owner")}});
        map_oid(kPgNamespace, num(j, "oid"), n.key);
        add_acl(n, j, "SCHEMA", quote_ident(name));
    }
    void load_extension(const nlohmann::json& j) {
        std::string name = str(j, "name");
        auto& n = add(keys::global("extension", name), "extension", {"extension", "", name},
                      {{"schema", str(j, "schema")}, {"version", str(j, "version")}});
        map_oid(kPgExtension, num(j, "oid"), n.key);
        if (str(j, "schema") != "public") n.deps_besides_parent.push_back(keys::global("schema", str(j, "schema")));
    }
    void load_collation(const nlohmann::json& j) {
        std::string schema = str(j, "schema"), name = str(j, "name");
        nlohmann::json attrs = {{"provider", str(j, "provider")},
                                {"deterministic", field(j, "deterministic")},
                                {"collate", field(j, "collate")}, {"ctype", field(j, "ctype")},
                                {"locale", field(j, "locale")}, {"rules", field(j, "rules")}};
        auto& n = add(keys::schema_scoped("collation", schema, name), "collation",
                      {"collation", schema, name}, attrs);
        map_oid(kPgCollation, num(j, "oid"), n.key);
    }
    void load_enum(const nlohmann::json& j) {
        std::string schema = str(j, "schema"), name = str(j, "name");
        auto& n = add(keys::schema_scoped("type", schema, name), "type", {"type", schema, name},
                      {{"type", "enum"}, {"labels", field(j, "labels")}});
        map_oid(kPgType, num(j, "oid"), n.key);
        map_oid(kPgType, num(j, "array_oid"), n.key);
        add_acl(n, j, "TYPE", quote_qualified(schema, name));
    }
    // Domains, composite and range types: one node each; a domain's CHECK
    // constraints are child nodes so they can change without touching columns.
    void load_type(const std::string& section, const nlohmann::json& j) {
        std::string schema = str(j, "schema"), name = str(j, "name");
        std::string kind = section == "domains" ? "domain" : section == "composite_types" ? "composite_type" : "range_type";
        nlohmann::json attrs = j;
        // A composite type's attribute numbers name its columns in comments.
        if (j.contains("attnums") && j.at("attnums").is_array() && j.at("attributes").is_array())
            for (size_t i = 0; i < j.at("attnums").size() && i < j.at("attributes").size(); ++i)
                view_column_[{num(j, "class_oid"), j.at("attnums")[i].get<int64_t>()}] =
                    j.at("attributes")[i].at(0).get<std::string>();
        for (const char* k : {"oid", "array_oid", "class_oid", "multirange_oid", "schema", "name", "owner",
                              "acl", "acl_default", "constraints", "attnums"})
            attrs.erase(k);
        auto& n = add(keys::schema_scoped(kind, schema, name), kind, {kind, schema, name}, attrs);
        std::string key = n.key;
        map_oid(kPgType, num(j, "oid"), key);
        map_oid(kPgType, num(j, "array_oid"), key);
        map_oid(kPgType, num(j, "multirange_oid"), key);
        map_oid(kPgClass, num(j, "class_oid"), key);
        add_acl(n, j, kind == "domain" ? "DOMAIN" : "TYPE", quote_qualified(schema, name));
        if (kind != "domain" || !j.contains("constraints") || !j.at("constraints").is_array()) return;
        // The validated CHECKs, on the domain too: ALTER DOMAIN refuses to
        // validate one while a column stores an array of the domain, which
        // then makes the domain rebuilt (kinds/usertypes.hpp).
        nlohmann::json checked = nlohmann::json::array();
        for (auto& c : j.at("constraints")) {
            std::string cname = str(c, "name");
            std::string def = str(c, "definition");
            bool validated = field(c, "validated") == true;
            const std::string suffix = " NOT VALID";
            if (!validated && def.size() > suffix.size() &&
                def.compare(def.size() - suffix.size(), suffix.size(), suffix) == 0)
                def.resize(def.size() - suffix.size());
            std::string ckey = keys::table_scoped("domain_constraint", schema, name, cname);
            add(ckey, "domain_constraint", {"domain_constraint", schema, name + "." + cname},
                {{"definition", def}, {"validated", validated}}, key).sql_name = quote_ident(cname);
            map_oid(kPgConstraint, num(c, "oid"), ckey);
            if (validated) checked.push_back({cname, def});
        }
        if (!checked.empty()) cat_.nodes.at(key).attrs["validated_checks"] = std::move(checked);
    }
    // ALTER DEFAULT PRIVILEGES: an ACL node per (role, schema, object type),
    // diffed like any other ACL against the built-in default.
    void load_default_privileges(const nlohmann::json& j) {
        static const std::map<std::string, std::string> objects = {
            {"r", "TABLES"}, {"S", "SEQUENCES"}, {"f", "FUNCTIONS"}, {"T", "TYPES"}, {"n", "SCHEMAS"}};
        std::string role = str(j, "role"), schema = str(j, "schema"), type = str(j, "objtype");
        auto obj = objects.find(type);
        if (obj == objects.end()) return;
        std::string prefix = "ALTER DEFAULT PRIVILEGES FOR ROLE " + quote_ident(role) +
                             (schema.empty() ? "" : " IN SCHEMA " + quote_ident(schema)) + " ";
        std::string parent = schema.empty() ? "" : keys::global("schema", schema);
        if (!parent.empty() && !cat_.nodes.count(parent)) parent.clear();
        std::string key = "acl:default:" + quote_ident(role) + "." + (schema.empty() ? "*" : quote_ident(schema)) + "." + type;
        add(key, "default_acl", {"default_privileges", schema, role + " " + obj->second},
            {{"acl", normalize_acl(field(j, "acl"))},
             {"default", schema.empty() ? normalize_acl(field(j, "builtin")) : nlohmann::json::array()},
             {"object_kind", obj->second}, {"target", ""}, {"column", ""}, {"prefix", prefix}},
            parent);
    }
    void load_aggregate(const nlohmann::json& j) {
        std::string schema = str(j, "schema"), name = str(j, "name");
        std::string key = "aggregate:" + quote_qualified(schema, name) + "(" + str(j, "argument_types") + ")";
        nlohmann::json attrs = j;
        for (const char* k : {"oid", "schema", "name", "owner", "acl", "acl_default", "argument_types"}) attrs.erase(k);
        auto& n = add(key, "aggregate", {"aggregate", schema, name + "(" + str(j, "argument_types") + ")"}, attrs);
        n.sql_name = quote_qualified(schema, name) + "(" + str(j, "identity_arguments") + ")";
        map_oid(kPgProc, num(j, "oid"), key);
        add_acl(n, j, "FUNCTION", n.sql_name);
    }
    // Foreign-data wrappers, servers and user mappings: global objects.
    void load_foreign_data_wrapper(const nlohmann::json& j) {
        std::string name = str(j, "name");
        auto& n = add(keys::global("foreign_data_wrapper", name), "foreign_data_wrapper",
                      {"foreign_data_wrapper", "", name},
                      {{"handler", field(j, "handler")}, {"validator", field(j, "validator")},
                       {"options", field(j, "options")}});
        map_oid(kPgForeignDataWrapper, num(j, "oid"), n.key);
        add_acl(n, j, "FOREIGN DATA WRAPPER", quote_ident(name));
    }
    void load_foreign_server(const nlohmann::json& j) {
        std::string name = str(j, "name");
        auto& n = add(keys::global("foreign_server", name), "foreign_server", {"foreign_server", "", name},
                      {{"wrapper", str(j, "wrapper")}, {"type", field(j, "type")},
                       {"version", field(j, "version")}, {"options", field(j, "options")}});
        map_oid(kPgForeignServer, num(j, "oid"), n.key);
        add_acl(n, j, "FOREIGN SERVER", quote_ident(name));
    }
    // Its options often hold a password: they are in the SQL (they must
    // be), but a plan names only the option names ("option_names", see
    // kinds/foreign.hpp), never their values.
    void load_user_mapping(const nlohmann::json& j) {
        std::string server = str(j, "server"), user = str(j, "user");
        nlohmann::json names = nlohmann::json::array();
        if (field(j, "options").is_array())
            for (auto& o : j.at("options")) {
                std::string kv = o.get<std::string>();
                names.push_back(kv.substr(0, kv.find('=')));
            }
        auto& n = add("user_mapping:" + quote_ident(server) + "." + quote_role(user), "user_mapping",
                      {"user_mapping", "", "for " + user + " server " + server},
                      {{"server", server}, {"user", user}, {"options", field(j, "options")}, {"option_names", names}});
        n.sql_name = "FOR " + quote_role(user) + " SERVER " + quote_ident(server);
        map_oid(kPgUserMapping, num(j, "oid"), n.key);
        add_dep(n, keys::global("foreign_server", server));
    }
    // Text search dictionaries (template, options) and configurations
    // (parser, token type -> dictionaries mappings).
    void load_ts_object(const std::string& kind, const nlohmann::json& j) {
        std::string schema = str(j, "schema"), name = str(j, "name");
        nlohmann::json attrs = kind == "ts_dictionary"
                                   ? nlohmann::json{{"template", field(j, "template")}, {"options", field(j, "options")}}
                                   : nlohmann::json{{"parser", field(j, "parser")}, {"mappings", field(j, "mappings")}};
        auto& n = add(keys::schema_scoped(kind, schema, name), kind, {kind, schema, name}, attrs);
        map_oid(kind == "ts_dictionary" ? kPgTsDict : kPgTsConfig, num(j, "oid"), n.key);
        add_owner(n, j);
    }
    void load_sequence(const nlohmann::json& j) {
        std::string schema = str(j, "schema"), name = str(j, "name");
        nlohmann::json attrs = {{"type", str(j, "type")},          {"start", str(j, "start")},
                                {"increment", str(j, "increment")}, {"min", str(j, "min")},
                                {"max", str(j, "max")},            {"cache", str(j, "cache")},
                                {"cycle", field(j, "cycle")},      {"persistence", str(j, "persistence")}};
        auto& n = add(keys::schema_scoped("sequence", schema, name), "sequence",
                      {"sequence", schema, name}, attrs);
        map_oid(kPgClass, num(j, "oid"), n.key);
        add_acl(n, j, "SEQUENCE", quote_qualified(schema, name));
    }
    static std::string relation_kind(const std::string& relkind) {
        if (relkind == "v") return "view";
        if (relkind == "m") return "materialized_view";
        if (relkind == "f") return "foreign_table";
        return "table";
    }
    void load_relation(const nlohmann::json& j) {
        std::string schema = str(j, "schema"), name = str(j, "name");
        std::string relkind = str(j, "relkind");
        std::string kind = relation_kind(relkind);
        std::string key = keys::schema_scoped(kind, schema, name);
        int64_t oid = num(j, "oid");
        nlohmann::json attrs;
        nlohmann::json column_options;  // a foreign table's, by column name
        if (kind == "foreign_table") {
            auto ft = foreign_table_.find(oid);
            if (ft == foreign_table_.end()) return;  // an old snapshot: not compared
            attrs = {{"server", str(ft->second, "server")},
                     {"options", field(ft->second, "options")},
                     {"partition_bound", field(j, "partition_bound")},
                     {"parents", nlohmann::json::array()}};
            column_options = nlohmann::json::object();
            if (field(ft->second, "column_options").is_array())
                for (auto& c : ft->second.at("column_options")) column_options[c.at(0).get<std::string>()] = c.at(1);
        } else if (kind == "table") {
            attrs = {{"partitioned", relkind == "p"},
                     {"persistence", str(j, "persistence")},
                     {"partition_key", field(j, "partition_key")},
                     {"partition_bound", field(j, "partition_bound")},
                     {"rls", field(j, "rls")},
                     {"force_rls", field(j, "force_rls")},
                     {"options", field(j, "options")},
                     {"parents", nlohmann::json::array()}};
        } else {
            nlohmann::json columns = nlohmann::json::array();
            for (auto& c : j.at("columns"))
                columns.push_back({ColumnItem(c).str("name"), ColumnItem(c).str("type")});
            attrs = {{"definition", str(j, "view_definition")},
                     {"options", field(j, "options")},
                     {"columns", columns}};
        }
        auto& n = add(key, kind, {kind, schema, name}, attrs);
        {
            auto t = j.find("tuples");
            auto p = j.find("pages");
            TableSize size;
            if (t != j.end() && t->is_number()) size.rows = t->get<double>();
            if (p != j.end() && p->is_number()) size.pages = p->get<int64_t>();
            cat_.facts.table_sizes[key] = size;
        }
        map_oid(kPgClass, oid, key);
        map_oid(kPgType, num(j, "type_oid"), key);
        map_oid(kPgRewrite, num(j, "rule_oid"), key);
        if (j.contains("parents") && j.at("parents").is_array())
            pending_parents_.push_back({key, j.at("parents")});
        if (kind == "table" && field(j, "replica_identity").is_string())  // not the whole relation: its columns are big
            pending_replica_.push_back({key, json_object("replica_identity", field(j, "replica_identity"),
                                                         "replica_index", field(j, "replica_index"))});
        add_acl(n, j, "TABLE", quote_qualified(schema, name));
        if (kind != "table" && kind != "foreign_table") {
            // View columns are part of the view; dependencies on them are on the view.
            // Column privileges of a view or materialized view (GRANT SELECT (c)
            // ON v): children of the view, so they come back when it is recreated.
            const std::string view_sql = quote_qualified(schema, name);
            for (auto& c : j.at("columns")) {
                ColumnItem col(c);
                by_column_[{oid, col.num("num")}] = stable_key(key);
                view_column_[{oid, col.num("num")}] = col.str("name");
                if (col.at("acl").is_null()) continue;
                std::string akey = "acl:" + key + "." + quote_ident(col.str("name"));
                add_acl(n, json_object("acl", col.field("acl"), "acl_default", col.field("acl_default")), "TABLE",
                        view_sql, quote_ident(col.str("name")), akey);
                auto col_acl = cat_.nodes.find(akey);
                if (col_acl != cat_.nodes.end() && cat_.nodes.count("acl:" + key))
                    col_acl->second.deps_besides_parent.push_back("acl:" + key);
            }
            return;
        }
        // The column order is part of the table: it decides whether appending
        // new columns reaches the target layout.
        // A partition's columns all come from its parent, whether it was
        // created PARTITION OF (not local) or attached later (local).
        bool partition = !field(j, "partition_bound").is_null();
        auto local = [&](const ColumnItem& c) { return partition ? nlohmann::json(false) : c.field("local"); };
        nlohmann::json order = nlohmann::json::array();
        for (auto& item : j.at("columns")) {
            ColumnItem c(item);
            // With what makes a column be dropped and added again (moving it last).
            order.push_back({c.str("name"), local(c),
                             c.at("generated").is_null() ? nlohmann::json() : c.field("default")});
        }
        n.attrs["column_order"] = std::move(order);
        // keys::table_scoped() for each column, with the table's part quoted once.
        const std::string table_sql = quote_qualified(schema, name);
        auto column_key = [&](const char* kind, const std::string& col) {
            return kind + (":" + table_sql) + "." + quote_ident(col);
        };
        for (auto& item : j.at("columns")) {
            ColumnItem c(item);
            std::string col = c.str("name");
            std::string ckey = column_key("column", col);
            bool generated = !c.at("generated").is_null();
            nlohmann::json cattrs = json_object("num", c.num("num"),
                                                "type", c.str("type"),
                                                "not_null", c.field("not_null"),
                                                "local", local(c),
                                                "inherited", c.field("inherited"),
                                                "in_partition", partition);
            // Optional attributes only when set (read with attr_or_null):
            // most columns have none, and each entry is a heap node.
            auto optional = [&](const char* name, const nlohmann::json& value) {
                if (!value.is_null()) cattrs[name] = value;
            };
            optional("collation", c.at("collation"));
            optional("identity", c.at("identity"));
            optional("identity_sequence", c.at("identity_sequence"));
            if (generated) optional("generated", c.at("default"));
            optional("storage", c.at("storage"));
            optional("compression", c.at("compression"));
            optional("statistics", c.at("statistics"));
            optional("n_distinct", c.at("n_distinct"));
            if (column_options.is_object()) {
                auto o = column_options.find(col);
                cattrs["fdw_options"] = o == column_options.end() ? nlohmann::json() : *o;
            }
            auto& cn = add(ckey, "column", {"column", schema, name + "." + col}, std::move(cattrs), key, quote_ident(col));
            // A column without an ACL of its own has no acl node (add_acl()
            // would find no ACL and no initial one): most columns.
            if (!c.at("acl").is_null()) {
                if (item.is_array())  // add_acl() reads these two of an object
                    add_acl(cn, json_object("acl", c.field("acl"), "acl_default", c.field("acl_default")), "TABLE",
                            table_sql, quote_ident(col));
                else
                    add_acl(cn, item, "TABLE", table_sql, quote_ident(col));
                // Table-level REVOKE also takes column grants away: columns go after.
                auto col_acl = cat_.nodes.find("acl:" + ckey);
                if (col_acl != cat_.nodes.end() && cat_.nodes.count("acl:" + key))
                    col_acl->second.deps_besides_parent.push_back("acl:" + key);
            }
            by_column_[{oid, c.num("num")}] = stable_key(ckey);
            int64_t default_oid = c.num("default_oid");
            if (default_oid == 0) continue;
            if (generated) {
                map_oid(kPgAttrdef, default_oid, ckey);
                continue;
            }
            std::string dkey = column_key("default", col);
            add(dkey, "default", {"default", schema, name + "." + col},
                json_object("expression", c.str("default")), ckey, quote_ident(col));
            map_oid(kPgAttrdef, default_oid, dkey);
            if (c.at("default_volatile") == true) cat_.facts.volatile_defaults.insert(dkey);
        }
    }
    std::string relation_key_of(const std::string& schema, const std::string& table) {
        for (const char* kind : {"table", "materialized_view", "view", "foreign_table"}) {
            std::string k = keys::schema_scoped(kind, schema, table);
            if (find_node(k)) return k;
        }
        return keys::schema_scoped("table", schema, table);
    }
    // [table oid, kind, name, inherited count] (Facts::clones).
    void load_clone(const nlohmann::json& c) {
        const std::string* table = resolve(kPgClass, c.at(0).get<int64_t>(), 0);
        std::string kind = c.at(1).get<std::string>();
        if (!table || kind.size() != 1) return;
        auto& clones = cat_.facts.clones[*table];
        Clone clone{kind[0], c.at(2).get<std::string>(), c.at(3).get<int64_t>()};
        clones.insert(std::upper_bound(clones.begin(), clones.end(), clone), std::move(clone));
    }
    void load_constraint(const nlohmann::json& j) {
        std::string schema = str(j, "schema"), table = str(j, "table"), name = str(j, "name");
        std::string def = str(j, "definition");
        bool validated = field(j, "validated") == true;
        const std::string suffix = " NOT VALID";
        if (!validated && def.size() > suffix.size() &&
            def.compare(def.size() - suffix.size(), suffix.size(), suffix) == 0)
            def.resize(def.size() - suffix.size());
        std::string key = keys::table_scoped("constraint", schema, table, name);
        add(key, "constraint", {"constraint", schema, table + "." + name},
            json_object("type", str(j, "type"), "definition", std::move(def), "validated", validated),
            relation_key_of(schema, table), quote_ident(name));
        map_oid(kPgConstraint, num(j, "oid"), key);
        map_oid(kPgClass, num(j, "index_oid"), key);
    }
    // REPLICA IDENTITY other than DEFAULT: a child of the table that comes
    // after the index it may name.
    void load_replica_identity(const std::string& table, const nlohmann::json& j) {
        std::string mode = str(j, "replica_identity");
        nlohmann::json attrs = {{"mode", mode}, {"index", nullptr}};
        const nlohmann::json& idx = field(j, "replica_index");
        const std::string* index_key = nullptr;
        if (mode == "i" && idx.is_array()) {
            attrs["index"] = idx.at(1);
            index_key = resolve(kPgClass, idx.at(0).get<int64_t>(), 0);
        }
        const Node& t = cat_.nodes.at(table);
        auto& n = add("replica_identity:" + table, "replica_identity", {"replica_identity", t.ref.schema, t.ref.name},
                      attrs, table);
        n.sql_name = t.sql_name;
        if (index_key) add_dep(n, *index_key);
    }
    void load_index(const nlohmann::json& j) {
        std::string schema = str(j, "schema"), table = str(j, "table"), name = str(j, "name");
        std::string key = keys::schema_scoped("index", schema, name);
        add(key, "index", {"index", schema, name},
            {{"definition", str(j, "definition")}, {"clustered", field(j, "clustered")}},
            relation_key_of(schema, table));
        // ON ONLY and not covering every partition: the index is made as it
        // is, without building the partitions' indexes (attr absent otherwise,
        // so the plans of every other index stay as they were).
        if (field(j, "only") == true) cat_.nodes.at(key).attrs["only"] = true;
        if (field(j, "column_statistics").is_array()) cat_.nodes.at(key).attrs["column_statistics"] = field(j, "column_statistics");
        map_oid(kPgClass, num(j, "oid"), key);
    }
    void load_function(const nlohmann::json& j) {
        std::string schema = str(j, "schema"), name = str(j, "name");
        std::string kind = str(j, "kind") == "p" ? "procedure" : "function";
        std::string signature = name + "(" + str(j, "argument_types") + ")";
        std::string key = kind + ":" + quote_qualified(schema, name) + "(" + str(j, "argument_types") + ")";
        auto& n = add(key, kind, {kind, schema, signature},
                      {{"definition", str(j, "definition")},
                       {"arguments", str(j, "arguments")},
                       {"identity_arguments", str(j, "identity_arguments")},
                       {"result", str(j, "result")}});
        n.sql_name = quote_qualified(schema, name) + "(" + str(j, "identity_arguments") + ")";
        map_oid(kPgProc, num(j, "oid"), key);
        add_acl(n, j, kind == "procedure" ? "PROCEDURE" : "FUNCTION",
                quote_qualified(schema, name) + "(" + str(j, "identity_arguments") + ")");
    }
    void load_trigger(const nlohmann::json& j) {
        std::string schema = str(j, "schema"), table = str(j, "table"), name = str(j, "name");
        const nlohmann::json& clone_of = field(j, "clone_of");
        if (clone_of.is_array()) {
            // A partition's clone of its parent's trigger with a state of its
            // own: only that state is diffed, after the parent trigger.
            std::string key = keys::table_scoped("trigger_state", schema, table, name);
            auto& n = add(key, "trigger_state", {"trigger_state", schema, table + "." + name},
                          {{"enabled", str(j, "enabled")}, {"parent_enabled", str(j, "parent_enabled")}},
                          relation_key_of(schema, table), quote_ident(name));
            add_dep(n, keys::table_scoped("trigger", clone_of.at(0).get<std::string>(), clone_of.at(1).get<std::string>(), name));
            return;
        }
        std::string key = keys::table_scoped("trigger", schema, table, name);
        add(key, "trigger", {"trigger", schema, table + "." + name},
            {{"definition", str(j, "definition")},
             {"enabled", str(j, "enabled")},
             {"constraint_trigger", field(j, "constraint_trigger")}},
            relation_key_of(schema, table)).sql_name = quote_ident(name);
        map_oid(kPgTrigger, num(j, "oid"), key);
    }
    void load_rule(const nlohmann::json& j) {
        std::string schema = str(j, "schema"), table = str(j, "table"), name = str(j, "name");
        std::string key = keys::table_scoped("rule", schema, table, name);
        add(key, "rule", {"rule", schema, table + "." + name},
            {{"definition", str(j, "definition")}, {"enabled", str(j, "enabled")}},
            relation_key_of(schema, table)).sql_name = quote_ident(name);
        map_oid(kPgRewrite, num(j, "oid"), key);
    }
    void load_statistics(const nlohmann::json& j) {
        std::string schema = str(j, "schema"), name = str(j, "name");
        std::string key = keys::schema_scoped("statistics", schema, name);
        auto& n = add(key, "statistics", {"statistics", schema, name},
                      {{"definition", str(j, "definition")}, {"target", field(j, "target")}},
                      relation_key_of(str(j, "table_schema"), str(j, "table")));
        n.sql_name = quote_qualified(schema, name);
        map_oid(kPgStatisticExt, num(j, "oid"), key);
        add_owner(n, j);
    }
    // CREATE TABLE ... OF type: a child node of the table (ALTER TABLE OF /
    // NOT OF once its columns match), after every column of the table. Its
    // columns follow the type (ALTER TYPE ... CASCADE): they are marked with
    // the type and come after the type's own changes.
    void load_typed_table(const nlohmann::json& j) {
        const std::string* table = resolve(kPgClass, num(j, "oid"), 0);
        if (!table) return;
        const Node& t = cat_.nodes.at(*table);
        if (t.kind != "table") return;
        std::string table_key = t.key, type = str(j, "type");
        const std::string* type_key = resolve(kPgType, num(j, "type_oid"), 0);
        auto& n = add("typed_table:" + table_key, "typed_table", {"typed_table", t.ref.schema, t.ref.name},
                      {{"type", type}}, table_key);
        n.sql_name = cat_.nodes.at(table_key).sql_name;
        std::string typed_key = n.key;
        std::string prefix = "column:" + table_key.substr(table_key.find(':') + 1) + ".";
        for (auto it = cat_.nodes.lower_bound(prefix); it != cat_.nodes.end() && it->first.rfind(prefix, 0) == 0; ++it) {
            Node& col = it->second;
            if (col.kind != "column" || col.parent != table_key) continue;
            col.attrs["typed_by"] = type;
            if (type_key) add_dep(col, *type_key);
            add_dep(cat_.nodes.at(typed_key), col.key);
        }
        if (type_key) add_dep(cat_.nodes.at(typed_key), *type_key);
    }
    // A publication and, as its children, the tables and schemas it lists.
    void load_publication(const nlohmann::json& j) {
        std::string name = str(j, "name"), publish;
        for (const char* action : {"insert", "update", "delete", "truncate"})
            if (field(j, action) == true) publish += (publish.empty() ? "" : ", ") + std::string(action);
        auto& n = add(keys::global("publication", name), "publication", {"publication", "", name},
                      {{"all_tables", field(j, "all_tables") == true}, {"publish", publish},
                       {"via_root", field(j, "via_root") == true}, {"generated_columns", field(j, "generated_columns")}});
        map_oid(kPgPublication, num(j, "oid"), n.key);
        add_owner(n, j);
    }
    void load_publication_table(const nlohmann::json& j) {
        std::string pub = str(j, "publication"), schema = str(j, "schema"), table = str(j, "table");
        std::string parent = keys::global("publication", pub);
        if (!cat_.nodes.count(parent)) return;
        std::string key = "publication_table:" + quote_ident(pub) + "." + quote_qualified(schema, table);
        auto& n = add(key, "publication_table", {"publication_table", schema, pub + "." + table},
                      {{"columns", field(j, "columns")}, {"where", field(j, "where")}}, parent);
        n.sql_name = quote_qualified(schema, table);
        add_dep(n, relation_key_of(schema, table));
        map_oid(kPgPublicationRel, num(j, "oid"), key);
    }
    void load_publication_schema(const nlohmann::json& j) {
        std::string pub = str(j, "publication"), schema = str(j, "schema");
        std::string parent = keys::global("publication", pub);
        if (!cat_.nodes.count(parent)) return;
        std::string key = "publication_schema:" + quote_ident(pub) + "." + quote_ident(schema);
        auto& n = add(key, "publication_schema", {"publication_schema", schema, pub + "." + schema}, nlohmann::json::object(),
                      parent);
        n.sql_name = quote_ident(schema);
        add_dep(n, keys::global("schema", schema));
        map_oid(kPgPublicationNamespace, num(j, "oid"), key);
    }
    void load_event_trigger(const nlohmann::json& j) {
        std::string name = str(j, "name");
        auto& n = add(keys::global("event_trigger", name), "event_trigger", {"event_trigger", "", name},
                      {{"event", str(j, "event")}, {"function", str(j, "function")},
                       {"tags", field(j, "tags")}, {"enabled", str(j, "enabled")}});
        map_oid(kPgEventTrigger, num(j, "oid"), n.key);
        add_owner(n, j);
    }
    // A cast is named by its two types: "(source AS target)".
    void load_cast(const nlohmann::json& j) {
        std::string name = "(" + str(j, "source") + " AS " + str(j, "target") + ")";
        auto& n = add("cast:" + name, "cast", {"cast", "", name},
                      {{"function", field(j, "function")}, {"context", str(j, "context")}, {"method", str(j, "method")}});
        n.sql_name = name;
        map_oid(kPgCast, num(j, "oid"), n.key);
    }
    void load_language(const nlohmann::json& j) {
        std::string name = str(j, "name");
        auto& n = add(keys::global("language", name), "language", {"language", "", name},
                      json_object("trusted", field(j, "trusted") == true, "handler", field(j, "handler"),
                                  "inline", field(j, "inline"), "validator", field(j, "validator")));
        map_oid(kPgLanguage, num(j, "oid"), n.key);
        add_acl(n, j, "LANGUAGE", quote_ident(name));
    }
    // An operator is named by its name and operand types:
    // "public".=== (integer, integer); NONE for a prefix operator's left.
    void load_operator(const nlohmann::json& j) {
        std::string schema = str(j, "schema"), name = str(j, "name");
        if (!operator_name_ok(name)) throw std::runtime_error("operators: not an operator name: " + name);
        std::string left = field(j, "left").is_string() ? str(j, "left") : "NONE", right = str(j, "right");
        std::string args = "(" + left + ", " + right + ")";
        auto& n = add("operator:" + quote_operator(schema, name) + args, "operator", {"operator", schema, name + args},
                      json_object("name", name, "left", field(j, "left"), "right", right, "function", field(j, "function"),
                                  "commutator", field(j, "commutator"), "negator", field(j, "negator"),
                                  "restrict", field(j, "restrict"), "join", field(j, "join"),
                                  "hashes", field(j, "hashes") == true, "merges", field(j, "merges") == true));
        n.sql_name = quote_operator(schema, name) + " " + args;
        map_oid(kPgOperator, num(j, "oid"), n.key);
        add_owner(n, j);
    }
    // Families and classes are named "schema"."name" USING "method". Their
    // members (pg_amop / pg_amproc rows) are part of them: a member's oid
    // maps to the family or class, so its dependencies (on an operator or a
    // function) become the family's or class's.
    void load_operator_family_or_class(const std::string& kind, const nlohmann::json& j) {
        std::string schema = str(j, "schema"), name = str(j, "name"), method = str(j, "method");
        std::string key = kind + ":" + quote_qualified(schema, name) + " USING " + quote_ident(method);
        nlohmann::json members[2];
        std::vector<int64_t> oids[2];
        const char* sections[2] = {"operators", "functions"};
        for (int i = 0; i < 2; ++i) {
            members[i] = nlohmann::json::array();
            if (!field(j, sections[i]).is_array()) continue;
            for (auto m : j.at(sections[i])) {
                if (i == 0 && !operator_name_ok(m[4].get<std::string>()))
                    throw std::runtime_error(kind + ": not an operator name: " + m[4].get<std::string>());
                oids[i].push_back(m.back().is_number() ? m.back().get<int64_t>() : 0);
                m.erase(m.size() - 1);
                members[i].push_back(std::move(m));
            }
        }
        nlohmann::json attrs = json_object("name", name, "method", method, "operators", std::move(members[0]),
                                           "functions", std::move(members[1]));
        if (kind == "operator_class") {
            attrs["type"] = str(j, "type");
            attrs["default"] = field(j, "default") == true;
            attrs["family"] = field(j, "family");
            attrs["storage"] = field(j, "storage");
        }
        auto& n = add(key, kind, {kind, schema, name + " USING " + method}, std::move(attrs));
        n.sql_name = quote_qualified(schema, name) + " USING " + quote_ident(method);
        map_oid(kind == "operator_class" ? kPgOpclass : kPgOpfamily, num(j, "oid"), key);
        for (int64_t oid : oids[0]) map_oid(kPgAmop, oid, key);
        for (int64_t oid : oids[1]) map_oid(kPgAmproc, oid, key);
        add_owner(n, j);
    }
    void load_policy(const nlohmann::json& j) {
        std::string schema = str(j, "schema"), table = str(j, "table"), name = str(j, "name");
        std::string key = keys::table_scoped("policy", schema, table, name);
        nlohmann::json roles = field(j, "roles");
        if (!roles.is_array()) roles = nlohmann::json::array({"PUBLIC"});
        add(key, "policy", {"policy", schema, table + "." + name},
            {{"command", str(j, "command")}, {"permissive", field(j, "permissive")},
             {"roles", roles}, {"using", field(j, "using")}, {"with_check", field(j, "with_check")}},
            relation_key_of(schema, table)).sql_name = quote_ident(name);
        map_oid(kPgPolicy, num(j, "oid"), key);
    }

    // What follows COMMENT ON for an object.
    static std::string comment_target(const Node& n) {
        const std::string& k = n.kind;
        if (k == "column") return "COLUMN " + n.sql_table + "." + n.sql_name;
        if (k == "domain_constraint") return "CONSTRAINT " + n.sql_name + " ON DOMAIN " + n.sql_table;
        if (k == "constraint" || k == "trigger" || k == "policy" || k == "rule") {
            std::string kw = k == "constraint" ? "CONSTRAINT" : k == "trigger" ? "TRIGGER" : k == "rule" ? "RULE" : "POLICY";
            return kw + " " + n.sql_name + " ON " + n.sql_table;
        }
        static const std::map<std::string, std::string> keyword = {
            {"schema", "SCHEMA"}, {"extension", "EXTENSION"}, {"collation", "COLLATION"},
            {"type", "TYPE"}, {"domain", "DOMAIN"}, {"composite_type", "TYPE"}, {"range_type", "TYPE"},
            {"aggregate", "AGGREGATE"},
            {"sequence", "SEQUENCE"}, {"table", "TABLE"}, {"view", "VIEW"},
            {"materialized_view", "MATERIALIZED VIEW"}, {"index", "INDEX"},
            {"function", "FUNCTION"}, {"procedure", "PROCEDURE"}, {"statistics", "STATISTICS"},
            {"foreign_data_wrapper", "FOREIGN DATA WRAPPER"}, {"foreign_server", "SERVER"},
            {"foreign_table", "FOREIGN TABLE"}, {"ts_dictionary", "TEXT SEARCH DICTIONARY"},
            {"ts_configuration", "TEXT SEARCH CONFIGURATION"},
            {"publication", "PUBLICATION"}, {"event_trigger", "EVENT TRIGGER"}, {"cast", "CAST"},
            {"language", "LANGUAGE"}, {"operator", "OPERATOR"}, {"operator_family", "OPERATOR FAMILY"}, {"operator_class", "OPERATOR CLASS"}};
        auto it = keyword.find(k);
        return it == keyword.end() ? std::string() : it->second + " " + n.sql_name;
    }
    void load_comment(const nlohmann::json& c) {
        int64_t classid = c.at(0).get<int64_t>(), oid = c.at(1).get<int64_t>(), subid = c.at(2).get<int64_t>();
        const std::string* target = resolve(classid, oid, subid);
        if (!target) return;  // on an object pgdiff does not model (reported as unsupported)
        const Node& t = cat_.nodes.at(*target);
        std::string on = comment_target(t), key = "comment:" + t.key;
        auto vc = view_column_.find({oid, subid});
        if (classid == kPgClass && subid > 0 && vc != view_column_.end()) {
            on = "COLUMN " + t.sql_name + "." + quote_ident(vc->second);
            key += "." + quote_ident(vc->second);
        }
        if (on.empty()) return;
        add(key, "comment", {"comment", t.ref.schema, t.ref.name}, {{"text", c.at(3)}, {"on", on}}, t.key)
            .sql_name = on;
    }

    const std::string* resolve(int64_t classid, int64_t oid, int64_t subid) const {
        if (classid == kPgClass && subid > 0) {
            auto c = by_column_.find({oid, subid});
            if (c != by_column_.end()) return c->second;
        }
        auto it = by_oid_.find(oid_key(classid, oid));
        return it == by_oid_.end() ? nullptr : it->second;
    }
    static void add_unique(std::vector<std::string>& v, const std::string& k) {
        if (std::find(v.begin(), v.end(), k) == v.end()) v.push_back(k);
    }
    // The parent is a dependency and an owner already (Node::for_each_dep).
    static void add_dep(Node& n, const std::string& k) {
        if (n.parent.empty() || k != n.parent) add_unique(n.deps_besides_parent, k);
    }
    static void add_owner_key(Node& n, const std::string& k) {
        if (n.parent.empty() || k != n.parent) add_unique(n.owners_besides_parent, k);
    }
    void load_depend(const nlohmann::json& d) {
        const std::string* from = resolve(d.at(0).get<int64_t>(), d.at(1).get<int64_t>(), d.at(2).get<int64_t>());
        const std::string* to = resolve(d.at(3).get<int64_t>(), d.at(4).get<int64_t>(), d.at(5).get<int64_t>());
        if (!from || !to || *from == *to) return;
        Node* fp = find_node(*from);
        auto tit = cat_.nodes.find(*to);
        if (!fp || tit == cat_.nodes.end()) return;
        Node& f = *fp;
        std::string deptype = d.at(6).get<std::string>();
        if (f.kind == "sequence" && tit->second.kind == "column" && deptype == "a") {
            // OWNED BY: its own node, so it can be set after the column exists
            // and removed before the column goes; the sequence itself is
            // dropped along with the column.
            const Node& col = tit->second;
            auto& owner = add("sequence_owner:" + f.key.substr(f.key.find(':') + 1), "sequence_owner",
                              {"sequence_owner", f.ref.schema, f.ref.name},
                              {{"column", col.key}, {"table_column", col.sql_table + "." + col.sql_name}}, f.key);
            owner.sql_name = f.sql_name;
            add_dep(owner, col.key);
            add_owner_key(cat_.nodes.at(f.key), col.key);
            return;
        }
        add_dep(f, *to);
        if (deptype == "a" || deptype == "i") add_owner_key(f, *to);
    }
    void resolve_parents() {
        for (auto& [key, parents] : pending_parents_) {
            nlohmann::json names = nlohmann::json::array();
            Node& n = cat_.nodes.at(key);
            for (auto& p : parents) {
                const std::string* pk = resolve(kPgClass, p.get<int64_t>(), 0);
                if (!pk) continue;
                const Node& parent = cat_.nodes.at(*pk);
                names.push_back({parent.ref.schema, parent.ref.name});
                add_dep(n, *pk);
                if (!n.attrs["partition_bound"].is_null()) add_owner_key(n, *pk);
                // An inherited column lives and dies with the parent's column.
                for (auto& ckey : cat_.children_of(key)) {
                    Node& col = cat_.nodes.at(ckey);
                    if (col.kind != "column" || col.attrs["inherited"] != true) continue;
                    std::string pcol = keys::table_scoped("column", parent.ref.schema, parent.ref.name,
                                                          col.ref.name.substr(n.ref.name.size() + 1));
                    if (!cat_.nodes.count(pcol)) continue;
                    add_dep(col, pcol);
                    if (col.attrs["local"] == false) add_owner_key(col, pcol);
                }
            }
            n.attrs["parents"] = names;
        }
    }

public:
    void finish() { resolve_parents(); }

private:
    Catalog& cat_;
    std::unordered_map<uint64_t, const std::string*> by_oid_;
    std::pair<const std::string, Node>* last_found_ = nullptr;  // see find_node()
    const std::pair<const std::string, Node>* last_added_ = nullptr;
    std::unordered_map<std::pair<int64_t, int64_t>, const std::string*, PairHash> by_column_;
    std::deque<std::string> unowned_keys_;  // keys mapped before (or without) their node
    std::unordered_map<std::pair<int64_t, int64_t>, std::string, PairHash> view_column_;
    std::vector<std::pair<std::string, nlohmann::json>> pending_parents_;
    std::vector<std::pair<std::string, nlohmann::json>> pending_replica_;
    std::unordered_map<int64_t, nlohmann::json> foreign_table_;  // relation oid -> foreign_tables entry
    std::map<std::tuple<std::string, std::string, std::string>, nlohmann::json> defacl_;  // (role, schema, type)
    std::map<std::pair<std::string, std::string>, nlohmann::json> builtin_acl_;           // (role, type)
};

}  // namespace detail

namespace detail {

// The identifiers written in a partition key (pg_get_partkeydef's text:
// "RANGE (k)", "LIST (lower(\"Name\"))"): names, quoted or not; string
// literals are skipped. Keywords and function names come out too, which only
// matters if a column bears one of them.
inline std::set<std::string> identifiers_in(std::string_view text) {
    std::set<std::string> out;
    auto ident_char = [](char c, bool first) {
        unsigned char u = static_cast<unsigned char>(c);
        return std::isalpha(u) || c == '_' || u >= 0x80 || (!first && (std::isdigit(u) || c == '$'));
    };
    for (size_t i = 0; i < text.size();) {
        char c = text[i];
        if (c == '\'' || c == '"') {  // 'literal' or "identifier", doubled quotes inside
            std::string word;
            size_t j = i + 1;
            for (; j < text.size(); ++j) {
                if (text[j] == c) {
                    if (j + 1 < text.size() && text[j + 1] == c) { word += c; ++j; continue; }
                    break;
                }
                word += text[j];
            }
            if (c == '"') out.insert(word);
            i = j + 1;
        } else if (ident_char(c, true)) {
            size_t j = i;
            while (j < text.size() && ident_char(text[j], false)) ++j;
            out.insert(std::string(text.substr(i, j - i)));
            i = j;
        } else {
            ++i;
        }
    }
    return out;
}

// PostgreSQL refuses to change the type or collation of a column its
// partition key uses (ATPrepAlterColumnType): those are part of the key, so
// that a change replaces the partitioned table instead.
inline void add_partition_key_columns(const Catalog& cat, const std::string& key, Node& n) {
    if (!n.attrs["partition_key"].is_string()) return;
    // after the strategy keyword (RANGE, LIST, HASH): a column may bear its name
    std::string_view key_text = n.attrs["partition_key"].get_ref<const std::string&>();
    std::set<std::string> used = identifiers_in(key_text.substr(std::min(key_text.find('('), key_text.size())));
    nlohmann::json columns = nlohmann::json::array();
    std::vector<std::string> key_deps;
    for (const std::string& child : cat.children_of(key)) {
        const Node* c = cat.find(child);
        if (!c || c->kind != "column" || c->ref.name.size() <= n.ref.name.size()) continue;
        std::string name = c->ref.name.substr(n.ref.name.size() + 1);  // ref.name is "table.column"
        if (!used.count(name)) continue;
        columns.push_back({name, c->attrs["type"], attr_or_null(c->attrs, "collation")});
        // Nor can such a column be parked on text while its enum, domain
        // or collation is rebuilt: the table itself depends on them, so
        // their rebuild replaces it.
        for (const std::string& d : c->deps_besides_parent)
            for (const char* prefix : {"type:", "domain:", "composite_type:", "range_type:", "collation:"})
                if (d.rfind(prefix, 0) == 0 && std::find(key_deps.begin(), key_deps.end(), d) == key_deps.end())
                    key_deps.push_back(d);
    }
    n.attrs["partition_key_columns"] = std::move(columns);
    for (std::string& d : key_deps)
        if (std::find(n.deps_besides_parent.begin(), n.deps_besides_parent.end(), d) == n.deps_besides_parent.end())
            n.deps_besides_parent.push_back(std::move(d));
}

// A stored generated column reading a column that is retyped (or gets
// another collation) is dropped and added again: PostgreSQL refuses that
// ALTER TYPE. It then moves last, so the types it reads are part of the
// table's column order (kinds/table.hpp, generated_over_retyped_column).
inline void add_generated_column_inputs(const Catalog& cat, const std::string& key, Node& n) {
    if (!n.attrs.contains("column_order") || !n.attrs["column_order"].is_array()) return;
    for (auto& entry : n.attrs["column_order"]) {
        if (!entry.is_array() || entry.size() < 3 || entry[2].is_null() || !entry[0].is_string()) continue;
        const Node* col = cat.find(keys::table_scoped("column", n.ref.schema, n.ref.name, entry[0].get<std::string>()));
        if (!col) continue;
        nlohmann::json inputs = nlohmann::json::array();
        for (const std::string& d : col->deps_besides_parent) {
            const Node* input = cat.find(d);
            if (!input || input->kind != "column" || input->parent != key) continue;
            inputs.push_back({input->ref.name, input->attrs["type"], attr_or_null(input->attrs, "collation")});
        }
        if (!inputs.empty()) entry.push_back(std::move(inputs));
    }
}

}  // namespace detail

// The document of an empty database: every section present and empty.
inline nlohmann::json empty_document() {
    nlohmann::json d = {{"format", "pgdiff-catalog"}, {"format_version", catalog_format_version},
                        {"server_version_num", 0}, {"server_version", ""}};
    for (const char* section : {"schemas", "extensions", "collations", "enums", "domains",
                                "composite_types", "range_types", "aggregates", "sequences",
                                "relations", "constraints", "indexes", "functions", "triggers",
                                "policies", "rules", "statistics", "foreign_data_wrappers", "foreign_servers",
                                "user_mappings", "foreign_tables", "ts_dictionaries", "ts_configurations",
                                "typed_tables", "publications", "publication_tables", "publication_schemas",
                                "event_triggers", "casts", "operators", "operator_families", "operator_classes", "languages", "default_privileges", "comments", "extension_members",
                                "depends", "unsupported", "clones"})
        d[section] = nlohmann::json::array();
    return d;
}

inline Catalog empty_catalog() { return Catalog{}; }

namespace detail {
inline LoadResult load_document(nlohmann::json doc);

// format_version 2 writes each column of relations[].columns as an array of
// column_fields() in order; version 1 wrote objects. The loader reads both
// forms where they are (turning 52,000 arrays into objects first cost a
// fifth of loading and most of its peak memory at 5,000 tables). This checks
// that every such array has one item per field; an error names the first
// bad path. Anything else that is wrong is left to the shape check.
inline std::string check_positional_columns(const nlohmann::json& doc) {
    auto rels = doc.find("relations");
    if (rels == doc.end() || !rels->is_array()) return {};
    size_t count = 0;
    column_fields(&count);
    for (size_t r = 0; r < rels->size(); ++r) {
        const nlohmann::json& rel = (*rels)[r];
        if (!rel.is_object()) continue;
        auto cols = rel.find("columns");
        if (cols == rel.end() || !cols->is_array()) continue;
        for (size_t c = 0; c < cols->size(); ++c) {
            const nlohmann::json& col = (*cols)[c];
            if (!col.is_array()) continue;  // an object (as in version 1) or wrong: the shape check says
            if (col.size() != count)
                return "relations[" + std::to_string(r) + "].columns[" + std::to_string(c) + "]: expected an array of " +
                       std::to_string(count) + " items (format_version 2)";
        }
    }
    return {};
}
}

// Accepts the catalog query's output or a snapshot file (the same document).
inline LoadResult load_catalog(std::string_view text) {
    return detail::load_document(nlohmann::json::parse(text.begin(), text.end(), nullptr, false));
}

// The same, taking the text over: it is freed as soon as it is parsed, so the
// text and the finished catalog are never held at the same time.
inline LoadResult load_catalog(std::string&& text) {
    // Parsed through string_view iterators like the overload above, so both
    // share one instantiation of nlohmann's parser (10 KB less wasm at -Os).
    nlohmann::json doc = nlohmann::json::parse(std::string_view(text).begin(), std::string_view(text).end(), nullptr, false);
    std::string().swap(text);
    return detail::load_document(std::move(doc));
}

inline LoadResult load_catalog(const char* text) { return load_catalog(std::string_view(text)); }

inline LoadResult detail::load_document(nlohmann::json doc) {
    LoadResult result;
    if (doc.is_discarded()) {
        result.error = "not valid JSON (is this a pgdiff snapshot file?)";
        return result;
    }
    auto format = doc.is_object() ? doc.find("format") : doc.end();
    if (!doc.is_object() || format == doc.end() || *format != "pgdiff-catalog") {
        result.error = "not a pgdiff catalog snapshot (missing \"format\": \"pgdiff-catalog\")";
        return result;
    }
    if (!doc.contains("format_version") || !doc["format_version"].is_number_integer() ||
        doc["format_version"].get<int64_t>() < 1 || doc["format_version"].get<int64_t>() > catalog_format_version) {
        result.error = "unsupported snapshot format_version " +
                       (doc.contains("format_version") ? doc["format_version"].dump() : "(missing)") +
                       "; this pgdiff reads versions 1 to " + std::to_string(catalog_format_version);
        return result;
    }
    const bool positional_columns = doc["format_version"].get<int64_t>() >= 2;
    if (positional_columns) {
        if (std::string why = detail::check_positional_columns(doc); !why.empty()) {
            result.error = "invalid catalog document: " + why;
            return result;
        }
    }
    if (std::string why = shape::check_document(doc, positional_columns); !why.empty()) {
        result.error = "invalid catalog document: " + why;
        return result;
    }
    Catalog cat;
    try {
        cat.server_version_num = detail::num(doc, "server_version_num") > INT32_MAX ? INT32_MAX
                                 : int(detail::num(doc, "server_version_num"));
        cat.server_version = detail::str(doc, "server_version");
        if (cat.server_version_num != 0 && cat.server_version_num < 140000) {
            result.error = "unsupported server version " + cat.server_version +
                           "; pgdiff supports PostgreSQL 14 to 18";
            return result;
        }
        detail::Loader loader(cat);
        loader.load(doc);
        loader.finish();
        for (auto& [key, n] : cat.nodes)  // one pass over the tables, once all nodes are in
            if (n.kind == "table") {
                add_partition_key_columns(cat, key, n);
                add_generated_column_inputs(cat, key, n);
            }
    } catch (const std::exception& e) {
        result.error = std::string("invalid catalog document: ") + e.what();
        return result;
    }
    doc = nullptr;  // what is left of the document goes before the catalog is moved out
    result.catalog = std::move(cat);
    return result;
}

// A snapshot file: the catalog document (the catalog query's output or a
// snapshot, already accepted by load_catalog()) written out indented. The
// Catalog keeps no copy of its document (that doubled peak memory), so the
// caller passes the text it loaded.
inline std::string to_snapshot(std::string_view catalog_text) {
    return nlohmann::json::parse(catalog_text.begin(), catalog_text.end()).dump(1) + "\n";
}

}  // namespace pgdiff
