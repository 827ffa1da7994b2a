// Extended statistics objects (CREATE STATISTICS).
#pragma once
#include "pgdiff/kinds/table.hpp"

namespace pgdiff::kinds {

inline std::string statistics_target_sql(const Node& n) {
    const auto& t = n.attrs["target"];
    return "ALTER STATISTICS " + n.sql_name + " SET STATISTICS " + (t.is_number() ? t.dump() : "-1") + ";";
}

inline KindRules statistics_rules() {
    KindRules r;
    r.rank = 12;
    r.create = [](const Node& n, const Context&) {
        std::vector<Step> steps{step(json_text(n.attrs["definition"]) + ";")};
        if (n.attrs["target"].is_number()) steps.push_back(step(statistics_target_sql(n)));
        return steps;
    };
    r.drop = [](const Node& n, const Context&) {
        return std::vector<Step>{step("DROP STATISTICS " + n.sql_name + ";")};
    };
    r.alter = [](const Node& a, const Node& b, const Context&, Change& out) {
        if (a.attrs["definition"] != b.attrs["definition"]) {
            out.why = "definition changed";
            return false;
        }
        out.create_steps.push_back(step(statistics_target_sql(b), "statistics target changed"));
        return true;
    };
    r.on_dependency_rebuilt = follows_retyped_columns;
    return r;
}

}  // namespace pgdiff::kinds
