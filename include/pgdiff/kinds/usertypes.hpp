// Domains (with their CHECK constraints), composite types, range types and
// aggregates.
#pragma once
#include <algorithm>
#include "pgdiff/kinds/table.hpp"

namespace pgdiff::kinds {

// A table column (in `cat`) that stores a value of `type` (or of a type
// built on it: its array, a domain, composite or range over it), if any.
// Columns of typed tables do not count: PostgreSQL ignores them here.
inline const Node* type_stored_in_column(const Node& type, const Catalog& cat, int depth) {
    if (depth > 16) return nullptr;
    for (auto& [key, n] : cat.nodes) {
        if (!n.depends_on(type.key) || n.parent == type.key) continue;
        if (n.kind == "column") {
            if (typed_by(n).empty()) return &n;
        } else if (n.kind == "domain" || n.kind == "composite_type" || n.kind == "range_type") {
            if (const Node* c = type_stored_in_column(n, cat, depth + 1)) return c;
        }
    }
    return nullptr;
}

// A column (in `cat`) that makes PostgreSQL refuse to check a new domain
// constraint (ADD / VALIDATE CONSTRAINT, SET NOT NULL) on `domain`
// ("cannot alter type because column uses it", get_rels_with_domain): a
// column storing the domain (or a domain over it) inside a container, i.e.
// an array of it, a composite type or range over it stored in a column, or
// a table whose row type is itself stored in a column.
inline const Node* array_column_of_domain(const Node& domain, const Catalog& cat, int depth) {
    if (depth > 16) return nullptr;
    for (auto& [key, n] : cat.nodes) {
        if (!n.depends_on(domain.key)) continue;
        if (n.kind == "column") {
            const std::string& type = n.attrs["type"].is_string() ? n.attrs["type"].get_ref<const std::string&>() : key;
            if (type.size() > 2 && type.compare(type.size() - 2, 2, "[]") == 0) return &n;
            if (const Node* table = cat.find(n.parent))
                if (const Node* c = type_stored_in_column(*table, cat, depth + 1)) return c;
        } else if (n.kind == "domain") {
            if (const Node* c = array_column_of_domain(n, cat, depth + 1)) return c;
        } else if (n.kind == "composite_type" || n.kind == "range_type") {
            if (const Node* c = type_stored_in_column(n, cat, depth + 1)) return c;
        }
    }
    return nullptr;
}

inline KindRules domain_rules() {
    KindRules r;
    r.rank = 3;
    r.create = [](const Node& n, const Context&) {
        const auto& a = n.attrs;
        std::string sql = "CREATE DOMAIN " + n.sql_name + " AS " + json_text(a["base_type"]);
        if (a["collation"].is_array()) sql += " COLLATE " + qualified_name_sql(a["collation"]);
        if (a["default"].is_string()) sql += " DEFAULT " + json_text(a["default"]);
        if (a["not_null"] == true) sql += " NOT NULL";
        return std::vector<Step>{step(sql + ";")};
    };
    r.drop = [](const Node& n, const Context&) {
        return std::vector<Step>{step("DROP DOMAIN " + n.sql_name + ";")};
    };
    r.alter = [](const Node& a, const Node& b, const Context& ctx, Change& out) {
        const auto &x = a.attrs, &y = b.attrs;
        if (x["base_type"] != y["base_type"] || x["collation"] != y["collation"]) {
            out.why = "base type or collation changed";
            return false;
        }
        // ALTER DOMAIN ADD / VALIDATE CONSTRAINT and SET NOT NULL refuse a
        // domain (or a domain over it) stored inside an array, composite or
        // range column ("cannot alter type because column uses it"): the
        // domain is rebuilt, the columns parked.
        const bool sets_not_null = y["not_null"] == true && x["not_null"] != true;
        const bool new_checks = x.value("validated_checks", nlohmann::json()) != y.value("validated_checks", nlohmann::json());
        if (const Node* user = sets_not_null || new_checks ? array_column_of_domain(a, ctx.from, 0) : nullptr) {
            if (sets_not_null) {
                out.why = "NOT NULL is set while column " + user->ref.name +
                          " stores the domain inside an array, composite or range, which ALTER DOMAIN refuses";
                return false;
            }
            for (auto& c : y.value("validated_checks", nlohmann::json::array())) {
                bool had = false;
                for (auto& o : x.value("validated_checks", nlohmann::json::array())) had = had || o == c;
                if (had) continue;
                out.why = "a CHECK is validated while column " + user->ref.name +
                          " stores the domain inside an array, composite or range, which ALTER DOMAIN refuses";
                return false;
            }
        }
        std::string d = "ALTER DOMAIN " + b.sql_name;
        if (x["default"] != y["default"])
            out.create_steps.push_back(step(d + (y["default"].is_string() ? " SET DEFAULT " + json_text(y["default"]) : " DROP DEFAULT") + ";"));
        if (x["not_null"] != y["not_null"])
            out.create_steps.push_back(step(d + (y["not_null"] == true ? " SET NOT NULL;" : " DROP NOT NULL;")));
        return true;
    };
    return r;
}

inline KindRules domain_constraint_rules() {
    KindRules r;
    r.rank = 4;
    r.create = [](const Node& n, const Context&) {
        return std::vector<Step>{step("ALTER DOMAIN " + n.sql_table + " ADD CONSTRAINT " + n.sql_name + " " +
                                      json_text(n.attrs["definition"]) +
                                      (n.attrs["validated"] == false ? " NOT VALID" : "") + ";")};
    };
    r.drop = [](const Node& n, const Context&) {
        return std::vector<Step>{step("ALTER DOMAIN " + n.sql_table + " DROP CONSTRAINT " + n.sql_name + ";")};
    };
    r.alter = [](const Node& a, const Node& b, const Context&, Change& out) {
        if (a.attrs["definition"] == b.attrs["definition"] && b.attrs["validated"] == true) {
            out.create_steps.push_back(step("ALTER DOMAIN " + b.sql_table + " VALIDATE CONSTRAINT " + b.sql_name + ";"));
            return true;
        }
        out.why = "definition changed";
        return false;
    };
    return r;
}

inline std::string composite_attribute_sql(const nlohmann::json& attr) {
    std::string sql = quote_ident(json_text(attr[0])) + " " + json_text(attr[1]);
    if (attr[2].is_array()) sql += " COLLATE " + qualified_name_sql(attr[2]);
    return sql;
}

inline KindRules composite_type_rules() {
    KindRules r;
    r.rank = 3;
    r.create = [](const Node& n, const Context&) {
        std::string body;
        for (auto& attr : n.attrs["attributes"]) body += (body.empty() ? "\n    " : ",\n    ") + composite_attribute_sql(attr);
        return std::vector<Step>{step("CREATE TYPE " + n.sql_name + " AS (" + body + (body.empty() ? ");" : "\n);"))};
    };
    r.drop = [](const Node& n, const Context&) {
        return std::vector<Step>{step("DROP TYPE " + n.sql_name + ";")};
    };
    // Attributes dropped, retyped in place or appended: ALTER TYPE; any
    // other reordering needs the type rebuilt.
    r.alter = [](const Node& a, const Node& b, const Context& ctx, Change& out) {
        const auto &before = a.attrs["attributes"], &after = b.attrs["attributes"];
        auto find = [](const nlohmann::json& list, const nlohmann::json& name) -> const nlohmann::json* {
            for (auto& x : list)
                if (x[0] == name) return &x;
            return nullptr;
        };
        std::vector<std::string> actions;
        size_t kept = 0;
        for (auto& x : before) {
            const nlohmann::json* y = find(after, x[0]);
            if (!y) {
                actions.push_back("DROP ATTRIBUTE " + quote_ident(json_text(x[0])));
                continue;
            }
            if (after[kept][0] != x[0]) {
                out.why = "attribute order changed";
                return false;
            }
            ++kept;
            if ((*y)[1] != x[1] || (*y)[2] != x[2]) {
                // PostgreSQL refuses ALTER ATTRIBUTE ... TYPE while a table
                // column stores the type, also inside an array, a domain or
                // another composite (find_composite_type_dependencies):
                // rebuild it (the columns are parked).
                if (const Node* user = type_stored_in_column(a, ctx.from, 0)) {
                    out.why = "attribute " + json_text(x[0]) + " retyped while column " + user->ref.name +
                              " stores the type: the type is rebuilt";
                    return false;
                }
                actions.push_back("ALTER ATTRIBUTE " + quote_ident(json_text(x[0])) + " TYPE " + json_text((*y)[1]) +
                                  ((*y)[2].is_array() ? " COLLATE " + qualified_name_sql((*y)[2]) : ""));
            }
        }
        for (size_t i = kept; i < after.size(); ++i)
            if (!find(before, after[i][0])) actions.push_back("ADD ATTRIBUTE " + composite_attribute_sql(after[i]));
        std::string sql;
        for (auto& act : actions) sql += (sql.empty() ? " " : ", ") + act;
        if (sql.empty()) return true;
        // Attributes dropped or retyped: PostgreSQL refuses that while a view
        // or a SQL-standard body reads them; those are rebuilt around it.
        for (auto& act : actions)
            if (act.rfind("ADD ATTRIBUTE ", 0) != 0) out.rebuild_readers = true;
        // Typed tables of the type follow it (CASCADE): their columns are
        // dropped, retyped or added with the attributes.
        std::vector<const Node*> typed;
        for (auto& [key, n] : ctx.from.nodes)
            if (n.kind == "typed_table" && n.depends_on(a.key))
                typed.push_back(&n);
        if (typed.empty()) {
            out.create_steps.push_back(step("ALTER TYPE " + b.sql_name + sql + ";", "attributes changed"));
            return true;
        }
        sql.clear();
        for (auto& act : actions) sql += (sql.empty() ? " " : ", ") + act + " CASCADE";
        Step s = step("ALTER TYPE " + b.sql_name + sql + ";", "attributes changed (its typed tables follow)");
        for (const Node* t : typed) {
            ObjectRef table{"table", t->ref.schema, t->ref.name};
            auto add = [&](const char* kind, std::string detail) {
                s.hazards.push_back(Hazard{kind, std::move(detail), table, -1, -1});
            };
            for (auto& x : before) {
                const nlohmann::json* y = find(after, x[0]);
                std::string col = "column " + json_text(x[0]) + " of typed table " + t->ref.name;
                if (!y) {
                    s.unsafe = true;
                    add(hazard::data_loss, "drops " + col + " and its values");
                } else if ((*y)[1] != x[1] || (*y)[2] != x[2]) {
                    add(hazard::table_rewrite, col + " is retyped: every row is rewritten");
                    if ((*y)[1] != x[1] && !is_widening(json_text(x[1]), json_text((*y)[1]))) {
                        s.unsafe = true;
                        add(hazard::data_loss, "values of " + col + " may not convert to " + json_text((*y)[1]));
                    }
                }
            }
            add(hazard::access_exclusive_lock, "blocks all reads and writes of " + t->ref.name + " while it runs");
        }
        out.create_steps.push_back(s);
        return true;
    };
    return r;
}

inline KindRules range_type_rules() {
    KindRules r;
    r.rank = 3;
    r.create = [](const Node& n, const Context&) {
        const auto& a = n.attrs;
        std::string sql = "CREATE TYPE " + n.sql_name + " AS RANGE (SUBTYPE = " + json_text(a["subtype"]);
        if (a["opclass"].is_array()) sql += ", SUBTYPE_OPCLASS = " + qualified_name_sql(a["opclass"]);
        if (a["collation"].is_array()) sql += ", COLLATION = " + qualified_name_sql(a["collation"]);
        if (a["canonical"].is_string()) sql += ", CANONICAL = " + json_text(a["canonical"]);
        if (a["subdiff"].is_string()) sql += ", SUBTYPE_DIFF = " + json_text(a["subdiff"]);
        if (a["multirange"].is_array() && a["multirange"][1].is_string())
            sql += ", MULTIRANGE_TYPE_NAME = " + qualified_name_sql(a["multirange"]);
        return std::vector<Step>{step(sql + ");")};
    };
    r.drop = [](const Node& n, const Context&) {
        return std::vector<Step>{step("DROP TYPE " + n.sql_name + ";")};
    };
    r.alter = [](const Node&, const Node&, const Context&, Change& out) {
        out.why = "range definition changed";
        return false;
    };
    return r;
}

inline std::string aggregate_create_sql(const Node& n) {
    const auto& a = n.attrs;
    std::string body = "SFUNC = " + json_text(a["sfunc"]) + ", STYPE = " + json_text(a["stype"]);
    auto text = [&](const char* option, const char* field) {
        if (a[field].is_string()) body += std::string(", ") + option + " = " + json_text(a[field]);
    };
    auto literal = [&](const char* option, const char* field) {
        if (a[field].is_string()) body += std::string(", ") + option + " = " + quote_literal(json_text(a[field]));
    };
    if (a["sspace"].is_number() && a["sspace"] != 0) body += ", SSPACE = " + a["sspace"].dump();
    text("FINALFUNC", "finalfunc");
    if (a["finalfunc_extra"] == true) body += ", FINALFUNC_EXTRA";
    auto modify = [](const nlohmann::json& m) {
        return m == "s" ? std::string("SHAREABLE") : m == "w" ? std::string("READ_WRITE") : std::string("READ_ONLY");
    };
    bool ordered = a["kind"] != "n";
    // READ_ONLY is the default for normal aggregates, READ_WRITE for ordered-set ones.
    if (a["finalfunc"].is_string() && a["finalfunc_modify"] != (ordered ? "w" : "r"))
        body += ", FINALFUNC_MODIFY = " + modify(a["finalfunc_modify"]);
    text("COMBINEFUNC", "combinefunc");
    text("SERIALFUNC", "serialfunc");
    text("DESERIALFUNC", "deserialfunc");
    literal("INITCOND", "initcond");
    text("MSFUNC", "msfunc");
    text("MINVFUNC", "minvfunc");
    text("MSTYPE", "mstype");
    if (a["msspace"].is_number() && a["msspace"] != 0) body += ", MSSPACE = " + a["msspace"].dump();
    text("MFINALFUNC", "mfinalfunc");
    if (a["mfinalfunc_extra"] == true) body += ", MFINALFUNC_EXTRA";
    if (a["mfinalfunc"].is_string() && a["mfinalfunc_modify"] != "r")
        body += ", MFINALFUNC_MODIFY = " + modify(a["mfinalfunc_modify"]);
    literal("MINITCOND", "minitcond");
    if (a["sortop"].is_string()) {
        std::string op = json_text(a["sortop"]);
        body += ", SORTOP = OPERATOR(" + op.substr(0, op.find('(')) + ")";
    }
    if (a["parallel"] == "s") body += ", PARALLEL = SAFE";
    if (a["parallel"] == "r") body += ", PARALLEL = RESTRICTED";
    if (a["kind"] == "h") body += ", HYPOTHETICAL";
    std::string name = n.sql_name.substr(0, n.sql_name.find('('));
    return "CREATE AGGREGATE " + name + "(" + json_text(a["arguments"]) + ") (" + body + ");";
}

inline KindRules aggregate_rules() {
    KindRules r;
    r.rank = 5;
    r.create = [](const Node& n, const Context&) { return std::vector<Step>{step(aggregate_create_sql(n))}; };
    r.drop = [](const Node& n, const Context&) {
        return std::vector<Step>{step("DROP AGGREGATE " + n.sql_name + ";")};
    };
    r.alter = [](const Node&, const Node&, const Context&, Change& out) {
        out.why = "aggregate definition changed";
        return false;
    };
    return r;
}

}  // namespace pgdiff::kinds
