// The shape of a catalog document (query.hpp's output, or a snapshot file),
// checked before the loader reads it. A snapshot is user input: it may be
// truncated, hand-edited or from another tool. The loader and the kinds read
// fields without checking each one, so this is where a document with a wrong
// type, a short tuple or a missing section is turned into a one-line error
// naming the first bad path ("relations[3].columns[0].name: expected a
// string, found a number"), and where absent optional fields become null
// (every reader treats null as "not set").
#pragma once
#include <algorithm>
#include <deque>
#include <string>
#include <vector>
#include <nlohmann/json.hpp>
#include "pgdiff/inspect/query.hpp"

namespace pgdiff {
namespace shape {

// Spec language (a JSON value):
//   "s" string, "i" integer, "b" boolean, "n" number, "j" anything,
//   "d" an integer as text ("-42": sequence bounds are int8 printed as text
//       and go into SQL unquoted, so nothing else may get through);
//   a trailing "?" also allows null (absent fields of an object become null);
//   {"field": spec, ...}          an object (other fields are kept unchecked);
//   ["array", spec]               an array whose items match spec;
//   ["tuple", spec, spec, ...]    an array of exactly these items;
//   ["array?", spec] / ["tuple?", ...] the same, or null.
inline const nlohmann::json& document_spec() {
    static const nlohmann::json spec = nlohmann::json::parse(R"JSON({
  "acl": ["array?", ["tuple", "s", "s", "b"]],
  "qname": ["tuple?", "s", "s"],
  "opmembers": ["array?", ["tuple", "i", "s", "s", "s", "s", "s?", "s?", "i?"]],
  "opfunctions": ["array?", ["tuple", "i", "s", "s", "s", "s", "s", "i?"]],
  "sections": {
    "schemas": {"name": "s", "oid": "i?", "owner": "s?", "acl": "@acl", "acl_default": "@acl"},
    "extensions": {"name": "s", "oid": "i?", "schema": "s?", "version": "s?"},
    "collations": {"schema": "s", "name": "s", "oid": "i?", "provider": "s?", "deterministic": "b?",
                   "collate": "s?", "ctype": "s?", "locale": "s?", "rules": "s?"},
    "enums": {"schema": "s", "name": "s", "oid": "i?", "array_oid": "i?", "owner": "s?",
              "labels": ["array?", "s"], "acl": "@acl", "acl_default": "@acl"},
    "domains": {"schema": "s", "name": "s", "oid": "i?", "array_oid": "i?", "owner": "s?",
                "base_type": "s?", "collation": "@qname", "default": "s?", "not_null": "b?",
                "constraints": ["array?", {"name": "s", "oid": "i?", "definition": "s?", "validated": "b?"}],
                "acl": "@acl", "acl_default": "@acl"},
    "composite_types": {"schema": "s", "name": "s", "oid": "i?", "array_oid": "i?", "class_oid": "i?",
                        "owner": "s?", "attributes": ["array?", ["tuple", "s", "s", "@qname"]], "attnums": ["array?", "i"],
                        "acl": "@acl", "acl_default": "@acl"},
    "range_types": {"schema": "s", "name": "s", "oid": "i?", "array_oid": "i?", "multirange_oid": "i?",
                    "owner": "s?", "subtype": "s?", "opclass": "@qname", "collation": "@qname",
                    "canonical": "s?", "subdiff": "s?", "multirange": ["tuple?", "s", "s?"],
                    "acl": "@acl", "acl_default": "@acl"},
    "aggregates": {"schema": "s", "name": "s", "oid": "i?", "owner": "s?", "argument_types": "s?",
                   "arguments": "s?", "identity_arguments": "s?", "kind": "s?", "sfunc": "s?", "stype": "s?",
                   "sspace": "i?", "finalfunc": "s?", "finalfunc_extra": "b?", "finalfunc_modify": "s?",
                   "combinefunc": "s?", "serialfunc": "s?", "deserialfunc": "s?", "initcond": "s?",
                   "msfunc": "s?", "minvfunc": "s?", "mstype": "s?", "msspace": "i?", "mfinalfunc": "s?",
                   "mfinalfunc_extra": "b?", "mfinalfunc_modify": "s?", "minitcond": "s?", "sortop": "s?",
                   "parallel": "s?", "acl": "@acl", "acl_default": "@acl"},
    "sequences": {"schema": "s", "name": "s", "oid": "i?", "owner": "s?", "type": "s?", "start": "d",
                  "increment": "d", "min": "d", "max": "d", "cache": "d", "cycle": "b?",
                  "persistence": "s?", "acl": "@acl", "acl_default": "@acl"},
    "relations": {"schema": "s", "name": "s", "relkind": "s", "oid": "i?", "owner": "s?",
                  "persistence": "s?", "partition_key": "s?", "partition_bound": "s?", "rls": "b?",
                  "force_rls": "b?", "options": ["array?", "s"], "parents": ["array?", "i"],
                  "view_definition": "s?", "acl": "@acl", "acl_default": "@acl", "tuples": "n?", "pages": "i?",
                  "replica_identity": "s?", "replica_index": ["tuple?", "i", "s"],
                  "columns": ["array", {"name": "s", "num": "i", "type": "s?", "not_null": "b?",
                                        "collation": "@qname", "default": "s?", "default_oid": "i?",
                                        "default_volatile": "b?",
                                        "generated": "s?", "identity": "s?", "local": "b?", "inherited": "b?",
                                        "storage": ["tuple?", "s", "s"], "compression": "s?", "statistics": "i?",
                                        "n_distinct": ["array?", "s"],
                                        "identity_sequence": {"?": true, "schema": "s", "name": "s",
                                                              "start": "d", "increment": "d", "min": "d",
                                                              "max": "d", "cache": "d", "cycle": "b?"},
                                        "acl": "@acl", "acl_default": "@acl", "#positional": true}]},
    "constraints": {"schema": "s", "table": "s", "name": "s", "oid": "i?", "index_oid": "i?", "type": "s?",
                    "definition": "s?", "validated": "b?"},
    "indexes": {"schema": "s", "table": "s", "name": "s", "oid": "i?", "definition": "s?", "clustered": "b?", "only": "b?", "column_statistics": ["array?", ["tuple", "i", "i"]]},
    "functions": {"schema": "s", "name": "s", "oid": "i?", "kind": "s?", "owner": "s?", "argument_types": "s?",
                  "arguments": "s?", "identity_arguments": "s?", "result": "s?", "definition": "s?",
                  "acl": "@acl", "acl_default": "@acl"},
    "triggers": {"schema": "s", "table": "s", "name": "s", "oid": "i?", "definition": "s?", "enabled": "s?",
                 "constraint_trigger": "b?", "clone_of": ["tuple?", "s", "s"], "parent_enabled": "s?"},
    "policies": {"schema": "s", "table": "s", "name": "s", "oid": "i?", "command": "s?", "permissive": "b?",
                 "roles": ["array?", "s"], "using": "s?", "with_check": "s?"},
    "default_privileges": {"role": "s", "schema": "s?", "objtype": "s", "acl": "@acl", "builtin": "@acl"},
    "rules": {"schema": "s", "table": "s", "name": "s", "oid": "i?", "definition": "s?", "enabled": "s?"},
    "statistics": {"schema": "s", "name": "s", "oid": "i?", "table_schema": "s", "table": "s",
                   "definition": "s?", "target": "i?", "owner": "s?"},
    "foreign_data_wrappers": {"name": "s", "oid": "i?", "handler": "s?", "validator": "s?",
                              "options": ["array?", "s"], "owner": "s?", "acl": "@acl", "acl_default": "@acl"},
    "foreign_servers": {"name": "s", "oid": "i?", "wrapper": "s", "type": "s?", "version": "s?",
                        "options": ["array?", "s"], "owner": "s?", "acl": "@acl", "acl_default": "@acl"},
    "user_mappings": {"server": "s", "user": "s", "oid": "i?", "options": ["array?", "s"]},
    "foreign_tables": {"oid": "i", "server": "s", "options": ["array?", "s"],
                       "column_options": ["array?", ["tuple", "s", ["array", "s"]]]},
    "ts_dictionaries": {"schema": "s", "name": "s", "oid": "i?", "template": ["tuple", "s", "s"],
                        "options": "s?", "owner": "s?"},
    "ts_configurations": {"schema": "s", "name": "s", "oid": "i?", "parser": ["tuple", "s", "s"],
                          "mappings": ["array?", ["tuple", "s", ["array", ["tuple", "s", "s"]]]], "owner": "s?"},
    "typed_tables": {"oid": "i", "type_oid": "i?", "type": "s"},
    "publications": {"name": "s", "oid": "i?", "owner": "s?", "all_tables": "b?", "insert": "b?", "update": "b?",
                     "delete": "b?", "truncate": "b?", "via_root": "b?", "generated_columns": "s?"},
    "publication_tables": {"publication": "s", "schema": "s", "table": "s", "oid": "i?",
                           "columns": ["array?", "s"], "where": "s?"},
    "publication_schemas": {"publication": "s", "schema": "s", "oid": "i?"},
    "event_triggers": {"name": "s", "oid": "i?", "event": "s", "owner": "s?", "function": "s",
                       "enabled": "s?", "tags": ["array?", "s"]},
    "casts": {"source": "s", "target": "s", "oid": "i?", "function": "s?", "context": "s", "method": "s"},
    "operators": {"schema": "s", "name": "s", "oid": "i?", "left": "s?", "right": "s", "function": ["tuple", "s", "s"],
                  "commutator": "@qname", "negator": "@qname", "restrict": "@qname", "join": "@qname",
                  "hashes": "b?", "merges": "b?", "owner": "s?"},
    "languages": {"name": "s", "oid": "i?", "trusted": "b?", "handler": ["tuple", "s", "s"], "inline": "@qname",
                  "validator": "@qname", "owner": "s?", "acl": "@acl", "acl_default": "@acl"},
    "operator_families": {"schema": "s", "name": "s", "oid": "i?", "method": "s", "operators": "@opmembers",
                          "functions": "@opfunctions", "owner": "s?"},
    "operator_classes": {"schema": "s", "name": "s", "oid": "i?", "method": "s", "type": "s", "default": "b?",
                         "family": ["tuple", "s", "s"], "storage": "s?", "operators": "@opmembers",
                         "functions": "@opfunctions", "owner": "s?"},
    "comments": ["tuple", "i", "i", "i", "s"],
    "extension_members": ["tuple", "i", "i", "i"],
    "depends": ["tuple", "i", "i", "i", "i", "i", "i", "s"],
    "unsupported": ["tuple", "s", "s", "s"],
    "binary_casts": ["tuple", "s", "s"],
    "clones": ["tuple", "i", "s", "s", "i"]
  },
  "optional": ["domains", "composite_types", "range_types", "aggregates", "default_privileges", "comments",
               "binary_casts", "rules", "statistics", "foreign_data_wrappers", "foreign_servers",
               "user_mappings", "foreign_tables", "ts_dictionaries", "ts_configurations", "typed_tables",
               "publications", "publication_tables", "publication_schemas", "event_triggers", "casts",
               "operators", "operator_families", "operator_classes", "languages", "clones"]
})JSON");
    return spec;
}

namespace detail {

// -?[0-9]{1,19}: fits int8, parses with std::stoll/stold.
inline bool integer_text(const nlohmann::json& v) {
    if (!v.is_string()) return false;
    const std::string& t = v.get_ref<const std::string&>();
    size_t i = !t.empty() && t[0] == '-' ? 1 : 0;
    if (t.size() == i || t.size() - i > 19) return false;
    for (; i < t.size(); ++i)
        if (t[i] < '0' || t[i] > '9') return false;
    return true;
}

inline const char* type_name(const nlohmann::json& v) {
    switch (v.type()) {
        case nlohmann::json::value_t::null: return "null";
        case nlohmann::json::value_t::boolean: return "a boolean";
        case nlohmann::json::value_t::string: return "a string";
        case nlohmann::json::value_t::array: return "an array";
        case nlohmann::json::value_t::object: return "an object";
        case nlohmann::json::value_t::number_float: return "a fractional number";
        default: return "an integer";
    }
}

inline bool optional_spec(const nlohmann::json& sub) {
    return (sub.is_string() && (sub.get_ref<const std::string&>().back() == '?' ||
                                sub.get_ref<const std::string&>()[0] == '@')) ||
           (sub.is_array() && sub.at(0).get_ref<const std::string&>().back() == '?') ||
           (sub.is_object() && sub.contains("?"));
}

// The spec compiled once into a tree of these: the check walks it instead
// of reading the spec's JSON again for every value (that was an eighth of
// loading at 1,000 tables).
struct Compiled {
    enum Form { kLeaf, kObject, kArray, kTuple } form = kLeaf;
    char leaf = 'j';          // kLeaf: s i b n j d
    bool nullable = false;    // "x?", "array?", "tuple?", {"?": true}
    bool positional = false;  // kObject marked "#positional" (a relation's column)
    struct Field {
        std::string name;
        const Compiled* spec;
        bool optional;  // optional_spec(): absent is allowed (and becomes null)
        int position;   // its index in column_fields(), -1 if none
    };
    std::vector<Field> fields;           // kObject, in the spec's (sorted) order, without "?" and "#..."
    std::vector<const Compiled*> items;  // kArray: the item spec; kTuple: one per item
};

inline const Compiled* compile(const nlohmann::json& spec) {
    if (spec.is_string() && spec.get_ref<const std::string&>()[0] == '@')  // a named spec
        return compile(document_spec().at(spec.get_ref<const std::string&>().substr(1)));
    static std::deque<Compiled> arena;  // stable addresses
    Compiled& c = arena.emplace_back();
    if (spec.is_string()) {
        const std::string& t = spec.get_ref<const std::string&>();
        c.leaf = t[0];
        c.nullable = t.size() > 1 && t.back() == '?';
    } else if (spec.is_object()) {
        c.form = Compiled::kObject;
        c.nullable = spec.contains("?");
        c.positional = spec.contains("#positional");
        size_t count = 0;
        const char* const* names = column_fields(&count);
        for (auto& [name, sub] : spec.items()) {
            if (name[0] == '?' || name[0] == '#') continue;
            int at = -1;
            for (size_t i = 0; i < count; ++i)
                if (name == names[i]) at = int(i);
            c.fields.push_back({name, compile(sub), optional_spec(sub), at});
        }
    } else {  // ["array", item] / ["tuple", items...], with "?" allowing null
        const std::string& form = spec.at(0).get_ref<const std::string&>();
        c.nullable = form.back() == '?';
        c.form = form.rfind("array", 0) == 0 ? Compiled::kArray : Compiled::kTuple;
        for (size_t i = 1; i < (c.form == Compiled::kArray ? 2 : spec.size()); ++i) c.items.push_back(compile(spec.at(i)));
    }
    return &c;
}

// Checks `v` against `spec`, fills absent optional object fields with null.
// Returns "" or "<path below v>: expected X, found Y" (the path is built only
// on failure, on the way back up: checking a big document costs no strings).
// With `positional`, a relation's column may be an array in column_fields()
// order (format_version 2; its size was checked before): each item is checked
// as the field of that name, in the same order and with the same path as the
// object form, and nothing is filled in.
inline std::string check(nlohmann::json& v, const Compiled& spec, bool positional = false) {
    if (v.is_null() && spec.nullable) return {};
    switch (spec.form) {
        case Compiled::kLeaf: {
            char c = spec.leaf;
            bool ok = c == 'j' || (c == 's' && v.is_string()) || (c == 'b' && v.is_boolean()) ||
                      (c == 'i' && v.is_number_integer()) || (c == 'n' && v.is_number()) ||
                      (c == 'd' && integer_text(v));
            if (ok) return {};
            const char* want = c == 's' ? "a string" : c == 'b' ? "a boolean" : c == 'i' ? "an integer"
                             : c == 'd' ? "an integer as a string" : "a number";
            if (c == 'd' && v.is_string()) return ": expected an integer as a string, found other text";
            return std::string(": expected ") + want + (spec.nullable ? " or null" : "") + ", found " + type_name(v);
        }
        case Compiled::kObject: {
            if (positional && v.is_array() && spec.positional) {
                for (const auto& f : spec.fields) {
                    if (f.position < 0 || size_t(f.position) >= v.size()) {
                        if (!f.optional) return ": the field \"" + f.name + "\" is missing";
                        continue;
                    }
                    std::string e = check(v[size_t(f.position)], *f.spec, positional);
                    if (!e.empty()) return "." + f.name + e;
                }
                return {};
            }
            if (!v.is_object()) return std::string(": expected an object, found ") + type_name(v);
            // The object and the spec are both sorted by name: one walk
            // through both instead of a lookup per field.
            auto& object = v.get_ref<nlohmann::json::object_t&>();
            auto it = object.begin();
            for (const auto& f : spec.fields) {
                int order = 1;
                while (it != object.end() && (order = it->first.compare(f.name)) < 0) ++it;
                if (it == object.end() || order != 0) {
                    if (!f.optional) return ": the field \"" + f.name + "\" is missing";
                    it = object.emplace_hint(it, f.name, nullptr);
                    ++it;
                    continue;
                }
                std::string e = check(it->second, *f.spec, positional);
                if (!e.empty()) return "." + f.name + e;
                ++it;
            }
            return {};
        }
        default: break;
    }
    if (!v.is_array()) return std::string(": expected an array, found ") + type_name(v);
    if (spec.form == Compiled::kArray) {
        const Compiled& item = *spec.items[0];
        for (size_t i = 0; i < v.size(); ++i) {
            std::string e = check(v[i], item, positional);
            if (!e.empty()) return "[" + std::to_string(i) + "]" + e;
        }
        return {};
    }
    if (v.size() != spec.items.size())
        return ": expected an array of " + std::to_string(spec.items.size()) + " items, found " +
               std::to_string(v.size());
    for (size_t i = 0; i < v.size(); ++i) {
        std::string e = check(v[i], *spec.items[i], positional);
        if (!e.empty()) return "[" + std::to_string(i) + "]" + e;
    }
    return {};
}

// Each section of the document: its name, its item's compiled spec, and
// whether it may be absent.
struct Section {
    std::string name;
    const Compiled* item;
    bool optional;
};
inline const std::vector<Section>& sections() {
    static const std::vector<Section> all = [] {
        const nlohmann::json& spec = document_spec();
        const auto& optional = spec.at("optional");
        std::vector<Section> out;
        for (auto& [section, item] : spec.at("sections").items())
            out.push_back({section, compile(item),
                           std::find(optional.begin(), optional.end(), section) != optional.end()});
        return out;
    }();
    return all;
}

}  // namespace detail

// Checks every section of `doc` (an object already known to be a
// pgdiff-catalog document) and normalises absent optional fields to null.
// Returns "" when the document can be loaded, else a one-line reason.
// `positional_columns`: format_version 2 (see detail::check).
inline std::string check_document(nlohmann::json& doc, bool positional_columns = false) {
    for (const char* top : {"server_version_num"}) {
        auto it = doc.find(top);
        if (it != doc.end() && !it->is_null() && !it->is_number_integer())
            return std::string(top) + ": expected an integer, found " + detail::type_name(*it);
    }
    {
        auto it = doc.find("server_version");
        if (it != doc.end() && !it->is_null() && !it->is_string())
            return std::string("server_version: expected a string, found ") + detail::type_name(*it);
    }
    for (const detail::Section& section : detail::sections()) {
        auto it = doc.find(section.name);
        if (it == doc.end()) {
            if (section.optional) continue;
            return "the section \"" + section.name + "\" is missing";
        }
        if (!it->is_array()) return section.name + ": expected an array, found " + detail::type_name(*it);
        for (size_t i = 0; i < it->size(); ++i) {
            std::string e = detail::check((*it)[i], *section.item, positional_columns);
            if (!e.empty()) return section.name + "[" + std::to_string(i) + "]" + e;
        }
    }
    return {};
}

}  // namespace shape
}  // namespace pgdiff
