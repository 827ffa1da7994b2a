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

// Does the routine have a SQL-standard body (RETURN ... / BEGIN ATOMIC),
// parsed when it is created and so holding dependencies on what it reads,
// rather than a string body (AS '...')? In pg_get_functiondef's output the
// header lines (RETURNS, LANGUAGE, options) start with a space; the first
// line that does not starts the body.
inline bool has_sql_standard_body(const Node& n) {
    const nlohmann::json& def = n.attrs["definition"];
    if (!def.is_string()) return false;
    const std::string& text = def.get_ref<const std::string&>();
    size_t pos = text.find('\n');
    while (pos != std::string::npos && pos + 1 < text.size()) {
        if (text[pos + 1] != ' ') return text.compare(pos + 1, 3, "AS ") != 0;
        pos = text.find('\n', pos + 1);
    }
    return false;
}

// Does a parameter have a DEFAULT (an expression parsed at creation, which
// CREATE OR REPLACE cannot remove)?
inline bool has_parameter_defaults(const Node& n) {
    const nlohmann::json& args = n.attrs["arguments"];
    return args.is_string() && args.get_ref<const std::string&>().find(" DEFAULT ") != std::string::npos;
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
    // A composite type it reads changes attributes in place (rebuild_readers):
    // the body lets go of them first (placeholder body, as for a dependency
    // cycle) and is defined again after; its signature and what calls it stay.
    // Parameter defaults that may read them cannot be removed that way: the
    // routine is replaced.
    r.on_dependency_rebuilt = [](const Node& a, const Node& b, const Node&, const Change& dep_change,
                                 const Context&, Change& out) {
        if (dep_change.kind != ChangeKind::Alter || dep_change.rebuild_dependents || !dep_change.rebuild_readers)
            return Reaction::Replace;
        if (has_parameter_defaults(a)) return Reaction::Replace;
        if (!has_sql_standard_body(a)) return Reaction::Ignore;
        if (!out.drop_steps.empty()) return Reaction::Ignore;  // already emptied for another one
        out.drop_steps.push_back(step(routine_placeholder_sql(a), "its body reads attributes changed in place: emptied first"));
        if (out.create_steps.empty())
            out.create_steps.push_back(step(routine_definition_sql(b), "defined again once the attributes changed"));
        out.why = "body reads a composite type whose attributes change";
        return Reaction::Adjusted;
    };
    return r;
}

}  // namespace pgdiff::kinds
