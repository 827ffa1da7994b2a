// Tables and what lives inside them: columns, defaults, constraints, indexes.
#pragma once
#include <regex>
#include <set>
#include "pgdiff/plan/change.hpp"

namespace pgdiff::kinds {

inline std::string json_text(const nlohmann::json& j) { return j.is_string() ? j.get<std::string>() : std::string(); }

// " (SEQUENCE NAME ...)" after AS IDENTITY; "" when the sequence is unknown.
inline std::string identity_options_sql(const nlohmann::json& seq) {
    if (!seq.is_object()) return "";
    return " (SEQUENCE NAME " + quote_qualified(json_text(seq["schema"]), json_text(seq["name"])) +
           " START WITH " + json_text(seq["start"]) + " INCREMENT BY " + json_text(seq["increment"]) +
           " MINVALUE " + json_text(seq["min"]) + " MAXVALUE " + json_text(seq["max"]) +
           " CACHE " + json_text(seq["cache"]) + (seq["cycle"] == true ? " CYCLE)" : " NO CYCLE)");
}

inline std::string identity_kind_sql(const nlohmann::json& identity) {
    return identity == "a" ? "ALWAYS" : "BY DEFAULT";
}

inline std::string collation_sql(const nlohmann::json& coll) {
    return quote_qualified(json_text(coll[0]), json_text(coll[1]));
}

inline const Node* default_of(const Node& column, const Catalog& cat) {
    for (auto& k : cat.children_of(column.key)) {
        const Node* n = cat.find(k);
        if (n && n->kind == "default") return n;
    }
    return nullptr;
}

// "name type COLLATE ... DEFAULT ... NOT NULL ..." as in CREATE TABLE / ADD COLUMN.
inline std::string column_definition_sql(const Node& col, const Catalog& cat) {
    const auto& a = col.attrs;
    std::string sql = col.sql_name + " " + json_text(a["type"]);
    if (a["collation"].is_array()) sql += " COLLATE " + collation_sql(a["collation"]);
    if (a["generated"].is_string()) sql += " GENERATED ALWAYS AS (" + json_text(a["generated"]) + ") STORED";
    if (const Node* d = default_of(col, cat)) sql += " DEFAULT " + json_text(d->attrs["expression"]);
    if (a["not_null"] == true) sql += " NOT NULL";
    if (a["identity"].is_string())
        sql += " GENERATED " + identity_kind_sql(a["identity"]) + " AS IDENTITY" +
               identity_options_sql(a["identity_sequence"]);
    return sql;
}

inline std::vector<const Node*> children_of_kind(const Node& n, const Catalog& cat, const char* kind) {
    std::vector<const Node*> out;
    for (auto& k : cat.children_of(n.key)) {
        const Node* c = cat.find(k);
        if (c && c->kind == kind) out.push_back(c);
    }
    return out;
}

inline std::string reloptions_sql(const nlohmann::json& options) {
    std::string sql;
    for (auto& o : options) sql += (sql.empty() ? "" : ", ") + json_text(o);
    return sql;
}

// SET (...) / RESET (...) between two reloptions arrays.
inline std::vector<std::string> reloptions_changes(const nlohmann::json& before, const nlohmann::json& after) {
    auto to_map = [](const nlohmann::json& arr) {
        std::map<std::string, std::string> m;
        if (arr.is_array())
            for (auto& o : arr) {
                std::string s = json_text(o);
                auto eq = s.find('=');
                m[s.substr(0, eq)] = eq == std::string::npos ? "" : s.substr(eq + 1);
            }
        return m;
    };
    auto a = to_map(before), b = to_map(after);
    std::string set, reset;
    for (auto& [k, v] : b)
        if (!a.count(k) || a[k] != v) set += (set.empty() ? "" : ", ") + k + "=" + v;
    for (auto& [k, v] : a)
        if (!b.count(k)) reset += (reset.empty() ? "" : ", ") + k;
    std::vector<std::string> out;
    if (!reset.empty()) out.push_back("RESET (" + reset + ")");
    if (!set.empty()) out.push_back("SET (" + set + ")");
    return out;
}

// CREATE TABLE for `n` (from the TO catalog) under the SQL name `name`.
inline std::vector<Step> table_create_steps(const Node& n, const Context& ctx, const std::string& name) {
    const auto& a = n.attrs;
    std::vector<const Node*> cols = children_of_kind(n, ctx.to, "column");
    std::sort(cols.begin(), cols.end(), [](const Node* x, const Node* y) {
        return x->attrs["num"].get<int64_t>() < y->attrs["num"].get<int64_t>();
    });
    std::string sql = std::string("CREATE ") + (a["persistence"] == "u" ? "UNLOGGED " : "") + "TABLE " + name;
    std::vector<Step> extra;
    std::string body;
    for (const Node* c : cols) {
        if (c->attrs["local"] == false) {
            // Inherited column: comes with the parent; only its own default is set here.
            if (const Node* d = default_of(*c, ctx.to))
                extra.push_back(step("ALTER TABLE " + name + " ALTER COLUMN " + c->sql_name +
                                     " SET DEFAULT " + json_text(d->attrs["expression"]) + ";"));
            continue;
        }
        body += (body.empty() ? "\n    " : ",\n    ") + column_definition_sql(*c, ctx.to);
    }
    const auto& parents = a["parents"];
    if (a["partition_bound"].is_string() && parents.size() == 1) {
        sql += " PARTITION OF " + quote_qualified(json_text(parents[0][0]), json_text(parents[0][1]));
        if (!body.empty()) sql += " (" + body + "\n)";
        sql += " " + json_text(a["partition_bound"]);
    } else {
        sql += " (" + body + (body.empty() ? ")" : "\n)");
        if (!parents.empty()) {
            std::string list;
            for (auto& p : parents)
                list += (list.empty() ? "" : ", ") + quote_qualified(json_text(p[0]), json_text(p[1]));
            sql += " INHERITS (" + list + ")";
        }
    }
    if (a["partition_key"].is_string()) sql += " PARTITION BY " + json_text(a["partition_key"]);
    if (a["options"].is_array() && !a["options"].empty()) sql += " WITH (" + reloptions_sql(a["options"]) + ")";
    std::vector<Step> steps{step(sql + ";")};
    if (a["rls"] == true) steps.push_back(step("ALTER TABLE " + name + " ENABLE ROW LEVEL SECURITY;"));
    if (a["force_rls"] == true) steps.push_back(step("ALTER TABLE " + name + " FORCE ROW LEVEL SECURITY;"));
    steps.insert(steps.end(), extra.begin(), extra.end());
    return steps;
}

// Column changes ALTER TABLE cannot express: the column is dropped and added.
inline bool column_replaced(const Node& a, const Node& b) {
    const auto &x = a.attrs["generated"], &y = b.attrs["generated"];
    if (y.is_string() && x != y) return true;
    return a.attrs["local"] != b.attrs["local"];
}

inline std::vector<const Node*> local_columns(const Node& table, const Catalog& cat) {
    std::vector<const Node*> cols;
    for (const Node* c : children_of_kind(table, cat, "column"))
        if (c->attrs["local"] == true) cols.push_back(c);
    std::sort(cols.begin(), cols.end(), [](const Node* x, const Node* y) {
        return x->attrs["num"].get<int64_t>() < y->attrs["num"].get<int64_t>();
    });
    return cols;
}

// PostgreSQL only appends columns. When B orders its columns in a way that
// appending cannot reach, the table is rebuilt (new table, rows copied).
inline bool column_order_needs_rebuild(const Node& a, const Node& b, const Context& ctx) {
    auto before = local_columns(a, ctx.from), after = local_columns(b, ctx.to);
    std::vector<std::string> kept, expected, wanted;
    for (const Node* c : after) wanted.push_back(c->ref.name);
    for (const Node* c : before) {
        // A column that is dropped and added again moves to the end.
        const Node* target = ctx.to.find(c->key);
        if (target && !column_replaced(*c, *target) &&
            std::find(wanted.begin(), wanted.end(), c->ref.name) != wanted.end())
            expected.push_back(c->ref.name);
    }
    for (const std::string& w : wanted)
        if (std::find(expected.begin(), expected.end(), w) == expected.end()) kept.push_back(w);
    expected.insert(expected.end(), kept.begin(), kept.end());
    if (expected == wanted) return false;
    // Not for tables in an inheritance or partition tree, nor with existing
    // identity columns (their sequences belong to the old table; a new
    // identity column is fine).
    auto simple = [](const Node& t, const Catalog& cat, const std::vector<const Node*>& cols, bool before) {
        if (t.attrs["partitioned"] == true || !t.attrs["parents"].empty()) return false;
        for (const Node* c : cols)
            if ((before && c->attrs["identity"].is_string()) || c->attrs["inherited"] == true) return false;
        for (auto& [key, other] : cat.nodes)
            if (other.kind == "table" && other.attrs["parents"].is_array())
                for (auto& p : other.attrs["parents"])
                    if (p[0] == t.ref.schema && p[1] == t.ref.name) return false;
        return true;
    };
    return simple(a, ctx.from, before, true) && simple(b, ctx.to, after, false);
}

inline std::vector<Step> table_rebuild_steps(const Node& a, const Node& b, const Context& ctx) {
    std::string temp = quote_qualified(b.ref.schema, b.ref.name + "__pgdiff_rebuild");
    std::vector<Step> steps{step("LOCK TABLE " + a.sql_name + " IN ACCESS EXCLUSIVE MODE;",
                                 "column order changed: the table is rebuilt and its rows copied")};
    auto created = table_create_steps(b, ctx, temp);
    steps.push_back(created.front());
    std::string cols;
    auto before = local_columns(a, ctx.from);
    for (const Node* c : local_columns(b, ctx.to)) {
        if (c->attrs["generated"].is_string()) continue;
        for (const Node* old : before)
            if (old->ref.name == c->ref.name && !old->attrs["generated"].is_string())
                cols += (cols.empty() ? "" : ", ") + c->sql_name;
    }
    if (!cols.empty())
        steps.push_back(step("INSERT INTO " + temp + " (" + cols + ") SELECT " + cols + " FROM " + a.sql_name + ";",
                             "copy the rows into the rebuilt table"));
    steps.push_back(step("DROP TABLE " + a.sql_name + ";", "replaced by the rebuilt table"));
    steps.push_back(step("ALTER TABLE " + temp + " RENAME TO " + quote_ident(b.ref.name) + ";"));
    for (size_t i = 1; i < created.size(); ++i) {
        Step st = created[i];
        auto pos = st.sql.find(temp);
        if (pos != std::string::npos) st.sql.replace(pos, temp.size(), b.sql_name);
        steps.push_back(st);
    }
    return steps;
}

inline KindRules table_rules() {
    KindRules r;
    r.rank = 6;
    r.create = [](const Node& n, const Context& ctx) { return table_create_steps(n, ctx, n.sql_name); };
    r.rebuild = table_rebuild_steps;
    r.drop = [](const Node& n, const Context&) {
        return std::vector<Step>{step("DROP TABLE " + n.sql_name + ";", {}, true)};
    };
    r.alter = [](const Node& a, const Node& b, const Context& ctx, Change& out) {
        const auto &x = a.attrs, &y = b.attrs;
        if (x["partitioned"] != y["partitioned"] || x["partition_key"] != y["partition_key"]) {
            out.why = "partitioning changed";
            return false;
        }
        if (x["partition_bound"] != y["partition_bound"] ||
            (x["partition_bound"].is_string() && x["parents"] != y["parents"])) {
            out.why = "partition bound or parent changed";
            return false;
        }
        if (column_order_needs_rebuild(a, b, ctx)) {
            out.why = "column order changed: the table is rebuilt and its rows copied";
            out.preserve_data = true;
            return false;
        }
        std::string t = "ALTER TABLE " + b.sql_name;
        if (x["persistence"] != y["persistence"])
            out.create_steps.push_back(step(t + (y["persistence"] == "u" ? " SET UNLOGGED;" : " SET LOGGED;"),
                                            "persistence changed"));
        if (!y["partition_bound"].is_string() && x["parents"] != y["parents"]) {
            for (auto& p : x["parents"])
                if (std::find(y["parents"].begin(), y["parents"].end(), p) == y["parents"].end())
                    out.drop_steps.push_back(step(t + " NO INHERIT " + quote_qualified(json_text(p[0]), json_text(p[1])) + ";",
                                                  "no longer inherits"));
            for (auto& p : y["parents"])
                if (std::find(x["parents"].begin(), x["parents"].end(), p) == x["parents"].end())
                    out.create_steps.push_back(step(t + " INHERIT " + quote_qualified(json_text(p[0]), json_text(p[1])) + ";",
                                                    "now inherits"));
        }
        for (auto& change : reloptions_changes(x["options"], y["options"]))
            out.create_steps.push_back(step(t + " " + change + ";", "storage parameters changed"));
        if (x["rls"] != y["rls"])
            out.create_steps.push_back(step(t + (y["rls"] == true ? " ENABLE" : " DISABLE") + " ROW LEVEL SECURITY;"));
        if (x["force_rls"] != y["force_rls"])
            out.create_steps.push_back(step(t + (y["force_rls"] == true ? " FORCE" : " NO FORCE") + " ROW LEVEL SECURITY;"));
        return true;
    };
    return r;
}

// A type change that cannot lose data or fail on existing rows.
inline bool is_widening(const std::string& from, const std::string& to) {
    static const std::regex sized(R"(^(character varying|character|numeric|bit varying)\((\d+)(?:,(\d+))?\)$)");
    std::smatch ma, mb;
    bool a_sized = std::regex_match(from, ma, sized), b_sized = std::regex_match(to, mb, sized);
    if (a_sized && b_sized)
        return ma[1] == mb[1] && ma[1] != "character" && std::stoi(mb[2]) >= std::stoi(ma[2]) &&
               ma[3] == mb[3] && (ma[1] != "numeric" || std::stoi(mb[2]) - std::stoi(mb[3].str().empty() ? "0" : mb[3].str()) >= std::stoi(ma[2]) - std::stoi(ma[3].str().empty() ? "0" : ma[3].str()));
    if (a_sized && (to == ma[1].str() || (ma[1] == "character varying" && to == "text"))) return true;
    if (from == "character varying" && to == "text") return true;
    if (from == "smallint" && (to == "integer" || to == "bigint")) return true;
    if (from == "integer" && to == "bigint") return true;
    if (from == "real" && to == "double precision") return true;
    return false;
}

inline std::string column_table(const Node& col) { return "ALTER TABLE " + col.sql_table; }

// The type with enum/collation components replaced by text, kept as an array
// when it was one: the intermediate type of a rebuild.
inline std::string text_type_like(const std::string& type) {
    std::string suffix;
    std::string t = type;
    while (t.size() > 2 && t.compare(t.size() - 2, 2, "[]") == 0) {
        suffix += "[]";
        t.resize(t.size() - 2);
    }
    return "text" + suffix;
}

// Enums, domains and other user types only cast to and from text reliably.
inline bool uses_enum(const Node& column) {
    for (auto& d : column.deps)
        for (const char* prefix : {"type:", "domain:", "composite_type:", "range_type:"})
            if (d.rfind(prefix, 0) == 0) return true;
    return false;
}

inline KindRules column_rules() {
    KindRules r;
    r.rank = 7;
    r.inline_in_parent = true;
    r.create = [](const Node& n, const Context& ctx) {
        if (n.attrs["local"] == false) return std::vector<Step>{};  // added through the parent
        return std::vector<Step>{step(column_table(n) + " ADD COLUMN " + column_definition_sql(n, ctx.to) + ";")};
    };
    r.drop = [](const Node& n, const Context&) {
        if (n.attrs["local"] == false) return std::vector<Step>{};
        bool generated = n.attrs["generated"].is_string();
        return std::vector<Step>{step(column_table(n) + " DROP COLUMN " + n.sql_name + ";", {}, !generated)};
    };
    r.alter = [](const Node& a, const Node& b, const Context&, Change& out) {
        const auto &x = a.attrs, &y = b.attrs;
        std::string t = column_table(b) + " ALTER COLUMN " + b.sql_name;
        if (column_replaced(a, b)) {
            // No SQL sets a generation expression (before PostgreSQL 17) or
            // turns a local column into an inherited-only one: drop and add.
            out.why = x["local"] != y["local"] ? "column inheritance changed" : "generation expression changed";
            return false;
        }
        if (x["generated"].is_string() && y["generated"].is_null())
            out.create_steps.push_back(step(t + " DROP EXPRESSION;", "no longer a generated column"));
        std::string from_type = json_text(x["type"]), to_type = json_text(y["type"]);
        if (from_type != to_type || x["collation"] != y["collation"]) {
            std::string sql = t + " TYPE " + to_type;
            if (y["collation"].is_array()) sql += " COLLATE " + collation_sql(y["collation"]);
            // Enums only cast to and from text: go through text when either side is one.
            bool via_text = uses_enum(a) || uses_enum(b);
            sql += " USING " + b.sql_name + (via_text ? "::" + text_type_like(from_type) : "") + "::" + to_type + ";";
            bool safe = from_type == to_type || is_widening(from_type, to_type);
            out.create_steps.push_back(step(sql, from_type == to_type ? "collation changed"
                                                                      : "type " + from_type + " -> " + to_type, !safe));
            out.rebuild_dependents = true;
        }
        // An identity column is NOT NULL: drop the identity before the
        // NOT NULL, and set NOT NULL before adding one.
        // In the drop slot: it frees the identity sequence's name, which a
        // new sequence (say, for a serial column) may take.
        if (!x["identity"].is_null() && y["identity"].is_null())
            out.drop_steps.push_back(step(t + " DROP IDENTITY;", "no longer an identity column"));
        if (x["not_null"] != y["not_null"])
            out.create_steps.push_back(step(t + (y["not_null"] == true ? " SET NOT NULL;" : " DROP NOT NULL;")));
        if (!y["identity"].is_null() && (x["identity"] != y["identity"] || x["identity_sequence"] != y["identity_sequence"])) {
            if (x["identity"].is_null()) {
                out.create_steps.push_back(step(t + " ADD GENERATED " + identity_kind_sql(y["identity"]) +
                                                " AS IDENTITY" + identity_options_sql(y["identity_sequence"]) + ";",
                                                "now an identity column"));
            } else {
                if (x["identity"] != y["identity"])
                    out.create_steps.push_back(step(t + " SET GENERATED " + identity_kind_sql(y["identity"]) + ";"));
                const auto &sa = x["identity_sequence"], &sb = y["identity_sequence"];
                if (!sa.is_object() || !sb.is_object()) return true;  // a snapshot without them
                if (sa["schema"] != sb["schema"] || sa["name"] != sb["name"])
                    out.create_steps.push_back(step("ALTER SEQUENCE " + quote_qualified(json_text(sa["schema"]), json_text(sa["name"])) +
                                                    " RENAME TO " + quote_ident(json_text(sb["name"])) + ";"));
                std::string opts;
                if (sa["increment"] != sb["increment"]) opts += " SET INCREMENT BY " + json_text(sb["increment"]);
                if (sa["min"] != sb["min"]) opts += " SET MINVALUE " + json_text(sb["min"]);
                if (sa["max"] != sb["max"]) opts += " SET MAXVALUE " + json_text(sb["max"]);
                if (sa["start"] != sb["start"]) opts += " SET START WITH " + json_text(sb["start"]);
                if (sa["cache"] != sb["cache"]) opts += " SET CACHE " + json_text(sb["cache"]);
                if (sa["cycle"] != sb["cycle"]) opts += sb["cycle"] == true ? " SET CYCLE" : " SET NO CYCLE";
                if (!opts.empty()) out.create_steps.push_back(step(t + opts + ";", "identity options changed"));
            }
        }
        return true;
    };
    r.on_dependency_rebuilt = [](const Node& a, const Node& b, const Node& dep, const Change& dep_change,
                                 const Context&, Change& out) {
        if (dep.kind == "table" || dep.kind == "extension") return Reaction::Replace;
        if (a.attrs["generated"].is_string()) return Reaction::Replace;  // recomputed, nothing is lost
        static const std::set<std::string> parkable = {"type", "domain", "composite_type", "range_type", "collation"};
        if (parkable.count(dep.kind) && dep_change.kind == ChangeKind::Replace) {
            if (!out.create_steps.empty() && out.rebuild_dependents) return Reaction::Ignore;  // already retyped
            // Park the column on text while the type is rebuilt, then convert back.
            std::string t = column_table(b) + " ALTER COLUMN " + b.sql_name + " TYPE ";
            std::string type = json_text(b.attrs["type"]);
            std::string parked = text_type_like(type);
            std::string coll = b.attrs["collation"].is_array() ? " COLLATE " + collation_sql(b.attrs["collation"]) : "";
            out.drop_steps.push_back(step(t + parked + " USING " + b.sql_name + "::" + parked + ";",
                                          "park the column while " + dep.ref.name + " is rebuilt"));
            out.create_steps.push_back(step(t + type + coll + " USING " + b.sql_name + "::" + parked + "::" + type + ";",
                                            dep.ref.name + " was rebuilt", dep.kind == "type"));
            out.rebuild_dependents = true;
            return Reaction::Adjusted;
        }
        return Reaction::Replace;
    };
    return r;
}

inline KindRules default_rules() {
    KindRules r;
    r.rank = 8;
    r.inline_in_parent = true;
    r.create = [](const Node& n, const Context&) {
        return std::vector<Step>{step(column_table(n) + " ALTER COLUMN " + n.sql_name + " SET DEFAULT " +
                                      json_text(n.attrs["expression"]) + ";")};
    };
    r.drop = [](const Node& n, const Context&) {
        return std::vector<Step>{step(column_table(n) + " ALTER COLUMN " + n.sql_name + " DROP DEFAULT;")};
    };
    r.alter = [](const Node&, const Node& b, const Context&, Change& out) {
        out.create_steps.push_back(step(column_table(b) + " ALTER COLUMN " + b.sql_name + " SET DEFAULT " +
                                        json_text(b.attrs["expression"]) + ";", "default changed"));
        return true;
    };
    return r;
}

// Indexes and constraints follow a retyped column by themselves.
inline Reaction follows_retyped_columns(const Node&, const Node&, const Node& dep, const Change& dep_change,
                                        const Context&, Change&) {
    if (dep.kind == "column" && dep_change.kind == ChangeKind::Alter) return Reaction::Ignore;
    return Reaction::Replace;
}

inline KindRules constraint_rules() {
    KindRules r;
    r.rank = 10;
    r.create = [](const Node& n, const Context&) {
        return std::vector<Step>{step("ALTER TABLE " + n.sql_table + " ADD CONSTRAINT " + n.sql_name + " " +
                                      json_text(n.attrs["definition"]) +
                                      (n.attrs["validated"] == false ? " NOT VALID" : "") + ";")};
    };
    r.drop = [](const Node& n, const Context&) {
        return std::vector<Step>{step("ALTER TABLE " + n.sql_table + " DROP CONSTRAINT " + n.sql_name + ";")};
    };
    r.alter = [](const Node& a, const Node& b, const Context&, Change& out) {
        if (a.attrs["definition"] != b.attrs["definition"] || a.attrs["type"] != b.attrs["type"]) {
            out.why = "definition changed";
            return false;
        }
        if (a.attrs["validated"] == false && b.attrs["validated"] == true) {
            out.create_steps.push_back(step("ALTER TABLE " + b.sql_table + " VALIDATE CONSTRAINT " + b.sql_name + ";",
                                            "constraint validated"));
            return true;
        }
        out.why = "constraint no longer validated";
        return false;
    };
    r.on_dependency_rebuilt = follows_retyped_columns;
    return r;
}

inline KindRules index_rules() {
    KindRules r;
    r.rank = 11;
    r.create = [](const Node& n, const Context&) {
        // An index on a partitioned table is deparsed "ON ONLY"; without ONLY
        // PostgreSQL also builds (or attaches) the partitions' indexes.
        std::string def = json_text(n.attrs["definition"]);
        auto only = def.find(" ON ONLY ");
        if (only != std::string::npos) def.replace(only, 9, " ON ");
        std::vector<Step> steps{step(def + ";")};
        if (n.attrs["clustered"] == true)
            steps.push_back(step("ALTER TABLE " + n.sql_table + " CLUSTER ON " + quote_ident(n.ref.name) + ";"));
        return steps;
    };
    r.drop = [](const Node& n, const Context&) {
        return std::vector<Step>{step("DROP INDEX " + n.sql_name + ";")};
    };
    r.alter = [](const Node& a, const Node& b, const Context&, Change& out) {
        if (a.attrs["definition"] != b.attrs["definition"]) {
            out.why = "definition changed";
            return false;
        }
        if (b.attrs["clustered"] == true)
            out.create_steps.push_back(step("ALTER TABLE " + b.sql_table + " CLUSTER ON " + quote_ident(b.ref.name) + ";"));
        else
            out.create_steps.push_back(step("ALTER TABLE " + b.sql_table + " SET WITHOUT CLUSTER;"));
        return true;
    };
    r.on_dependency_rebuilt = follows_retyped_columns;
    return r;
}

}  // namespace pgdiff::kinds
