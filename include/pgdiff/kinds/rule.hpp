// Rewrite rules (CREATE RULE) other than a view's _RETURN rule.
#pragma once
#include "pgdiff/kinds/table.hpp"

namespace pgdiff::kinds {

inline std::string rule_state_sql(const Node& n) {
    std::string state = json_text(n.attrs["enabled"]);
    std::string t = "ALTER TABLE " + n.sql_table;
    if (state == "D") return t + " DISABLE RULE " + n.sql_name + ";";
    if (state == "R") return t + " ENABLE REPLICA RULE " + n.sql_name + ";";
    if (state == "A") return t + " ENABLE ALWAYS RULE " + n.sql_name + ";";
    return t + " ENABLE RULE " + n.sql_name + ";";
}

// pg_get_ruledef() ends the statement with ';' already.
inline std::string rule_definition_sql(const Node& n) {
    std::string def = json_text(n.attrs["definition"]);
    while (!def.empty() && (def.back() == ';' || def.back() == '\n' || def.back() == ' ')) def.pop_back();
    return def + ";";
}

inline KindRules rule_rules() {
    KindRules r;
    r.rank = 14;
    r.create = [](const Node& n, const Context&) {
        std::vector<Step> steps{step(rule_definition_sql(n))};
        if (n.attrs["enabled"] != "O") steps.push_back(step(rule_state_sql(n)));
        return steps;
    };
    r.drop = [](const Node& n, const Context&) {
        return std::vector<Step>{step("DROP RULE " + n.sql_name + " ON " + n.sql_table + ";")};
    };
    r.alter = [](const Node& a, const Node& b, const Context&, Change& out) {
        if (a.attrs["definition"] != b.attrs["definition"]) {
            out.why = "definition changed";
            return false;
        }
        out.create_steps.push_back(step(rule_state_sql(b), "enabled state changed"));
        return true;
    };
    return r;
}

}  // namespace pgdiff::kinds
