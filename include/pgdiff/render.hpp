// Plan -> text: the SQL script (migra-compatible) and the JSON plan.
#pragma once
#include <string>
#include <nlohmann/json.hpp>
#include "pgdiff/api.hpp"

namespace pgdiff {

// Statements separated by a blank line; nothing else.
inline std::string render_sql(const Plan& plan) {
    std::string out;
    for (auto& s : plan.statements) {
        if (!out.empty()) out += "\n";
        out += s.sql;
        out += "\n";
    }
    return out;
}

inline nlohmann::json plan_to_json(const Plan& plan) {
    nlohmann::json statements = nlohmann::json::array();
    for (auto& s : plan.statements)
        statements.push_back({{"sql", s.sql},
                              {"object", {{"kind", s.object.kind}, {"schema", s.object.schema}, {"name", s.object.name}}},
                              {"action", s.action},
                              {"unsafe", s.unsafe},
                              {"why", s.why},
                              {"transactional", s.transactional}});
    return {{"format", "pgdiff-plan"}, {"format_version", 1}, {"statements", statements},
            {"warnings", plan.warnings}, {"unsafe", plan.has_unsafe()}};
}

}  // namespace pgdiff
