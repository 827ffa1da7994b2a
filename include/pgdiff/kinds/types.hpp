// Enum types and sequences.
#pragma once
#include <cstring>
#include <algorithm>
#include <cctype>
#include <map>
#include "pgdiff/plan/change.hpp"

namespace pgdiff::kinds {

inline std::string enum_labels_sql(const nlohmann::json& labels) {
    std::string out;
    for (auto& l : labels) {
        if (!out.empty()) out += ", ";
        out += quote_literal(l.get<std::string>());
    }
    return out;
}

// True when `before` appears in `after` in the same relative order, so the
// change is expressible with ALTER TYPE ... ADD VALUE.
inline bool is_subsequence(const nlohmann::json& before, const nlohmann::json& after) {
    size_t i = 0;
    for (auto& l : after)
        if (i < before.size() && before[i] == l) ++i;
    return i == before.size();
}

// Does any string inside `j` contain `needle`?
// (The containers are walked directly: nlohmann's generic iterators cost
// more than the search itself.)
inline bool json_mentions(const nlohmann::json& j, const std::string& needle) {
    switch (j.type()) {
    case nlohmann::json::value_t::string:
        return j.get_ref<const std::string&>().find(needle) != std::string::npos;
    case nlohmann::json::value_t::object:
        for (auto& kv : j.get_ref<const nlohmann::json::object_t&>())
            if (json_mentions(kv.second, needle)) return true;
        return false;
    case nlohmann::json::value_t::array:
        for (auto& v : j.get_ref<const nlohmann::json::array_t&>())
            if (json_mentions(v, needle)) return true;
        return false;
    default:
        return false;
    }
}

// How the server's deparser writes a name: quoted only when it has to be.
inline std::string server_ident(const std::string& name) {
    bool plain = !name.empty() && (std::islower((unsigned char)name[0]) || name[0] == '_');
    for (char c : name)
        if (!(std::islower((unsigned char)c) || std::isdigit((unsigned char)c) || c == '_')) plain = false;
    return plain ? name : quote_ident(name);
}

// The "::" casts of one string (see index_casts).
inline void index_string_casts(const std::string& s, const Node& node, CastIndex& out) {
    for (size_t p = s.find("::"); p != std::string::npos; p = s.find("::", p + 2)) {
        size_t i = p + 2;
        bool dotted = false;
        while (i < s.size()) {
            unsigned char c = static_cast<unsigned char>(s[i]);
            if (c == '"') {  // a quoted part: up to its closing quote ("" is a quote inside)
                ++i;
                while (i < s.size() && !(s[i] == '"' && (i + 1 >= s.size() || s[i + 1] != '"'))) i += s[i] == '"' ? 2 : 1;
                if (i < s.size()) ++i;
            } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
                       c == '$' || c == '.' || c >= 0x80) {  // std::isalnum in the "C" locale, inline
                dotted = dotted || c == '.';
                ++i;
            } else {
                break;
            }
        }
        // Only schema-qualified casts are looked up (new_label_used asks for
        // "schema.type..."), and a qualified name has a dot outside quotes:
        // the many casts to built-in types (::text, ::regclass) are skipped.
        if (!dotted) continue;
        auto& nodes = out[std::string_view(s).substr(p + 2, i - (p + 2))];
        if (nodes.empty() || nodes.back() != &node) nodes.push_back(&node);
    }
}

// Every "::" cast in the strings of a catalog's attrs, indexed by the
// qualified type name written after it (the run of identifier characters,
// dots and double-quoted parts), with the nodes where it occurs.
// Built once per plan on first use: new_label_used() then looks only at the
// nodes that cast to the type instead of scanning the whole catalog per
// label (which was O(added labels x catalog): 10% of the plan at 5,000 tables).
// The containers are walked directly, in the same order as nlohmann's
// iterators (which were 60% of building the index, callgrind at 1,000 tables).
// Members are looked at in the loop and only containers recurse: the index
// holds few casts, and a call per scalar (acl and column_order arrays are
// mostly booleans, nulls and short names) was most of its cost (callgrind at
// 1,000 tables: a third of make_plan's instructions).
inline void index_casts(const nlohmann::json& j, const Node& node, CastIndex& out) {
    auto member = [&](const nlohmann::json& v) {
        if (v.is_string()) {
            const std::string& s = *v.get_ptr<const nlohmann::json::string_t*>();
            if (s.size() >= 3 && std::memchr(s.data(), ':', s.size()) != nullptr) index_string_casts(s, node, out);
        } else if (v.is_object() || v.is_array()) {
            index_casts(v, node, out);
        }
    };
    if (j.is_object()) {
        for (auto& kv : *j.get_ptr<const nlohmann::json::object_t*>()) member(kv.second);
    } else if (j.is_array()) {
        for (auto& v : *j.get_ptr<const nlohmann::json::array_t*>()) member(v);
    } else {
        member(j);
    }
}

inline void index_node_casts(const Node& n, CastIndex& out) { index_casts(n.attrs, n, out); }

inline const CastIndex& to_cast_index(const Context& ctx) {
    if (!ctx.to_casts) {
        ctx.to_casts.emplace();
        for (auto& [key, n] : ctx.to.nodes) index_node_casts(n, *ctx.to_casts);
    }
    return *ctx.to_casts;
}

// May an enum type gain a label from FROM to TO, so that its alter asks
// new_label_used() (and the cast index is needed)? Looks only at the "type:"
// keys. It may say yes when no label is added in the end (a filtered type,
// reordered labels), never no when one is.
inline bool enum_may_gain_label(const Catalog& from, const Catalog& to) {
    static const std::string prefix = "type:";
    for (auto it = to.nodes.lower_bound(prefix);
         it != to.nodes.end() && it->first.compare(0, prefix.size(), prefix) == 0; ++it) {
        const Node* a = from.find(it->first);
        if (!a) continue;
        const nlohmann::json& before = attr_or_null(a->attrs, "labels");
        const nlohmann::json& after = attr_or_null(it->second.attrs, "labels");
        if (!before.is_array() || !after.is_array()) return true;  // not the usual shape: assume yes
        for (auto& l : after)
            if (std::find(before.begin(), before.end(), l) == before.end()) return true;
    }
    return false;
}

// A value added with ADD VALUE cannot be used in the same transaction. If the
// target schema uses a new label in a definition (a default, a view, a
// CHECK...), the script would fail: rebuild the type instead.
inline bool new_label_used(const Node& type, const std::string& label, const Context& ctx) {
    const std::string qualified = server_ident(type.ref.schema) + "." + server_ident(type.ref.name);
    const std::string needle = quote_literal(label) + "::" + qualified;
    // Any string holding the needle has a cast whose type text starts with
    // `qualified`: only those nodes are searched.
    const CastIndex& casts = to_cast_index(ctx);
    for (auto it = casts.lower_bound(qualified);
         it != casts.end() && it->first.compare(0, qualified.size(), qualified) == 0; ++it)
        for (const Node* n : it->second)
            if (n->key != type.key && json_mentions(n->attrs, needle)) return true;
    return false;
}

inline KindRules enum_rules() {
    KindRules r;
    r.rank = 3;
    r.create = [](const Node& n, const Context&) {
        return std::vector<Step>{
            step("CREATE TYPE " + n.sql_name + " AS ENUM (" + enum_labels_sql(n.attrs["labels"]) + ");")};
    };
    r.drop = [](const Node& n, const Context&) {
        return std::vector<Step>{step("DROP TYPE " + n.sql_name + ";", {}, true)};
    };
    r.alter = [](const Node& a, const Node& b, const Context& ctx, Change& out) {
        const auto& before = a.attrs["labels"];
        const auto& after = b.attrs["labels"];
        if (!is_subsequence(before, after)) {
            std::string removed;
            for (auto& l : before)
                if (std::find(after.begin(), after.end(), l) == after.end())
                    removed += (removed.empty() ? "" : ", ") + quote_literal(l.get<std::string>());
            out.why = removed.empty()
                          ? "enum labels reordered: the type is rebuilt and its columns converted through text"
                          : "enum label(s) " + removed + " removed: the type is rebuilt, and converting a column "
                            "back fails on rows that hold a removed label";
            return false;
        }
        // Add each new label next to a neighbour that already exists.
        std::vector<std::string> present;
        for (auto& l : before) present.push_back(l.get<std::string>());
        for (size_t i = 0; i < after.size(); ++i) {
            std::string label = after[i].get<std::string>();
            if (std::find(present.begin(), present.end(), label) != present.end()) continue;
            // Online, the script is split into transactions: the label is
            // committed on its own before anything uses it.
            bool used = new_label_used(b, label, ctx);
            if (used && !ctx.options.online) {
                out.create_steps.clear();
                out.why = "new label " + label + " is used in the same migration: the type is rebuilt";
                return false;
            }
            std::string where;
            for (size_t k = i + 1; k < after.size() && where.empty(); ++k) {
                std::string next = after[k].get<std::string>();
                if (std::find(present.begin(), present.end(), next) != present.end())
                    where = " BEFORE " + quote_literal(next);
            }
            if (where.empty() && i > 0) where = " AFTER " + quote_literal(after[i - 1].get<std::string>());
            Step add = step("ALTER TYPE " + b.sql_name + " ADD VALUE " + quote_literal(label) + where + ";",
                            "enum label " + label + " added");
            add.realises("labels");
            if (used)
                add.outside_transaction().hazard(hazard::non_transactional,
                                                 "the new label is used later in this script: it must be committed first");
            out.create_steps.push_back(add);
            present.push_back(label);
        }
        return true;
    };
    return r;
}

inline std::string sequence_options_sql(const nlohmann::json& a, const nlohmann::json* before) {
    std::string sql;
    auto changed = [&](const char* f) { return !before || (*before)[f] != a[f]; };
    if (changed("type")) sql += " AS " + a["type"].get<std::string>();
    if (changed("increment")) sql += " INCREMENT BY " + a["increment"].get<std::string>();
    if (changed("min") || (before && changed("type"))) sql += " MINVALUE " + a["min"].get<std::string>();
    if (changed("max") || (before && changed("type"))) sql += " MAXVALUE " + a["max"].get<std::string>();
    if (changed("start")) sql += " START WITH " + a["start"].get<std::string>();
    if (changed("cache")) sql += " CACHE " + a["cache"].get<std::string>();
    if (changed("cycle")) sql += a["cycle"] == true ? " CYCLE" : " NO CYCLE";
    return sql;
}

inline KindRules sequence_rules() {
    KindRules r;
    r.rank = 4;
    r.create = [](const Node& n, const Context&) {
        std::string unlogged = n.attrs["persistence"] == "u" ? "UNLOGGED " : "";
        return std::vector<Step>{
            step("CREATE " + unlogged + "SEQUENCE " + n.sql_name + sequence_options_sql(n.attrs, nullptr) + ";")};
    };
    r.drop = [](const Node& n, const Context&) {
        return std::vector<Step>{step("DROP SEQUENCE " + n.sql_name + ";", {}, true)};
    };
    r.alter = [](const Node& a, const Node& b, const Context&, Change& out) {
        std::string opts = sequence_options_sql(b.attrs, &a.attrs);
        // Tighter bounds may exclude the current value: restart at the new start.
        auto as_num = [](const nlohmann::json& v) { return std::stold(v.get<std::string>()); };
        if (as_num(b.attrs["min"]) > as_num(a.attrs["min"]) || as_num(b.attrs["max"]) < as_num(a.attrs["max"])) {
            opts += " RESTART WITH " + b.attrs["start"].get<std::string>();
            out.create_steps.push_back(step("ALTER SEQUENCE " + b.sql_name + opts + ";",
                                            "bounds narrowed: the sequence restarts at its start value", true));
            opts.clear();
        }
        if (!opts.empty())
            out.create_steps.push_back(step("ALTER SEQUENCE " + b.sql_name + opts + ";", "sequence options changed"));
        if (a.attrs["persistence"] != b.attrs["persistence"])
            out.create_steps.push_back(step("ALTER SEQUENCE " + b.sql_name +
                                            (b.attrs["persistence"] == "u" ? " SET UNLOGGED;" : " SET LOGGED;")));
        return true;
    };
    return r;
}

// ALTER SEQUENCE ... OWNED BY is its own object so it can be set after the
// owning column exists and removed before that column is dropped.
inline KindRules sequence_owner_rules() {
    KindRules r;
    r.rank = 9;
    r.create = [](const Node& n, const Context&) {
        return std::vector<Step>{
            step("ALTER SEQUENCE " + n.sql_name + " OWNED BY " + n.attrs["table_column"].get<std::string>() + ";")};
    };
    r.drop = [](const Node& n, const Context&) {
        return std::vector<Step>{step("ALTER SEQUENCE " + n.sql_name + " OWNED BY NONE;")};
    };
    r.alter = [](const Node&, const Node& b, const Context&, Change& out) {
        out.create_steps.push_back(step("ALTER SEQUENCE " + b.sql_name + " OWNED BY " +
                                        b.attrs["table_column"].get<std::string>() + ";", "owning column changed"));
        return true;
    };
    // A retyped column keeps its sequence.
    r.on_dependency_rebuilt = [](const Node&, const Node&, const Node& dep, const Change& dep_change,
                                 const Context&, Change&) {
        return dep.kind == "column" && dep_change.kind == ChangeKind::Alter ? Reaction::Ignore : Reaction::Replace;
    };
    return r;
}

}  // namespace pgdiff::kinds
