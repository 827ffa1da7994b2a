// Views and materialized views.
#pragma once
#include "pgdiff/kinds/table.hpp"

namespace pgdiff::kinds {

inline std::string view_query_sql(const Node& n) {
    std::string def = json_text(n.attrs["definition"]);
    while (!def.empty() && (def.back() == ';' || def.back() == '\n' || def.back() == ' ')) def.pop_back();
    return def;
}

inline std::string view_create_sql(const Node& n, bool or_replace) {
    std::string sql = std::string("CREATE ") + (or_replace ? "OR REPLACE " : "") + "VIEW " + n.sql_name;
    if (n.attrs["options"].is_array() && !n.attrs["options"].empty())
        sql += " WITH (" + reloptions_sql(n.attrs["options"]) + ")";
    return sql + " AS\n" + view_query_sql(n) + ";";
}

// CREATE OR REPLACE VIEW may only append columns; existing ones keep name and type.
inline bool columns_extend(const nlohmann::json& before, const nlohmann::json& after) {
    if (after.size() < before.size()) return false;
    for (size_t i = 0; i < before.size(); ++i)
        if (before[i] != after[i]) return false;
    return true;
}

inline KindRules view_rules() {
    KindRules r;
    r.rank = 12;
    r.create = [](const Node& n, const Context&) { return std::vector<Step>{step(view_create_sql(n, false))}; };
    r.drop = [](const Node& n, const Context&) {
        return std::vector<Step>{step("DROP VIEW " + n.sql_name + ";")};
    };
    r.alter = [](const Node& a, const Node& b, const Context&, Change& out) {
        if (!columns_extend(a.attrs["columns"], b.attrs["columns"])) {
            out.why = "columns changed";
            return false;
        }
        if (a.attrs["definition"] != b.attrs["definition"]) {
            out.create_steps.push_back(step(view_create_sql(b, true), "definition changed"));
        } else {
            for (auto& change : reloptions_changes(a.attrs["options"], b.attrs["options"]))
                out.create_steps.push_back(step("ALTER VIEW " + b.sql_name + " " + change + ";", "options changed"));
        }
        return true;
    };
    return r;
}

inline KindRules materialized_view_rules() {
    KindRules r;
    r.rank = 13;
    r.create = [](const Node& n, const Context&) {
        std::string sql = "CREATE MATERIALIZED VIEW " + n.sql_name;
        if (n.attrs["options"].is_array() && !n.attrs["options"].empty())
            sql += " WITH (" + reloptions_sql(n.attrs["options"]) + ")";
        return std::vector<Step>{step(sql + " AS\n" + view_query_sql(n) + "\nWITH DATA;")};
    };
    r.drop = [](const Node& n, const Context&) {
        return std::vector<Step>{step("DROP MATERIALIZED VIEW " + n.sql_name + ";")};
    };
    r.alter = [](const Node& a, const Node& b, const Context&, Change& out) {
        if (a.attrs["definition"] != b.attrs["definition"] || a.attrs["columns"] != b.attrs["columns"]) {
            out.why = "definition changed";
            return false;
        }
        for (auto& change : reloptions_changes(a.attrs["options"], b.attrs["options"]))
            out.create_steps.push_back(step("ALTER MATERIALIZED VIEW " + b.sql_name + " " + change + ";"));
        return true;
    };
    return r;
}

}  // namespace pgdiff::kinds
