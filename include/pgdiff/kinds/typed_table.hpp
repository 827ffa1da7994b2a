// A typed table's OF type (CREATE TABLE ... OF type). A new typed table is
// created with OF by its table rule; this node links an existing table to a
// type (ALTER TABLE ... OF, once its columns match the type's attributes:
// it comes after every column of the table) or unlinks it (NOT OF, before
// its columns change).
#pragma once
#include "pgdiff/kinds/table.hpp"

namespace pgdiff::kinds {

inline KindRules typed_table_rules() {
    KindRules r;
    r.rank = 9;
    r.inline_in_parent = true;  // CREATE TABLE ... OF type
    r.create = [](const Node& n, const Context&) {
        return std::vector<Step>{step("ALTER TABLE " + n.sql_name + " OF " + json_text(n.attrs["type"]) + ";",
                                      "now a typed table")};
    };
    r.drop = [](const Node& n, const Context&) {
        return std::vector<Step>{step("ALTER TABLE " + n.sql_name + " NOT OF;", "no longer a typed table")};
    };
    r.alter = [](const Node&, const Node&, const Context&, Change& out) {
        out.why = "typed by another type";
        return false;
    };
    // Its columns change with the type (ALTER TYPE ... CASCADE) while the
    // table stays typed.
    r.on_dependency_rebuilt = [](const Node&, const Node&, const Node& dep, const Change&, const Context&, Change&) {
        return dep.kind == "column" ? Reaction::Ignore : Reaction::Replace;
    };
    return r;
}

}  // namespace pgdiff::kinds
