// REPLICA IDENTITY of a table when it is not DEFAULT: FULL, NOTHING or USING
// INDEX. Its own node (a child of the table) so that USING INDEX comes after
// the index exists and goes before it is dropped.
#pragma once
#include "pgdiff/kinds/table.hpp"

namespace pgdiff::kinds {

inline std::string replica_identity_sql(const Node& n) {
    const auto& a = n.attrs;
    std::string mode = a["mode"] == "f"   ? "FULL"
                       : a["mode"] == "n" ? "NOTHING"
                                          : "USING INDEX " + quote_ident(json_text(a["index"]));
    return "ALTER TABLE " + n.sql_name + " REPLICA IDENTITY " + mode + ";";
}

inline KindRules replica_identity_rules() {
    KindRules r;
    r.rank = 12;
    r.create = [](const Node& n, const Context&) { return std::vector<Step>{step(replica_identity_sql(n))}; };
    r.drop = [](const Node& n, const Context&) {
        return std::vector<Step>{step("ALTER TABLE " + n.sql_name + " REPLICA IDENTITY DEFAULT;")};
    };
    r.alter = [](const Node&, const Node& b, const Context&, Change& out) {
        out.create_steps.push_back(step(replica_identity_sql(b), "replica identity changed"));
        return true;
    };
    return r;
}

}  // namespace pgdiff::kinds
