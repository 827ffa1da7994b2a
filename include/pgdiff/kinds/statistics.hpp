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
    // ALTER COLUMN ... TYPE rebuilds the statistics objects on the column
    // from their definition (PostgreSQL 15), losing a SET STATISTICS
    // target: it is set again after the column.
    r.on_dependency_rebuilt = [](const Node& a, const Node& b, const Node& dep, const Change& dep_change,
                                 const Context& ctx, Change& out) {
        Reaction reaction = follows_retyped_columns(a, b, dep, dep_change, ctx, out);
        if (reaction != Reaction::Ignore || !b.attrs["target"].is_number()) return reaction;
        Step s = step(statistics_target_sql(b), "rebuilt by the retype of column " + dep.ref.name + ", which drops its target");
        for (auto& st : out.create_steps)
            if (st.sql == s.sql) return Reaction::Ignore;
        out.create_steps.push_back(s);
        return Reaction::Adjusted;
    };
    return r;
}

}  // namespace pgdiff::kinds
