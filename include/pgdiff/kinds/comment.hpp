// COMMENT ON any object pgdiff models: a child node of the object it
// describes, so it goes away with it and comes back when it is recreated.
#pragma once
#include "pgdiff/kinds/table.hpp"

namespace pgdiff::kinds {

inline KindRules comment_rules() {
    KindRules r;
    r.rank = 17;
    r.lock = lock::share_update_exclusive;  // COMMENT ON takes SHARE UPDATE EXCLUSIVE
    r.create = [](const Node& n, const Context&) {
        return std::vector<Step>{
            step("COMMENT ON " + n.sql_name + " IS " + quote_literal(json_text(n.attrs["text"])) + ";")};
    };
    r.drop = [](const Node& n, const Context&) {
        return std::vector<Step>{step("COMMENT ON " + n.sql_name + " IS NULL;")};
    };
    r.alter = [](const Node&, const Node& b, const Context&, Change& out) {
        out.create_steps.push_back(
            step("COMMENT ON " + b.sql_name + " IS " + quote_literal(json_text(b.attrs["text"])) + ";", "comment changed"));
        return true;
    };
    return r;
}

}  // namespace pgdiff::kinds
