// Operators, operator families and operator classes (user-defined only: an
// extension's are never diffed one by one).
//
// An operator is changed in place only for RESTRICT / JOIN (ALTER OPERATOR
// ... SET); anything else is a drop + create, and what uses it (classes,
// families, indexes, views) is rebuilt by the planner. A family's loose
// members (ALTER OPERATOR FAMILY ... ADD) are added and dropped in place; a
// class's members, type, family, DEFAULT or STORAGE have no ALTER: drop +
// create, which rebuilds the indexes that use the class.
#pragma once
#include <map>
#include "pgdiff/kinds/table.hpp"

namespace pgdiff::kinds {

// A [schema, name] pair naming an operator, as OPERATOR(schema.name).
inline std::string operator_ref_sql(const nlohmann::json& op) {
    return "OPERATOR(" + quote_operator(json_text(op[0]), json_text(op[1])) + ")";
}

inline std::string operator_create_sql(const Node& n) {
    const auto& a = n.attrs;
    std::string sql = "CREATE OPERATOR " + quote_operator(n.ref.schema, json_text(a["name"])) +
                      " (FUNCTION = " + qualified_name_sql(a["function"]);
    if (a["left"].is_string()) sql += ", LEFTARG = " + json_text(a["left"]);
    sql += ", RIGHTARG = " + json_text(a["right"]);
    if (a["commutator"].is_array()) sql += ", COMMUTATOR = " + operator_ref_sql(a["commutator"]);
    if (a["negator"].is_array()) sql += ", NEGATOR = " + operator_ref_sql(a["negator"]);
    if (a["restrict"].is_array()) sql += ", RESTRICT = " + qualified_name_sql(a["restrict"]);
    if (a["join"].is_array()) sql += ", JOIN = " + qualified_name_sql(a["join"]);
    if (a["hashes"] == true) sql += ", HASHES";
    if (a["merges"] == true) sql += ", MERGES";
    return sql + ");";
}

inline KindRules operator_rules() {
    KindRules r;
    r.rank = 5;  // with the functions it calls (its dependencies order it)
    r.lock = lock::none;
    r.create = [](const Node& n, const Context&) { return std::vector<Step>{step(operator_create_sql(n))}; };
    r.drop = [](const Node& n, const Context&) {
        return std::vector<Step>{step("DROP OPERATOR " + n.sql_name + ";")};
    };
    r.alter = [](const Node& a, const Node& b, const Context&, Change& out) {
        for (const char* k : {"function", "commutator", "negator", "hashes", "merges"})
            if (a.attrs[k] != b.attrs[k]) {
                out.why = std::string(k) + " changed (no ALTER OPERATOR for it on PostgreSQL 15)";
                return false;
            }
        std::string set;
        for (const char* k : {"restrict", "join"})
            if (a.attrs[k] != b.attrs[k])
                set += std::string(set.empty() ? "" : ", ") + (k[0] == 'r' ? "RESTRICT = " : "JOIN = ") +
                       (b.attrs[k].is_array() ? qualified_name_sql(b.attrs[k]) : std::string("NONE"));
        if (!set.empty())
            out.create_steps.push_back(step("ALTER OPERATOR " + b.sql_name + " SET (" + set + ");",
                                            "restriction or join estimator changed"));
        return true;
    };
    return r;
}

// Members: operator [strategy, left, right, schema, name, sort family schema,
// sort family name]; function [number, left, right, schema, name, arguments].
// `input` is the class's type: a class's function whose operand types are
// both that type is written without them (pg_dump's form); a family always
// names them (ALTER OPERATOR FAMILY needs them for most index methods).
inline std::string opclass_operator_sql(const nlohmann::json& m) {
    std::string sql = "OPERATOR " + std::to_string(m[0].get<int64_t>()) + " " +
                      quote_operator(json_text(m[3]), json_text(m[4])) + " (" + json_text(m[1]) + ", " +
                      json_text(m[2]) + ")";
    if (m[6].is_string()) sql += " FOR ORDER BY " + quote_qualified(json_text(m[5]), json_text(m[6]));
    return sql;
}
inline std::string opclass_function_sql(const nlohmann::json& m, const std::string& input = {}) {
    std::string sql = "FUNCTION " + std::to_string(m[0].get<int64_t>());
    if (input.empty() || json_text(m[1]) != input || json_text(m[2]) != input)
        sql += " (" + json_text(m[1]) + ", " + json_text(m[2]) + ")";
    return sql + " " + quote_qualified(json_text(m[3]), json_text(m[4])) + "(" + json_text(m[5]) + ")";
}
// What ALTER OPERATOR FAMILY ... DROP names: the number and operand types.
inline std::string opfamily_member_id(const char* what, const nlohmann::json& m) {
    return std::string(what) + " " + std::to_string(m[0].get<int64_t>()) + " (" + json_text(m[1]) + ", " +
           json_text(m[2]) + ")";
}

inline KindRules operator_family_rules() {
    KindRules r;
    r.rank = 6;
    r.lock = lock::none;
    r.create = [](const Node& n, const Context&) {
        std::vector<Step> steps{step("CREATE OPERATOR FAMILY " + n.sql_name + ";")};
        std::string items;
        for (auto& m : n.attrs["operators"]) items += (items.empty() ? "" : ", ") + opclass_operator_sql(m);
        for (auto& m : n.attrs["functions"]) items += (items.empty() ? "" : ", ") + opclass_function_sql(m);
        if (!items.empty()) steps.push_back(step("ALTER OPERATOR FAMILY " + n.sql_name + " ADD " + items + ";"));
        return steps;
    };
    r.drop = [](const Node& n, const Context&) {
        return std::vector<Step>{step("DROP OPERATOR FAMILY " + n.sql_name + ";")};
    };
    // Members are matched by (number, operand types); a changed one is
    // dropped and added again.
    r.alter = [](const Node& a, const Node& b, const Context&, Change& out) {
        std::string dropped, added;
        for (auto [section, what] : {std::pair{"operators", "OPERATOR"}, std::pair{"functions", "FUNCTION"}}) {
            std::map<std::string, nlohmann::json> before, after;
            for (auto& m : a.attrs[section]) before[opfamily_member_id(what, m)] = m;
            for (auto& m : b.attrs[section]) after[opfamily_member_id(what, m)] = m;
            for (auto& [id, m] : before) {
                auto it = after.find(id);
                if (it == after.end() || it->second != m) dropped += (dropped.empty() ? "" : ", ") + id;
            }
            for (auto& [id, m] : after) {
                auto it = before.find(id);
                if (it == before.end() || it->second != m)
                    added += (added.empty() ? "" : ", ") +
                             (section[0] == 'o' ? opclass_operator_sql(m) : opclass_function_sql(m));
            }
        }
        if (!dropped.empty())
            out.create_steps.push_back(
                step("ALTER OPERATOR FAMILY " + b.sql_name + " DROP " + dropped + ";", "members removed or changed"));
        if (!added.empty())
            out.create_steps.push_back(
                step("ALTER OPERATOR FAMILY " + b.sql_name + " ADD " + added + ";", "members added or changed"));
        return true;
    };
    return r;
}

inline KindRules operator_class_rules() {
    KindRules r;
    r.rank = 6;
    r.lock = lock::none;
    r.create = [](const Node& n, const Context&) {
        const auto& a = n.attrs;
        std::string type = json_text(a["type"]), items;
        for (auto& m : a["operators"]) items += (items.empty() ? "" : ", ") + opclass_operator_sql(m);
        for (auto& m : a["functions"]) items += (items.empty() ? "" : ", ") + opclass_function_sql(m, type);
        if (a["storage"].is_string() || items.empty())
            items += (items.empty() ? "" : ", ") + std::string("STORAGE ") +
                     (a["storage"].is_string() ? json_text(a["storage"]) : type);
        return std::vector<Step>{step("CREATE OPERATOR CLASS " + quote_qualified(n.ref.schema, json_text(a["name"])) +
                                      (a["default"] == true ? " DEFAULT" : "") + " FOR TYPE " + type + " USING " +
                                      quote_ident(json_text(a["method"])) + " FAMILY " + qualified_name_sql(a["family"]) +
                                      " AS " + items + ";")};
    };
    r.drop = [](const Node& n, const Context&) {
        return std::vector<Step>{step("DROP OPERATOR CLASS " + n.sql_name + ";")};
    };
    r.alter = [](const Node&, const Node&, const Context&, Change& out) {
        out.why = "type, family, DEFAULT, STORAGE or members changed (no ALTER OPERATOR CLASS for them)";
        return false;
    };
    return r;
}

}  // namespace pgdiff::kinds
