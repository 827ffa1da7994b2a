// Enum types and sequences.
#pragma once
#include <algorithm>
#include <cctype>
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
inline bool json_mentions(const nlohmann::json& j, const std::string& needle) {
    if (j.is_string()) return j.get_ref<const std::string&>().find(needle) != std::string::npos;
    if (j.is_structured())
        for (auto& v : j)
            if (json_mentions(v, needle)) return true;
    return false;
}

// How the server's deparser writes a name: quoted only when it has to be.
inline std::string server_ident(const std::string& name) {
    bool plain = !name.empty() && (std::islower((unsigned char)name[0]) || name[0] == '_');
    for (char c : name)
        if (!(std::islower((unsigned char)c) || std::isdigit((unsigned char)c) || c == '_')) plain = false;
    return plain ? name : quote_ident(name);
}

// A value added with ADD VALUE cannot be used in the same transaction. If the
// target schema uses a new label in a definition (a default, a view, a
// CHECK...), the script would fail: rebuild the type instead.
inline bool new_label_used(const Node& type, const std::string& label, const Catalog& to) {
    std::string needle = quote_literal(label) + "::" + server_ident(type.ref.schema) + "." + server_ident(type.ref.name);
    for (auto& [key, n] : to.nodes)
        if (key != type.key && json_mentions(n.attrs, needle)) return true;
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
            if (new_label_used(b, label, ctx.to)) {
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
            out.create_steps.push_back(step("ALTER TYPE " + b.sql_name + " ADD VALUE " +
                                            quote_literal(label) + where + ";",
                                            "enum label " + label + " added"));
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
