// User-defined casts (CREATE CAST). A changed cast is dropped and created
// again (there is no ALTER CAST).
#pragma once
#include "pgdiff/kinds/table.hpp"

namespace pgdiff::kinds {

inline KindRules cast_rules() {
    KindRules r;
    r.rank = 5;  // with the functions it calls (its dependencies order it)
    r.lock = lock::none;
    r.create = [](const Node& n, const Context&) {
        std::string method = json_text(n.attrs["method"]), context = json_text(n.attrs["context"]);
        std::string sql = "CREATE CAST " + n.sql_name;
        if (method == "f") sql += " WITH FUNCTION " + json_text(n.attrs["function"]);
        else if (method == "i") sql += " WITH INOUT";
        else sql += " WITHOUT FUNCTION";
        if (context == "a") sql += " AS ASSIGNMENT";
        else if (context == "i") sql += " AS IMPLICIT";
        return std::vector<Step>{step(sql + ";")};
    };
    r.drop = [](const Node& n, const Context&) {
        return std::vector<Step>{step("DROP CAST " + n.sql_name + ";")};
    };
    r.alter = [](const Node&, const Node&, const Context&, Change& out) {
        out.why = "function, method or context changed";
        return false;
    };
    return r;
}

}  // namespace pgdiff::kinds
