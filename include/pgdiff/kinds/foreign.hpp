// Foreign-data wrappers, foreign servers, user mappings and foreign tables
// (SQL/MED). None of them holds local rows: dropping one loses no data, it
// only cuts the database off from the remote data until it is created again.
#pragma once
#include <algorithm>
#include "pgdiff/kinds/table.hpp"

namespace pgdiff::kinds {

inline KindRules foreign_data_wrapper_rules() {
    KindRules r;
    r.rank = 2;
    r.lock = lock::none;
    r.create = [](const Node& n, const Context&) {
        const auto& a = n.attrs;
        std::string sql = "CREATE FOREIGN DATA WRAPPER " + n.sql_name;
        if (a["handler"].is_string()) sql += " HANDLER " + json_text(a["handler"]);
        if (a["validator"].is_string()) sql += " VALIDATOR " + json_text(a["validator"]);
        if (std::string o = generic_options_sql(a["options"]); !o.empty()) sql += " " + o;
        return std::vector<Step>{step(sql + ";")};
    };
    r.drop = [](const Node& n, const Context&) {
        return std::vector<Step>{step("DROP FOREIGN DATA WRAPPER " + n.sql_name + ";",
                                      "no longer in the target (its servers are dropped before it)")};
    };
    r.alter = [](const Node& a, const Node& b, const Context&, Change& out) {
        const auto &x = a.attrs, &y = b.attrs;
        std::string sql;
        if (x["handler"] != y["handler"])
            sql += y["handler"].is_string() ? " HANDLER " + json_text(y["handler"]) : " NO HANDLER";
        if (x["validator"] != y["validator"])
            sql += y["validator"].is_string() ? " VALIDATOR " + json_text(y["validator"]) : " NO VALIDATOR";
        if (std::string o = generic_options_change(x["options"], y["options"]); !o.empty()) sql += " " + o;
        out.create_steps.push_back(step("ALTER FOREIGN DATA WRAPPER " + b.sql_name + sql + ";",
                                        "handler, validator or options changed"));
        return true;
    };
    return r;
}

inline KindRules foreign_server_rules() {
    KindRules r;
    r.rank = 3;
    r.lock = lock::none;
    r.create = [](const Node& n, const Context&) {
        const auto& a = n.attrs;
        std::string sql = "CREATE SERVER " + n.sql_name;
        if (a["type"].is_string()) sql += " TYPE " + quote_literal(json_text(a["type"]));
        if (a["version"].is_string()) sql += " VERSION " + quote_literal(json_text(a["version"]));
        sql += " FOREIGN DATA WRAPPER " + quote_ident(json_text(a["wrapper"]));
        if (std::string o = generic_options_sql(a["options"]); !o.empty()) sql += " " + o;
        return std::vector<Step>{step(sql + ";")};
    };
    // Its user mappings and foreign tables are dropped before it (they
    // depend on it), so no CASCADE is needed or written.
    r.drop = [](const Node& n, const Context&) {
        return std::vector<Step>{step("DROP SERVER " + n.sql_name + ";",
                                      "no longer in the target (its user mappings and foreign tables are dropped before it)")};
    };
    r.alter = [](const Node& a, const Node& b, const Context&, Change& out) {
        const auto &x = a.attrs, &y = b.attrs;
        // ALTER SERVER changes neither the wrapper nor the type.
        if (x["wrapper"] != y["wrapper"] || x["type"] != y["type"]) {
            out.why = "wrapper or type changed (ALTER SERVER cannot change them): dropped and created again, "
                      "with its user mappings and foreign tables";
            return false;
        }
        std::string sql;
        if (x["version"] != y["version"])
            sql += " VERSION " + (y["version"].is_string() ? quote_literal(json_text(y["version"])) : std::string("NULL"));
        if (std::string o = generic_options_change(x["options"], y["options"]); !o.empty()) sql += " " + o;
        out.create_steps.push_back(step("ALTER SERVER " + b.sql_name + sql + ";", "version or options changed"));
        return true;
    };
    return r;
}

// The SQL carries the options (a password among them, often); the plan's
// "why" and its changes name only the options' names (the "option_names"
// attribute: every step realises only that one).
inline KindRules user_mapping_rules() {
    KindRules r;
    r.rank = 4;
    r.lock = lock::none;
    r.create = [](const Node& n, const Context&) {
        std::string sql = "CREATE USER MAPPING " + n.sql_name;
        if (std::string o = generic_options_sql(n.attrs["options"]); !o.empty()) sql += " " + o;
        return std::vector<Step>{step(sql + ";").realises("option_names")};
    };
    r.drop = [](const Node& n, const Context&) {
        return std::vector<Step>{step("DROP USER MAPPING " + n.sql_name + ";").realises("option_names")};
    };
    r.alter = [](const Node& a, const Node& b, const Context&, Change& out) {
        std::string o = generic_options_change(a.attrs["options"], b.attrs["options"]);
        out.create_steps.push_back(step("ALTER USER MAPPING " + b.sql_name + " " + o + ";",
                                        "options changed (values not shown)")
                                       .realises("option_names"));
        return true;
    };
    return r;
}

// CREATE FOREIGN TABLE with its columns (their options, defaults, NOT NULL),
// INHERITS or PARTITION OF, SERVER and OPTIONS.
inline std::vector<Step> foreign_table_create_steps(const Node& n, const Context& ctx) {
    const auto& a = n.attrs;
    std::vector<const Node*> cols = children_of_kind(n, ctx.to, "column");
    std::sort(cols.begin(), cols.end(), [](const Node* x, const Node* y) {
        return x->attrs["num"].get<int64_t>() < y->attrs["num"].get<int64_t>();
    });
    std::vector<Step> extra;
    std::string body;
    for (const Node* c : cols) {
        for (auto& st : column_settings_steps(n.sql_name, *c, nullptr)) extra.push_back(st);
        if (c->attrs["local"] == false) {
            if (const Node* d = default_of(*c, ctx.to))
                extra.push_back(step("ALTER FOREIGN TABLE " + n.sql_name + " ALTER COLUMN " + c->sql_name +
                                     " SET DEFAULT " + json_text(d->attrs["expression"]) + ";"));
            if (c->attrs["fdw_options"].is_array())
                extra.push_back(step("ALTER FOREIGN TABLE " + n.sql_name + " ALTER COLUMN " + c->sql_name + " " +
                                     generic_options_change(nullptr, c->attrs["fdw_options"]) + ";"));
            continue;
        }
        body += (body.empty() ? "\n    " : ",\n    ") + column_definition_sql(*c, ctx.to);
    }
    std::string sql = "CREATE FOREIGN TABLE " + n.sql_name;
    sql += columns_and_parents_sql(a, body);
    sql += "\n    SERVER " + quote_ident(json_text(a["server"]));
    if (std::string o = generic_options_sql(a["options"]); !o.empty()) sql += " " + o;
    std::vector<Step> steps{step(sql + ";")};
    steps.insert(steps.end(), extra.begin(), extra.end());
    return steps;
}

inline KindRules foreign_table_rules() {
    KindRules r;
    r.rank = 6;
    r.create = foreign_table_create_steps;
    r.drop = [](const Node& n, const Context&) {
        return std::vector<Step>{step("DROP FOREIGN TABLE " + n.sql_name + ";",
                                      "drops the foreign table's definition; the remote data is not touched")};
    };
    r.alter = [](const Node& a, const Node& b, const Context& ctx, Change& out) {
        const auto &x = a.attrs, &y = b.attrs;
        // No ALTER moves a foreign table to another server; a foreign table
        // holds no rows, so being dropped and created again loses nothing.
        if (x["server"] != y["server"]) {
            out.why = "server changed (no ALTER for it; nothing local is lost)";
            return false;
        }
        if (x["partition_bound"] != y["partition_bound"] || x["parents"] != y["parents"]) {
            out.why = "parents or partition bound changed (nothing local is lost)";
            return false;
        }
        if (!column_order_reachable(a, b, ctx)) {
            out.why = "column order changed (nothing local is lost)";
            return false;
        }
        if (std::string o = generic_options_change(x["options"], y["options"]); !o.empty())
            out.create_steps.push_back(step("ALTER FOREIGN TABLE " + b.sql_name + " " + o + ";", "options changed")
                                           .realises("options"));
        return true;
    };
    return r;
}

}  // namespace pgdiff::kinds
