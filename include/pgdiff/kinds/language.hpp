// Procedural languages made with CREATE LANGUAGE (an extension's, such as
// plpgsql, are never diffed one by one). CREATE OR REPLACE LANGUAGE changes
// TRUSTED and the handler, inline handler and validator in place, keeping
// the functions written in the language, its owner and its privileges.
#pragma once
#include "pgdiff/kinds/table.hpp"

namespace pgdiff::kinds {

inline std::string language_create_sql(const Node& n, bool replace) {
    const auto& a = n.attrs;
    std::string sql = std::string("CREATE ") + (replace ? "OR REPLACE " : "") + (a["trusted"] == true ? "TRUSTED " : "") +
                      "LANGUAGE " + n.sql_name + " HANDLER " + qualified_name_sql(a["handler"]);
    if (a["inline"].is_array()) sql += " INLINE " + qualified_name_sql(a["inline"]);
    if (a["validator"].is_array()) sql += " VALIDATOR " + qualified_name_sql(a["validator"]);
    return sql + ";";
}

inline KindRules language_rules() {
    KindRules r;
    r.rank = 4;  // before the functions written in it (its dependencies order it)
    r.lock = lock::none;
    r.create = [](const Node& n, const Context&) { return std::vector<Step>{step(language_create_sql(n, false))}; };
    r.drop = [](const Node& n, const Context&) {
        return std::vector<Step>{step("DROP LANGUAGE " + n.sql_name + ";")};
    };
    r.alter = [](const Node&, const Node& b, const Context&, Change& out) {
        out.create_steps.push_back(step(language_create_sql(b, true), "TRUSTED, handler, inline handler or validator changed"));
        return true;
    };
    return r;
}

}  // namespace pgdiff::kinds
