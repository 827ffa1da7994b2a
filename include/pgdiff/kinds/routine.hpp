// Functions and procedures.
#pragma once
#include "pgdiff/kinds/table.hpp"

namespace pgdiff::kinds {

inline std::string routine_definition_sql(const Node& n) {
    std::string def = json_text(n.attrs["definition"]);
    while (!def.empty() && (def.back() == '\n' || def.back() == ' ')) def.pop_back();
    return def + ";";
}

inline KindRules routine_rules(const char* keyword) {
    KindRules r;
    r.rank = 5;
    r.create = [](const Node& n, const Context&) { return std::vector<Step>{step(routine_definition_sql(n))}; };
    if (std::string(keyword) == "PROCEDURE")
        r.drop = [](const Node& n, const Context&) {
            return std::vector<Step>{step("DROP PROCEDURE " + n.sql_name + ";")};
        };
    else
        r.drop = [](const Node& n, const Context&) {
            return std::vector<Step>{step("DROP FUNCTION " + n.sql_name + ";")};
        };
    // CREATE OR REPLACE keeps the object (and what depends on it) as long as
    // the result type and the argument list (names, defaults) stay the same.
    r.alter = [](const Node& a, const Node& b, const Context&, Change& out) {
        if (a.attrs["result"] != b.attrs["result"] || a.attrs["arguments"] != b.attrs["arguments"]) {
            out.why = "signature or result type changed";
            return false;
        }
        out.create_steps.push_back(step(routine_definition_sql(b), "definition changed"));
        return true;
    };
    return r;
}

}  // namespace pgdiff::kinds
