// Triggers and row-level-security policies.
#pragma once
#include "pgdiff/kinds/table.hpp"

namespace pgdiff::kinds {

// `table` as written after ALTER TABLE ("ONLY ..." to stop the recursion).
inline std::string trigger_state_sql(const std::string& table, const std::string& trigger,
                                     const nlohmann::json& enabled) {
    std::string state = json_text(enabled);
    std::string t = "ALTER TABLE " + table;
    if (state == "D") return t + " DISABLE TRIGGER " + trigger + ";";
    if (state == "R") return t + " ENABLE REPLICA TRIGGER " + trigger + ";";
    if (state == "A") return t + " ENABLE ALWAYS TRIGGER " + trigger + ";";
    return t + " ENABLE TRIGGER " + trigger + ";";
}
inline std::string trigger_state_sql(const Node& n) {
    return trigger_state_sql(n.sql_table, n.sql_name, n.attrs["enabled"]);
}

inline KindRules trigger_rules() {
    KindRules r;
    r.rank = 14;
    r.create = [](const Node& n, const Context&) {
        // CREATE TRIGGER and ENABLE/DISABLE TRIGGER take SHARE ROW EXCLUSIVE.
        std::vector<Step> steps{step(json_text(n.attrs["definition"]) + ";").locks(lock::share_row_exclusive)};
        if (n.attrs["enabled"] != "O") steps.push_back(step(trigger_state_sql(n)).locks(lock::share_row_exclusive));
        return steps;
    };
    r.drop = [](const Node& n, const Context&) {
        return std::vector<Step>{step("DROP TRIGGER " + n.sql_name + " ON " + n.sql_table + ";")};
    };
    r.alter = [](const Node& a, const Node& b, const Context&, Change& out) {
        if (a.attrs["definition"] != b.attrs["definition"]) {
            out.why = "definition changed";
            return false;
        }
        out.create_steps.push_back(step(trigger_state_sql(b), "enabled state changed")
                                       .realises("enabled")
                                       .locks(lock::share_row_exclusive));
        return true;
    };
    return r;
}

// The state of a trigger cloned onto a partition when it is not its parent
// trigger's: ALTER TABLE ONLY (no recursion into sub-partitions, whose
// clones have states of their own). It follows the parent trigger, whose
// ENABLE / DISABLE and CREATE do recurse, and is set again whenever the
// parent's state changes (parent_enabled is in its attrs). Dropped: back to
// the parent's state, before the parent trigger or the partition go.
inline KindRules trigger_state_rules() {
    KindRules r;
    r.rank = 15;
    r.lock = lock::share_row_exclusive;
    r.create = [](const Node& n, const Context&) {
        return std::vector<Step>{step(trigger_state_sql("ONLY " + n.sql_table, n.sql_name, n.attrs["enabled"]))};
    };
    r.drop = [](const Node& n, const Context&) {
        return std::vector<Step>{step(trigger_state_sql("ONLY " + n.sql_table, n.sql_name, n.attrs["parent_enabled"]))};
    };
    r.alter = [](const Node&, const Node& b, const Context&, Change& out) {
        out.create_steps.push_back(
            step(trigger_state_sql("ONLY " + b.sql_table, b.sql_name, b.attrs["enabled"]), "enabled state changed"));
        return true;
    };
    return r;
}

inline std::string policy_roles_sql(const nlohmann::json& roles) {
    std::string out;
    for (auto& r : roles) out += (out.empty() ? "" : ", ") + quote_role(json_text(r));
    return out;
}

inline std::string policy_command_sql(const std::string& cmd) {
    if (cmd == "r") return "SELECT";
    if (cmd == "a") return "INSERT";
    if (cmd == "w") return "UPDATE";
    if (cmd == "d") return "DELETE";
    return "ALL";
}

inline KindRules policy_rules() {
    KindRules r;
    r.rank = 15;
    r.create = [](const Node& n, const Context&) {
        const auto& a = n.attrs;
        std::string sql = "CREATE POLICY " + n.sql_name + " ON " + n.sql_table + " AS " +
                          (a["permissive"] == false ? "RESTRICTIVE" : "PERMISSIVE") + " FOR " +
                          policy_command_sql(json_text(a["command"])) + " TO " + policy_roles_sql(a["roles"]);
        if (a["using"].is_string()) sql += " USING (" + json_text(a["using"]) + ")";
        if (a["with_check"].is_string()) sql += " WITH CHECK (" + json_text(a["with_check"]) + ")";
        return std::vector<Step>{step(sql + ";")};
    };
    r.drop = [](const Node& n, const Context&) {
        return std::vector<Step>{step("DROP POLICY " + n.sql_name + " ON " + n.sql_table + ";")};
    };
    r.alter = [](const Node& a, const Node& b, const Context&, Change& out) {
        const auto &x = a.attrs, &y = b.attrs;
        // ALTER POLICY cannot change the command or kind, nor remove an expression.
        if (x["command"] != y["command"] || x["permissive"] != y["permissive"] ||
            (x["using"].is_string() && !y["using"].is_string()) ||
            (x["with_check"].is_string() && !y["with_check"].is_string())) {
            out.why = "command, kind or expressions removed";
            return false;
        }
        std::string sql = "ALTER POLICY " + b.sql_name + " ON " + b.sql_table;
        if (x["roles"] != y["roles"]) sql += " TO " + policy_roles_sql(y["roles"]);
        if (x["using"] != y["using"]) sql += " USING (" + json_text(y["using"]) + ")";
        if (x["with_check"] != y["with_check"]) sql += " WITH CHECK (" + json_text(y["with_check"]) + ")";
        out.create_steps.push_back(step(sql + ";", "policy changed"));
        return true;
    };
    return r;
}

}  // namespace pgdiff::kinds
