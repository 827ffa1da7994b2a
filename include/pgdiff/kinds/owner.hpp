// Ownership (ALTER ... OWNER TO), compared with --with-ownership. A new
// object belongs to whoever runs the script, so creating one also sets its
// owner; dropping an object takes its ownership along.
#pragma once
#include "pgdiff/kinds/table.hpp"

namespace pgdiff::kinds {

inline KindRules owner_rules() {
    KindRules r;
    r.rank = 18;
    r.create = [](const Node& n, const Context&) {
        return std::vector<Step>{step("ALTER " + n.sql_name + " OWNER TO " + quote_ident(json_text(n.attrs["role"])) + ";")};
    };
    r.drop = [](const Node&, const Context&) { return std::vector<Step>{}; };
    r.alter = [](const Node& a, const Node& b, const Context&, Change& out) {
        out.create_steps.push_back(step("ALTER " + b.sql_name + " OWNER TO " + quote_ident(json_text(b.attrs["role"])) + ";",
                                        "owner " + json_text(a.attrs["role"]) + " -> " + json_text(b.attrs["role"])));
        return true;
    };
    return r;
}

}  // namespace pgdiff::kinds
