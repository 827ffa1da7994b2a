// Event triggers (CREATE EVENT TRIGGER). Created after everything else and
// dropped before anything else, so that they do not fire on the
// migration's own DDL.
#pragma once
#include "pgdiff/kinds/table.hpp"

namespace pgdiff::kinds {

inline std::string event_trigger_state_sql(const Node& n) {
    std::string state = json_text(n.attrs["enabled"]);
    std::string t = "ALTER EVENT TRIGGER " + n.sql_name;
    if (state == "D") return t + " DISABLE;";
    if (state == "R") return t + " ENABLE REPLICA;";
    if (state == "A") return t + " ENABLE ALWAYS;";
    return t + " ENABLE;";
}

inline KindRules event_trigger_rules() {
    KindRules r;
    r.rank = 19;
    r.lock = lock::none;
    r.create = [](const Node& n, const Context&) {
        std::string sql = "CREATE EVENT TRIGGER " + n.sql_name + " ON " + quote_ident(json_text(n.attrs["event"]));
        if (n.attrs["tags"].is_array() && !n.attrs["tags"].empty()) {
            std::string tags;
            for (auto& t : n.attrs["tags"]) tags += (tags.empty() ? "" : ", ") + quote_literal(json_text(t));
            sql += " WHEN TAG IN (" + tags + ")";
        }
        sql += " EXECUTE FUNCTION " + json_text(n.attrs["function"]) + ";";
        std::vector<Step> steps{step(sql)};
        if (n.attrs["enabled"] != "O") steps.push_back(step(event_trigger_state_sql(n)));
        return steps;
    };
    r.drop = [](const Node& n, const Context&) {
        return std::vector<Step>{step("DROP EVENT TRIGGER " + n.sql_name + ";")};
    };
    r.alter = [](const Node& a, const Node& b, const Context&, Change& out) {
        for (const char* attr : {"event", "function", "tags"})
            if (a.attrs[attr] != b.attrs[attr]) {
                out.why = std::string(attr) + " changed";
                return false;
            }
        out.create_steps.push_back(step(event_trigger_state_sql(b), "enabled state changed"));
        return true;
    };
    return r;
}

}  // namespace pgdiff::kinds
