// Functions and procedures.
#pragma once
#include "pgdiff/kinds/table.hpp"

namespace pgdiff::kinds {

inline std::string routine_definition_sql(const Node& n) {
    std::string def = json_text(n.attrs["definition"]);
    while (!def.empty() && (def.back() == '\n' || def.back() == ' ')) def.pop_back();
    return def + ";";
}

// The routine with the same signature and a body that refers to nothing
// (not checked: scripts set check_function_bodies = off). The planner writes
// it to break a dependency cycle through a routine's body (a view calling a
// function whose SQL-standard body reads the view; mutually recursive
// functions), then replaces it with the real definition once everything the
// body refers to exists: PostgreSQL's pg_dump breaks such loops the same way.
inline std::string routine_placeholder_sql(const Node& n) {
    std::string name = n.sql_name.substr(0, n.sql_name.find('('));
    if (n.kind == "procedure")
        return "CREATE OR REPLACE PROCEDURE " + name + "(" + json_text(n.attrs["arguments"]) +
               ") LANGUAGE sql AS $$SELECT$$;";
    return "CREATE OR REPLACE FUNCTION " + name + "(" + json_text(n.attrs["arguments"]) + ") RETURNS " +
           json_text(n.attrs["result"]) + " LANGUAGE sql AS $$SELECT NULL$$;";
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
