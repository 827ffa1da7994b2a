// Publications (CREATE PUBLICATION) and, as their children, the tables
// (with column list and row filter) and schemas they list. A publication is
// created bare and its members added with ALTER PUBLICATION, each after
// its table or schema exists; a member goes before its table is dropped
// (or with it: PostgreSQL removes the membership of a dropped table).
#pragma once
#include "pgdiff/kinds/table.hpp"

namespace pgdiff::kinds {

inline const char* all_publish_actions() { return "insert, update, delete, truncate"; }

// The WITH (...) options of a publication that differ from `base` (the
// defaults for CREATE, the old publication for ALTER ... SET).
inline std::string publication_options_sql(const nlohmann::json& a, const nlohmann::json* base) {
    std::string sql;
    auto add = [&](const std::string& o) { sql += (sql.empty() ? "" : ", ") + o; };
    std::string publish = json_text(a["publish"]);
    if (base ? (*base)["publish"] != a["publish"] : publish != all_publish_actions())
        add("publish = " + quote_literal(publish));
    if (base ? (*base)["via_root"] != a["via_root"] : a["via_root"] == true)
        add(std::string("publish_via_partition_root = ") + (a["via_root"] == true ? "true" : "false"));
    // PostgreSQL 18: 's' (stored) or 'n' (none, the default).
    std::string gen = json_text(a["generated_columns"]);
    if (base ? (*base)["generated_columns"] != a["generated_columns"] && !gen.empty() : gen == "s")
        add(std::string("publish_generated_columns = ") + (gen == "s" ? "stored" : "none"));
    return sql;
}

inline KindRules publication_rules() {
    KindRules r;
    r.rank = 16;
    r.lock = lock::none;
    r.create = [](const Node& n, const Context&) {
        std::string sql = "CREATE PUBLICATION " + n.sql_name;
        if (n.attrs["all_tables"] == true) sql += " FOR ALL TABLES";
        std::string options = publication_options_sql(n.attrs, nullptr);
        if (!options.empty()) sql += " WITH (" + options + ")";
        return std::vector<Step>{step(sql + ";")};
    };
    r.drop = [](const Node& n, const Context&) {
        // No data is lost here, but subscriptions to it stop receiving changes.
        return std::vector<Step>{step("DROP PUBLICATION " + n.sql_name + ";",
                                      "subscriptions to this publication stop receiving changes")};
    };
    r.alter = [](const Node& a, const Node& b, const Context&, Change& out) {
        if (a.attrs["all_tables"] != b.attrs["all_tables"]) {
            out.why = "FOR ALL TABLES changed";
            return false;
        }
        std::string options = publication_options_sql(b.attrs, &a.attrs);
        if (!options.empty())
            out.create_steps.push_back(step("ALTER PUBLICATION " + b.sql_name + " SET (" + options + ");",
                                            "publish options changed"));
        return true;
    };
    return r;
}

// ALTER PUBLICATION ADD/DROP TABLE ONLY: PostgreSQL lists each table of an
// inheritance tree on its own, so ONLY keeps the lists equal.
inline KindRules publication_table_rules() {
    KindRules r;
    r.rank = 16;
    r.lock = lock::share_update_exclusive;  // on the table (OpenTableList)
    r.create = [](const Node& n, const Context&) {
        std::string sql = "ALTER PUBLICATION " + n.sql_table + " ADD TABLE ONLY " + n.sql_name;
        if (n.attrs["columns"].is_array()) {
            std::string cols;
            for (auto& c : n.attrs["columns"]) cols += (cols.empty() ? "" : ", ") + quote_ident(json_text(c));
            sql += " (" + cols + ")";
        }
        if (n.attrs["where"].is_string()) sql += " WHERE (" + json_text(n.attrs["where"]) + ")";
        return std::vector<Step>{step(sql + ";")};
    };
    r.drop = [](const Node& n, const Context&) {
        return std::vector<Step>{step("ALTER PUBLICATION " + n.sql_table + " DROP TABLE ONLY " + n.sql_name + ";",
                                      "subscriptions stop receiving this table's changes")};
    };
    r.alter = [](const Node&, const Node&, const Context&, Change& out) {
        out.why = "column list or row filter changed";
        return false;
    };
    return r;
}

inline KindRules publication_schema_rules() {
    KindRules r;
    r.rank = 16;
    r.lock = lock::none;
    r.create = [](const Node& n, const Context&) {
        return std::vector<Step>{step("ALTER PUBLICATION " + n.sql_table + " ADD TABLES IN SCHEMA " + n.sql_name + ";")};
    };
    r.drop = [](const Node& n, const Context&) {
        return std::vector<Step>{step("ALTER PUBLICATION " + n.sql_table + " DROP TABLES IN SCHEMA " + n.sql_name + ";",
                                      "subscriptions stop receiving changes of this schema's tables")};
    };
    r.alter = [](const Node&, const Node&, const Context&, Change&) { return true; };
    return r;
}

}  // namespace pgdiff::kinds
