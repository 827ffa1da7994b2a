// Tables and what lives inside them: columns, defaults, constraints, indexes.
#pragma once
#include <optional>
#include <set>
#include "pgdiff/kinds/type_change.hpp"
#include "pgdiff/plan/change.hpp"

namespace pgdiff::kinds {

inline std::string json_text(const nlohmann::json& j) { return j.is_string() ? j.get<std::string>() : std::string(); }

// An identity column's sequence ({schema, name, ...}) as a qualified SQL name.
inline std::string sequence_sql(const nlohmann::json& seq) {
    return quote_qualified(json_text(seq["schema"]), json_text(seq["name"]));
}

// " (SEQUENCE NAME ...)" after AS IDENTITY; "" when the sequence is unknown.
inline std::string identity_options_sql(const nlohmann::json& seq) {
    if (!seq.is_object()) return "";
    return " (SEQUENCE NAME " + sequence_sql(seq) +
           " START WITH " + json_text(seq["start"]) + " INCREMENT BY " + json_text(seq["increment"]) +
           " MINVALUE " + json_text(seq["min"]) + " MAXVALUE " + json_text(seq["max"]) +
           " CACHE " + json_text(seq["cache"]) + (seq["cycle"] == true ? " CYCLE)" : " NO CYCLE)");
}

inline std::string identity_kind_sql(const nlohmann::json& identity) {
    return identity == "a" ? "ALWAYS" : "BY DEFAULT";
}

// A catalog [schema, name] pair (a collation, function, operator family...)
// as a qualified SQL name.
inline std::string qualified_name_sql(const nlohmann::json& schema_and_name) {
    return quote_qualified(json_text(schema_and_name[0]), json_text(schema_and_name[1]));
}

// An options array of the catalog (["name=value", ...]: reloptions, and the
// generic options of foreign-data wrappers, servers, user mappings, foreign
// tables and their columns) as (name, value) pairs, in order.
using OptionList = std::vector<std::pair<std::string, std::string>>;
inline OptionList option_pairs(const nlohmann::json& arr) {
    OptionList out;
    if (arr.is_array())
        for (auto& o : arr) {
            std::string s = json_text(o);
            auto eq = s.find('=');
            out.emplace_back(s.substr(0, eq), eq == std::string::npos ? "" : s.substr(eq + 1));
        }
    return out;
}

inline const std::string* find_option(const OptionList& list, const std::string& name) {
    for (auto& [key, v] : list)
        if (key == name) return &v;
    return nullptr;
}

// "OPTIONS (name 'value', ...)" as CREATE writes it; "" for none.
inline std::string generic_options_sql(const nlohmann::json& arr) {
    std::string sql;
    for (auto& [k, v] : option_pairs(arr)) sql += (sql.empty() ? "" : ", ") + quote_ident(k) + " " + quote_literal(v);
    return sql.empty() ? sql : "OPTIONS (" + sql + ")";
}

// "OPTIONS (DROP a, SET b 'x', ADD c 'y')" turning `before` into `after`;
// "" when they are equal. PostgreSQL keeps the options it is not given in
// place and appends the ones added, so when that cannot reach the target's
// order every option is dropped and added again (in one clause).
inline std::string generic_options_change(const nlohmann::json& before, const nlohmann::json& after) {
    OptionList a = option_pairs(before), b = option_pairs(after);
    if (a == b) return "";
    OptionList result;
    std::vector<std::string> actions;
    for (auto& [k, v] : a) {
        const std::string* want = find_option(b, k);
        if (!want) {
            actions.push_back("DROP " + quote_ident(k));
            continue;
        }
        if (*want != v) actions.push_back("SET " + quote_ident(k) + " " + quote_literal(*want));
        result.emplace_back(k, *want);
    }
    for (auto& [k, v] : b)
        if (!find_option(a, k)) {
            actions.push_back("ADD " + quote_ident(k) + " " + quote_literal(v));
            result.emplace_back(k, v);
        }
    if (result != b) {
        actions.clear();
        for (auto& [k, v] : a) actions.push_back("DROP " + quote_ident(k));
        for (auto& [k, v] : b) actions.push_back("ADD " + quote_ident(k) + " " + quote_literal(v));
    }
    std::string sql;
    for (auto& act : actions) sql += (sql.empty() ? "" : ", ") + act;
    return "OPTIONS (" + sql + ")";
}

// A column of a foreign table: no local rows, so no rewrite, no USING and
// nothing lost when it changes or goes.
inline bool in_foreign_table(const Node& col, const Catalog& cat) {
    const Node* parent = cat.find(col.parent);
    return parent && parent->kind == "foreign_table";
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
    if (a.contains("fdw_options") && a["fdw_options"].is_array()) sql += " " + generic_options_sql(a["fdw_options"]);
    if (attr_or_null(a, "collation").is_array()) sql += " COLLATE " + qualified_name_sql(attr_or_null(a, "collation"));
    if (attr_or_null(a, "generated").is_string()) sql += " GENERATED ALWAYS AS (" + json_text(attr_or_null(a, "generated")) + ") STORED";
    if (const Node* d = default_of(col, cat)) sql += " DEFAULT " + json_text(d->attrs["expression"]);
    if (a["not_null"] == true) sql += " NOT NULL";
    if (attr_or_null(a, "identity").is_string())
        sql += " GENERATED " + identity_kind_sql(attr_or_null(a, "identity")) + " AS IDENTITY" +
               identity_options_sql(attr_or_null(a, "identity_sequence"));
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

// Every column of a table (local or inherited), in column order.
inline std::vector<const Node*> all_columns(const Node& table, const Catalog& cat) {
    std::vector<const Node*> cols = children_of_kind(table, cat, "column");
    std::sort(cols.begin(), cols.end(), [](const Node* x, const Node* y) {
        return x->attrs["num"].get<int64_t>() < y->attrs["num"].get<int64_t>();
    });
    return cols;
}

// The own name of a column, or of any object named within its table (a
// constraint): its ref name is "table.name".
inline std::string column_name(const Node& col, const Catalog& cat) {
    const Node* table = cat.find(col.parent);
    size_t skip = table ? table->ref.name.size() + 1 : col.ref.name.rfind('.') + 1;
    return col.ref.name.substr(std::min(skip, col.ref.name.size()));
}

// The OF type of a typed table (CREATE TABLE ... OF type), or nullptr.
inline const Node* typed_of(const Node& table, const Catalog& cat) {
    return cat.find("typed_table:" + table.key);
}

// A column of a typed table that stays typed by the same type on both
// sides: PostgreSQL adds, drops and retypes it only through the type
// (ALTER TYPE ... CASCADE); ALTER TABLE may only set its default, NOT NULL
// and per-column settings.
inline std::string typed_by(const Node& column) {
    auto it = column.attrs.find("typed_by");
    return it != column.attrs.end() && it->is_string() ? it->get<std::string>() : std::string();
}
inline bool follows_its_type(const Node& column, const Catalog& other) {
    const Node* table = other.find(column.parent);
    const Node* typed = table ? typed_of(*table, other) : nullptr;
    return !typed_by(column).empty() && typed && json_text(typed->attrs["type"]) == typed_by(column);
}

inline std::string reloptions_sql(const nlohmann::json& options) {
    std::string sql;
    for (auto& o : options) sql += (sql.empty() ? "" : ", ") + json_text(o);
    return sql;
}

// SET (...) / RESET (...) between two reloptions arrays. PostgreSQL keeps
// the options it is not given in place and appends the ones SET, so when that
// cannot reach the target's order every option is reset and set again.
inline std::vector<std::string> reloptions_changes(const nlohmann::json& before, const nlohmann::json& after) {
    OptionList a = option_pairs(before), b = option_pairs(after);
    if (a == b) return {};
    OptionList set, result;
    std::string reset;
    for (auto& [k, v] : a)
        if (!find_option(b, k)) reset += (reset.empty() ? "" : ", ") + k;
    for (auto& [k, v] : b) {
        const std::string* old = find_option(a, k);
        if (!old || *old != v) set.emplace_back(k, v);
    }
    for (auto& [k, v] : a)
        if (find_option(b, k) && !find_option(set, k)) result.emplace_back(k, v);
    result.insert(result.end(), set.begin(), set.end());
    if (result != b) {  // reorder: start from nothing
        reset.clear();
        for (auto& [k, v] : a) reset += (reset.empty() ? "" : ", ") + k;
        set = b;
    }
    std::string set_sql;
    for (auto& [k, v] : set) set_sql += (set_sql.empty() ? "" : ", ") + k + "=" + v;
    std::vector<std::string> out;
    if (!reset.empty()) out.push_back("RESET (" + reset + ")");
    if (!set_sql.empty()) out.push_back("SET (" + set_sql + ")");
    return out;
}

// n_distinct[_inherited]=<number>, the number as
// -?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)? and nothing else.
inline bool is_n_distinct_number(const std::string& option) {
    size_t p;
    if (option.rfind("n_distinct=", 0) == 0) p = 11;
    else if (option.rfind("n_distinct_inherited=", 0) == 0) p = 21;
    else return false;
    auto digits = [&] {
        size_t start = p;
        while (p < option.size() && option[p] >= '0' && option[p] <= '9') ++p;
        return p > start;
    };
    if (p < option.size() && option[p] == '-') ++p;
    if (!digits()) return false;
    if (p < option.size() && option[p] == '.') {
        ++p;
        if (!digits()) return false;
    }
    if (p < option.size() && (option[p] == 'e' || option[p] == 'E')) {
        ++p;
        if (p < option.size() && (option[p] == '-' || option[p] == '+')) ++p;
        if (!digits()) return false;
    }
    return p == option.size();
}

// Per-column settings ALTER TABLE sets apart from the column definition:
// STORAGE, COMPRESSION, STATISTICS and the n_distinct attribute options.
// `before` is the column in the FROM catalog, or null for a new column.
inline std::vector<Step> column_settings_steps(const std::string& table, const Node& col, const Node* before) {
    static const std::map<std::string, std::string> storage = {
        {"p", "PLAIN"}, {"e", "EXTERNAL"}, {"m", "MAIN"}, {"x", "EXTENDED"}};
    static const std::map<std::string, std::string> compression = {{"p", "pglz"}, {"l", "lz4"}};
    const auto& b = col.attrs;
    nlohmann::json none;
    auto old = [&](const char* f) -> const nlohmann::json& { return before ? attr_or_null(before->attrs, f) : none; };
    std::string t = "ALTER TABLE " + table + " ALTER COLUMN " + col.sql_name;
    std::vector<Step> steps;
    // ALTER COLUMN TYPE resets the storage to the new type's default.
    bool retyped = before && before->attrs["type"] != b["type"];
    const nlohmann::json& old_storage = retyped ? none : old("storage");
    if (old_storage != attr_or_null(b, "storage")) {
        std::string want = attr_or_null(b, "storage").is_array() ? json_text(attr_or_null(b, "storage")[0])
                           : old_storage.is_array() ? json_text(old_storage[1]) : "";
        if (storage.count(want)) steps.push_back(step(t + " SET STORAGE " + storage.at(want) + ";", "storage changed"));
    }
    if (old("compression") != attr_or_null(b, "compression")) {
        auto it = compression.find(json_text(attr_or_null(b, "compression")));
        steps.push_back(step(t + " SET COMPRESSION " + (it == compression.end() ? "DEFAULT" : it->second) + ";",
                             "compression changed"));
    }
    if (old("statistics") != attr_or_null(b, "statistics"))
        steps.push_back(step(t + " SET STATISTICS " + (attr_or_null(b, "statistics").is_number() ? attr_or_null(b, "statistics").dump() : "-1") + ";",
                             "statistics target changed"));
    // Only n_distinct[_inherited]=<number> reaches the SQL (the value is not quoted).
    auto numeric_options = [](const nlohmann::json& list) {
        nlohmann::json out = nlohmann::json::array();
        if (list.is_array())
            for (auto& o : list)
                if (is_n_distinct_number(json_text(o))) out.push_back(o);
        return out;
    };
    for (auto& change : reloptions_changes(numeric_options(old("n_distinct")), numeric_options(attr_or_null(b, "n_distinct"))))
        steps.push_back(step(t + " " + change + ";", "n_distinct changed"));
    return steps;
}

// What follows CREATE [FOREIGN] TABLE name: " PARTITION OF parent (body)
// bound" for a partition, otherwise " (body)" and " INHERITS (...)" when the
// relation has parents. `body` is the column list, already formatted.
inline std::string columns_and_parents_sql(const nlohmann::json& a, const std::string& body) {
    const auto& parents = a["parents"];
    if (a["partition_bound"].is_string() && parents.size() == 1)
        return " PARTITION OF " + quote_qualified(json_text(parents[0][0]), json_text(parents[0][1])) +
               (body.empty() ? "" : " (" + body + "\n)") + " " + json_text(a["partition_bound"]);
    std::string sql = " (" + body + (body.empty() ? ")" : "\n)");
    std::string list;
    for (auto& p : parents) list += (list.empty() ? "" : ", ") + quote_qualified(json_text(p[0]), json_text(p[1]));
    if (!list.empty()) sql += " INHERITS (" + list + ")";
    return sql;
}

// Whether a parent of `table` (attrs `a`) makes its inherited `column` NOT
// NULL (a parent's NOT NULL is inherited; a child may add its own).
inline bool parent_gives_not_null(const nlohmann::json& a, const Node& column, const Node& table, const Catalog& cat) {
    std::string col = column.ref.name.substr(std::min(table.ref.name.size() + 1, column.ref.name.size()));
    for (auto& p : a["parents"]) {
        const Node* pc = cat.find(keys::table_scoped("column", json_text(p[0]), json_text(p[1]), col));
        if (!pc || pc->attrs["not_null"] == true) return true;  // unknown parent column: assume it does
    }
    return false;
}

// The parent of a partition `t` (attrs partition_bound and one parent), or nullptr.
inline const Node* partition_parent(const Node& t, const Catalog& cat) {
    const auto& a = t.attrs;
    if (!a["partition_bound"].is_string() || !a["parents"].is_array() || a["parents"].size() != 1) return nullptr;
    return cat.find(keys::schema_scoped("table", json_text(a["parents"][0][0]), json_text(a["parents"][0][1])));
}

// A partition whose columns are not in its parent's order: it was made as a
// table of its own and attached (CREATE TABLE ... PARTITION OF always takes
// the parent's order), and is made again that way.
inline bool partition_made_by_attach(const Node& t, const Catalog& cat) {
    const Node* parent = partition_parent(t, cat);
    if (!parent || typed_of(t, cat)) return false;
    auto names = [](const Node& x) {
        std::vector<std::string> out;
        if (x.attrs["column_order"].is_array())
            for (auto& c : x.attrs["column_order"]) out.push_back(json_text(c[0]));
        return out;
    };
    return names(t) != names(*parent);
}

// The parent's CHECK constraints that ATTACH PARTITION requires the table to
// have already (not the NO INHERIT ones).
inline std::vector<const Node*> checks_required_by_attach(const Node& t, const Catalog& cat) {
    std::vector<const Node*> out;
    const Node* parent = partition_parent(t, cat);
    if (!parent) return out;
    for (const Node* c : children_of_kind(*parent, cat, "constraint"))
        if (c->attrs["type"] == "c" && json_text(c->attrs["definition"]).find(" NO INHERIT") == std::string::npos)
            out.push_back(c);
    return out;
}

// The other table a foreign key `fk` refers to (through the referenced
// columns it depends on), or "" (a self-reference).
inline std::string referenced_table(const Node& fk, const Catalog& cat) {
    std::string out;
    fk.for_each_dep([&](const std::string& dep) {
        const Node* n = out.empty() ? cat.find(dep) : nullptr;
        if (n && n->kind == "column" && n->parent != fk.parent) out = n->parent;
    });
    return out;
}

// Tables of TO with a foreign key to `table` (Context::to_referencing_tables).
inline const std::vector<std::string>& tables_referencing(const std::string& table, const Context& ctx) {
    if (!ctx.to_referencing_tables) {
        ctx.to_referencing_tables.emplace();
        ctx.to.for_each_of_kind("constraint", [&](const Node& n) {
            if (n.attrs["type"] != "f") return;
            std::string ref = referenced_table(n, ctx.to);
            if (!ref.empty()) (*ctx.to_referencing_tables)[ref].push_back(n.parent);
        });
    }
    static const std::vector<std::string> none;
    auto it = ctx.to_referencing_tables->find(table);
    return it == ctx.to_referencing_tables->end() ? none : it->second;
}

// SET LOGGED is refused while the table references an unlogged table, SET
// UNLOGGED while a logged table references it: the tables on the other end
// of its foreign keys change first.
inline std::vector<std::string> persistence_changed_after(const Node& a, const Node& b, const Context& ctx) {
    std::vector<std::string> out;
    if (a.attrs["persistence"] == b.attrs["persistence"]) return out;
    if (b.attrs["persistence"] == "p") {
        for (const Node* c : children_of_kind(b, ctx.to, "constraint"))
            if (c->attrs["type"] == "f")
                if (std::string ref = referenced_table(*c, ctx.to); !ref.empty()) out.push_back(ref);
    } else {
        out = tables_referencing(b.key, ctx);
    }
    return out;
}

// Whether `a` (FROM) is attached as a partition by this plan: TO makes it
// a partition, of another parent or under another bound.
inline bool attached_in_plan(const Node& a, const Node& b) {
    return b.attrs["partition_bound"].is_string() &&
           (a.attrs["partition_bound"] != b.attrs["partition_bound"] || a.attrs["parents"] != b.attrs["parents"]);
}

// A CHECK constraint of FROM's table that ATTACH PARTITION merges into the
// new parent's constraint of the same name and definition: PostgreSQL keeps
// it as the parent's copy, so it is neither dropped nor added again.
inline bool check_merged_by_attach(const Node& check, const Context& ctx) {
    if (check.kind != "constraint" || check.attrs["type"] != "c") return false;
    const Node *a = ctx.from.find(check.parent), *b = ctx.to.find(check.parent);
    if (!a || !b || a->kind != "table" || b->kind != "table" || !attached_in_plan(*a, *b)) return false;
    for (const Node* c : checks_required_by_attach(*b, ctx.to))
        if (c->sql_name == check.sql_name && c->attrs["definition"] == check.attrs["definition"]) return true;
    return false;
}

// Whether the column `b` (TO) of a table attached by this plan is made NOT
// NULL before the ATTACH, which refuses a nullable column whose new
// parent's is NOT NULL. `a` is the column in FROM.
inline bool not_null_set_for_attach(const Node& a, const Node& b, const Context& ctx) {
    if (a.attrs["not_null"] == true || b.attrs["not_null"] != true) return false;
    const Node *ta = ctx.from.find(a.parent), *tb = ctx.to.find(b.parent);
    if (!ta || !tb || ta->kind != "table" || !attached_in_plan(*ta, *tb)) return false;
    const Node* parent = partition_parent(*tb, ctx.to);
    const Node* pc = parent ? ctx.to.find(keys::table_scoped("column", parent->ref.schema, parent->ref.name,
                                                             column_name(b, ctx.to)))
                            : nullptr;
    return pc && pc->attrs["not_null"] == true;
}

// ATTACH PARTITION fails unless the table already has its new parent's
// CHECK constraints and NOT NULL columns: what it lacks is set first.
inline std::vector<Step> set_up_for_attach(const Node& a, const Node& b, const Context& ctx) {
    std::vector<Step> out;
    for (const Node* c : children_of_kind(b, ctx.to, "column")) {
        const Node* old = ctx.from.find(c->key);
        if (old && not_null_set_for_attach(*old, *c, ctx))
            out.push_back(step("ALTER TABLE " + b.sql_name + " ALTER COLUMN " + c->sql_name + " SET NOT NULL;",
                               "ATTACH PARTITION requires the parent's NOT NULL columns")
                              .realises("not_null")
                              .hazard(hazard::full_scan, "reads every row to check for NULLs"));
    }
    for (const Node* c : checks_required_by_attach(b, ctx.to)) {
        const Node* own = ctx.from.find(keys::table_scoped("constraint", a.ref.schema, a.ref.name, column_name(*c, ctx.to)));
        if (own && check_merged_by_attach(*own, ctx)) continue;
        out.push_back(step("ALTER TABLE " + b.sql_name + " ADD CONSTRAINT " + c->sql_name + " " +
                               json_text(c->attrs["definition"]) + ";",
                           "ATTACH PARTITION requires the parent's CHECK constraints")
                          .hazard(hazard::full_scan, "reads every row to validate the constraint while holding the lock"));
    }
    return out;
}

// What DETACH PARTITION (parent == nullptr) or NO INHERIT `parent` leaves
// on the table as its own: the parent's copies (Facts::clones). They are
// dropped; what TO gives the table is created in its own slot, after every
// drop. IF EXISTS: a parent's index or constraint dropped earlier in the
// plan took its copies with it.
inline std::vector<Step> clones_left_steps(const Node& a, const Context& ctx, const nlohmann::json* parent) {
    std::vector<Step> out;
    auto it = ctx.from.facts.clones.find(a.key);
    if (it == ctx.from.facts.clones.end()) return out;
    const char* why = parent ? "NO INHERIT leaves the parent's copy on the table" : "DETACH PARTITION leaves the parent's copy on the table";
    for (const Clone& c : it->second) {
        if (parent) {
            // Only a CHECK constraint inherited from this parent alone.
            if (c.kind != 'c' || c.inherited_count != 1) continue;
            const std::string schema = json_text((*parent)[0]), table = json_text((*parent)[1]);
            auto from_parent = ctx.from.facts.clones.find(keys::schema_scoped("table", schema, table));
            bool in_parent = ctx.from.find(keys::table_scoped("constraint", schema, table, c.name)) ||
                             (from_parent != ctx.from.facts.clones.end() &&
                              std::any_of(from_parent->second.begin(), from_parent->second.end(),
                                          [&](const Clone& pc) { return pc.kind == 'c' && pc.name == c.name; }));
            if (!in_parent) continue;
        }
        if (c.kind == 'i')
            out.push_back(step("DROP INDEX IF EXISTS " + quote_qualified(a.ref.schema, c.name) + ";", why));
        else
            out.push_back(step("ALTER TABLE " + a.sql_name + " DROP CONSTRAINT IF EXISTS " + quote_ident(c.name) + ";", why));
    }
    return out;
}

// Whether a parent of `table` (attrs `a`) has a default on its inherited
// `column`, which the column takes when the table is made (PARTITION OF,
// INHERITS).
inline bool parent_gives_default(const nlohmann::json& a, const Node& column, const Node& table, const Catalog& cat) {
    std::string col = column.ref.name.substr(std::min(table.ref.name.size() + 1, column.ref.name.size()));
    for (auto& p : a["parents"]) {
        const Node* pc = cat.find(keys::table_scoped("column", json_text(p[0]), json_text(p[1]), col));
        if (pc && default_of(*pc, cat)) return true;
    }
    return false;
}

// CREATE TABLE for `n` (from the TO catalog) under the SQL name `name`.
inline std::vector<Step> table_create_steps(const Node& n, const Context& ctx, const std::string& name) {
    const auto& a = n.attrs;
    std::vector<const Node*> cols = all_columns(n, ctx.to);
    std::string sql = std::string("CREATE ") + (a["persistence"] == "u" ? "UNLOGGED " : "") + "TABLE " + name;
    std::vector<Step> extra;
    std::string body;
    if (const Node* typed = typed_of(n, ctx.to)) {
        // CREATE TABLE ... OF type: the columns come from the type; only
        // their defaults and NOT NULL are written (WITH OPTIONS).
        for (const Node* c : cols) {
            for (auto& st : column_settings_steps(name, *c, nullptr)) extra.push_back(st);
            std::string options;
            if (const Node* d = default_of(*c, ctx.to)) options += " DEFAULT " + json_text(d->attrs["expression"]);
            if (c->attrs["not_null"] == true) options += " NOT NULL";
            if (!options.empty()) body += (body.empty() ? "\n    " : ",\n    ") + c->sql_name + " WITH OPTIONS" + options;
        }
        sql += " OF " + json_text(typed->attrs["type"]);
        if (!body.empty()) sql += " (" + body + "\n)";
    } else if (partition_made_by_attach(n, ctx.to)) {
        // Its own column order: CREATE TABLE with every column (and the
        // parent's CHECK constraints, which ATTACH requires), then ATTACH.
        const Node* parent = partition_parent(n, ctx.to);
        for (const Node* c : cols) {
            for (auto& st : column_settings_steps(name, *c, nullptr)) extra.push_back(st);
            body += (body.empty() ? "\n    " : ",\n    ") + column_definition_sql(*c, ctx.to);
        }
        for (const Node* c : checks_required_by_attach(n, ctx.to))
            body += ",\n    CONSTRAINT " + c->sql_name + " " + json_text(c->attrs["definition"]);
        sql += " (" + body + "\n)";
        extra.insert(extra.begin(), step("ALTER TABLE " + parent->sql_name + " ATTACH PARTITION " + name + " " +
                                         json_text(a["partition_bound"]) + ";",
                                         "its columns are not in its parent's order"));
    } else {
        for (const Node* c : cols) {
            for (auto& st : column_settings_steps(name, *c, nullptr)) extra.push_back(st);
            if (c->attrs["local"] == false) {
                // Inherited column: comes with the parent; only its own default
                // and a NOT NULL no parent gives it are set here.
                if (const Node* d = default_of(*c, ctx.to))
                    extra.push_back(step("ALTER TABLE " + name + " ALTER COLUMN " + c->sql_name +
                                         " SET DEFAULT " + json_text(d->attrs["expression"]) + ";"));
                else if (parent_gives_default(a, *c, n, ctx.to))
                    extra.push_back(step("ALTER TABLE " + name + " ALTER COLUMN " + c->sql_name + " DROP DEFAULT;",
                                         "the parent's default is not this column's"));
                if (c->attrs["not_null"] == true && !parent_gives_not_null(a, *c, n, ctx.to))
                    extra.push_back(step("ALTER TABLE " + name + " ALTER COLUMN " + c->sql_name + " SET NOT NULL;"));
                continue;
            }
            body += (body.empty() ? "\n    " : ",\n    ") + column_definition_sql(*c, ctx.to);
        }
        sql += columns_and_parents_sql(a, body);
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
// Not a change of its local definition (attislocal): dropping a column a
// parent gives is refused ("cannot drop inherited column"), and one added
// again is never inherited-only. NO INHERIT makes an inherited-only column
// local, and a table rebuilt under its parents gets the flags the target
// has (the table's rule, inheritance_needs_rebuild).
inline bool column_replaced(const Node& a, const Node& b) {
    const auto &x = attr_or_null(a.attrs, "generated"), &y = attr_or_null(b.attrs, "generated");
    return y.is_string() && x != y;
}

inline std::vector<const Node*> local_columns(const Node& table, const Catalog& cat) {
    std::vector<const Node*> cols;
    for (const Node* c : all_columns(table, cat))
        if (c->attrs["local"] == true) cols.push_back(c);
    return cols;
}

// An identifier of at most 63 bytes (NAMEDATALEN - 1): `base` cut to leave room for `suffix`.
inline std::string name_with_suffix(const std::string& base, const std::string& suffix) {
    size_t room = suffix.size() >= 63 ? 0 : 63 - suffix.size();
    if (base.size() <= room) return base + suffix;
    std::string b = base.substr(0, std::min(base.size(), room));
    while (!b.empty() && (static_cast<unsigned char>(b.back()) & 0xC0) == 0x80) b.pop_back();  // whole UTF-8 characters
    if (!b.empty() && (static_cast<unsigned char>(b.back()) & 0x80)) b.pop_back();
    return b + suffix;
}

// A stored generated column that reads a column whose type or collation
// changes: PostgreSQL refuses that ALTER TYPE, so the generated column is
// dropped and added again (the cascade replaces it), at the end.
inline bool generated_over_retyped_column(const Node& c, const Context& ctx) {
    if (!attr_or_null(c.attrs, "generated").is_string()) return false;
    bool retyped = false;
    c.for_each_dep([&](const std::string& d) {
        if (retyped || d.rfind("column:", 0) != 0) return;
        const Node *x = ctx.from.find(d), *y = ctx.to.find(d);
        retyped = x && y && x->kind == "column" && y->kind == "column" &&
                  (x->attrs["type"] != y->attrs["type"] ||
                   attr_or_null(x->attrs, "collation") != attr_or_null(y->attrs, "collation"));
    });
    return retyped;
}

// Whether tables of TO inherit from (or are partitions of) the table `key`.
// One pass over TO's tables on first use, not one per call.
inline bool has_child_tables(const std::string& key, const Context& ctx) {
    const Node* t = ctx.to.find(key);
    if (!t) return false;
    if (t->attrs.value("partitioned", false) == true) return true;
    if (!ctx.to_child_table_deps) {
        std::set<std::string> deps;
        ctx.to.for_each_of_kind("table", [&](const Node& n) {
            if (n.attrs.contains("parents") && !n.attrs["parents"].empty())
                n.for_each_dep([&](const std::string& d) { deps.insert(d); });
        });
        ctx.to_child_table_deps = std::move(deps);
    }
    return ctx.to_child_table_deps->count(key) > 0;
}

// The tables of FROM that inherit from (or are partitions of) the table
// `key`, from an index built on first use (Context::from_inheritance_children).
inline const std::vector<const Node*>& inheritance_children(const std::string& key, const Context& ctx) {
    if (!ctx.from_inheritance_children) {
        std::map<std::string, std::vector<const Node*>> children;
        ctx.from.for_each_of_kind("table", [&](const Node& n) {
            const auto& parents = attr_or_null(n.attrs, "parents");
            if (!parents.is_array()) return;
            for (auto& p : parents)
                children[keys::schema_scoped("table", json_text(p[0]), json_text(p[1]))].push_back(&n);
        });
        ctx.from_inheritance_children = std::move(children);
    }
    static const std::vector<const Node*> none;
    auto it = ctx.from_inheritance_children->find(key);
    return it == ctx.from_inheritance_children->end() ? none : it->second;
}

// Whether the parent lists ([[schema, name], ...]) share a table that has
// a column named `column` in `cat`.
inline bool kept_parent_has_column(const nlohmann::json& from_parents, const nlohmann::json& to_parents,
                                   const std::string& column, const Catalog& cat) {
    for (auto& p : to_parents)
        if (std::find(from_parents.begin(), from_parents.end(), p) != from_parents.end() &&
            cat.find(keys::table_scoped("column", json_text(p[0]), json_text(p[1]), column)))
            return true;
    return false;
}

// A column of an inheritance child changes whether the child defines it
// itself (attislocal) in a way no ALTER reaches: an inherited column
// declared by the child (merged) becomes inherited-only (no SQL clears
// attislocal, and DROP COLUMN refuses an inherited column), or an
// inherited-only column becomes declared too while the parent giving it
// stays (only NO INHERIT sets attislocal, and INHERIT keeps it). The child
// is then rebuilt under its parents (CREATE TABLE ... INHERITS gives each
// column the target's flag) and its rows copied. Only a leaf child (no
// children, no partitioning): otherwise a warning, and the flags are left.
inline bool inheritance_needs_rebuild(const Node& a, const Node& b, const Context& ctx) {
    const auto &x = a.attrs, &y = b.attrs;
    const auto &xp = attr_or_null(x, "parents"), &yp = attr_or_null(y, "parents");
    if ((!xp.is_array() || xp.empty()) && (!yp.is_array() || yp.empty())) return false;
    if (attr_or_null(x, "column_order") == attr_or_null(y, "column_order")) return false;
    bool needed = false;
    for (const Node* c : children_of_kind(b, ctx.to, "column")) {
        const Node* old = ctx.from.find(c->key);
        if (!old || old->attrs["local"] == c->attrs["local"]) continue;
        if (old->attrs["in_partition"] == true || c->attrs["in_partition"] == true) continue;
        if (c->attrs["local"] == false ||
            (c->attrs["inherited"] == true &&
             kept_parent_has_column(xp, yp, column_name(*c, ctx.to), ctx.to))) {
            needed = true;
            break;
        }
    }
    if (!needed) return false;
    if (x.value("partitioned", false) == true || y.value("partitioned", false) == true ||
        attr_or_null(x, "partition_bound").is_string() || attr_or_null(y, "partition_bound").is_string() || typed_of(a, ctx.from) || typed_of(b, ctx.to) ||
        !inheritance_children(a.key, ctx).empty() || has_child_tables(b.key, ctx)) {
        ctx.warnings.push_back("table " + b.sql_name + ": a column changes whether the table declares it itself or "
                               "only inherits it, which only rebuilding the table reaches, and a table with "
                               "children or partitions is not rebuilt; the columns are left as they are");
        return false;
    }
    return true;
}

// PostgreSQL only appends columns. When B orders its columns in a way that
// appending cannot reach, the table is rebuilt (new table, rows copied).
// `readded`: a column the plan drops and adds again for another reason (a
// generated column whose function is replaced: PostgreSQL 15 has no ALTER
// COLUMN ... SET EXPRESSION).
// `take_over`: an inherited-only column that is local in the target stays
// where it is (NO INHERIT makes it local; so does the parent's ALTER TABLE
// ONLY ... DROP COLUMN, child_takes_over_columns). Without it, such a column
// of a table that stays a child is taken by the parent's recursing DROP
// COLUMN and added again, last.
inline bool column_order_reachable_with(const Node& a, const Node& b, const Context& ctx,
                                        const std::string& readded, bool take_over) {
    // A typed table's columns are in its type's order on both sides.
    const Node *typed_a = typed_of(a, ctx.from), *typed_b = typed_of(b, ctx.to);
    if (typed_a && typed_b && typed_a->attrs["type"] == typed_b->attrs["type"]) return true;
    bool stays_child = false;
    if (!take_over && a.attrs["parents"].is_array() && b.attrs["parents"].is_array())
        for (auto& p : a.attrs["parents"])
            stays_child = stays_child || std::find(b.attrs["parents"].begin(), b.attrs["parents"].end(), p) != b.attrs["parents"].end();
    std::vector<const Node*> before, after = local_columns(b, ctx.to);
    for (const Node* c : all_columns(a, ctx.from)) {
        const Node* target = c->attrs["local"] == true ? nullptr : ctx.to.find(c->key);
        if (c->attrs["local"] == true || (target && target->attrs["local"] == true && !stays_child)) before.push_back(c);
    }
    std::vector<std::string> kept, expected, wanted;
    for (const Node* c : after) wanted.push_back(c->ref.name);
    for (const Node* c : before) {
        // A column that is dropped and added again moves to the end.
        const Node* target = ctx.to.find(c->key);
        if (target && !column_replaced(*c, *target) && !generated_over_retyped_column(*c, ctx) &&
            c->key != readded &&
            std::find(wanted.begin(), wanted.end(), c->ref.name) != wanted.end())
            expected.push_back(c->ref.name);
    }
    for (const std::string& w : wanted)
        if (std::find(expected.begin(), expected.end(), w) == expected.end()) kept.push_back(w);
    expected.insert(expected.end(), kept.begin(), kept.end());
    return expected == wanted;
}

// Whether a child (in FROM) keeps, in place, the columns its parent drops
// and the target has it declare itself: only when that gives the target's
// column order (migra's inherit2: a column re-added last does).
inline bool child_takes_over_columns(const Node& child, const Context& ctx) {
    const Node* now = ctx.to.find(child.key);
    return now && column_order_reachable_with(child, *now, ctx, {}, true);
}

inline bool column_order_reachable(const Node& a, const Node& b, const Context& ctx,
                                   const std::string& readded = {}) {
    return column_order_reachable_with(a, b, ctx, readded, true) ||
           column_order_reachable_with(a, b, ctx, readded, false);
}

inline bool column_order_needs_rebuild(const Node& a, const Node& b, const Context& ctx,
                                       const std::string& readded = {}) {
    if (column_order_reachable(a, b, ctx, readded)) return false;
    auto before = local_columns(a, ctx.from), after = local_columns(b, ctx.to);
    // Not for tables in an inheritance or partition tree: the rows of the
    // other tables of the tree would have to move too.
    auto simple = [](const Node& t, const Catalog& cat, const std::vector<const Node*>& cols) {
        if (t.attrs["partitioned"] == true || !t.attrs["parents"].empty()) return false;
        for (const Node* c : cols)
            if (c->attrs["inherited"] == true) return false;
        bool parent = false;
        cat.for_each_of_kind("table", [&](const Node& other) {
            if (other.attrs["parents"].is_array())
                for (auto& p : other.attrs["parents"])
                    parent = parent || (p[0] == t.ref.schema && p[1] == t.ref.name);
        });
        return !parent;
    };
    if (simple(a, ctx.from, before) && simple(b, ctx.to, after)) return true;
    // Never a silent difference: say what is left as it is.
    ctx.warnings.push_back("table " + b.sql_name + ": the column order differs, but a table in an inheritance or "
                           "partition tree is not rebuilt to reorder its columns; the order is left as it is");
    return false;
}

// The identity columns kept by a rebuild: the old column and the new one.
inline std::vector<std::pair<const Node*, const Node*>> kept_identity_columns(const Node& a, const Node& b,
                                                                              const Context& ctx) {
    std::vector<std::pair<const Node*, const Node*>> out;
    auto before = local_columns(a, ctx.from);
    for (const Node* c : local_columns(b, ctx.to)) {
        if (!attr_or_null(c->attrs, "identity_sequence").is_object()) continue;
        for (const Node* old : before)
            if (old->ref.name == c->ref.name && attr_or_null(old->attrs, "identity_sequence").is_object()) out.push_back({old, c});
    }
    return out;
}

inline std::string converted_column(const Node& a, const Node& b);

inline std::vector<Step> table_rebuild_steps(const Node& a, const Node& b, const Context& ctx) {
    std::string temp = quote_qualified(b.ref.schema, name_with_suffix(b.ref.name, "__pgdiff_rebuild"));
    std::vector<Step> steps{step("LOCK TABLE " + a.sql_name + " IN ACCESS EXCLUSIVE MODE;",
                                 "column order changed: the table is rebuilt and its rows copied")
                                .realises("column_order")};
    // An identity sequence belongs to its table and goes with it: the old
    // one steps aside (the rebuilt table's takes its name), and the new one
    // continues where it stood.
    auto identities = kept_identity_columns(a, b, ctx);
    auto aside_name = [](const nlohmann::json& seq) { return name_with_suffix(json_text(seq["name"]), "__pgdiff_old"); };
    for (auto& [old, now] : identities)
        steps.push_back(step("ALTER SEQUENCE " + sequence_sql(attr_or_null(old->attrs, "identity_sequence")) + " RENAME TO " +
                                 quote_ident(aside_name(attr_or_null(old->attrs, "identity_sequence"))) + ";",
                             "the rebuilt table's identity sequence takes this name"));
    auto created = table_create_steps(b, ctx, temp);
    steps.push_back(created.front());
    std::string cols, values;
    bool identity_copied = false;
    // Every column: a table rebuilt under its parents copies the inherited ones too.
    auto before = all_columns(a, ctx.from);
    for (const Node* c : all_columns(b, ctx.to)) {
        if (attr_or_null(c->attrs, "generated").is_string()) continue;
        for (const Node* old : before)
            if (old->ref.name == c->ref.name && !attr_or_null(old->attrs, "generated").is_string()) {
                cols += (cols.empty() ? "" : ", ") + c->sql_name;
                // A column retyped with the rebuild is converted as ALTER ... USING
                // would; so is one parked on text in the old table while its
                // type is rebuilt (the planner's park_in_rebuilt_table).
                bool convert = old->attrs["type"] != c->attrs["type"] || ctx.parked_in_rebuilt_tables.count(old->key);
                values += (values.empty() ? "" : ", ") + (convert ? converted_column(*old, *c) : c->sql_name);
                identity_copied = identity_copied || attr_or_null(c->attrs, "identity").is_string();
            }
    }
    if (!cols.empty())
        steps.push_back(step("INSERT INTO " + temp + " (" + cols + ")" + (identity_copied ? " OVERRIDING SYSTEM VALUE" : "") +
                                 " SELECT " + values + " FROM " + a.sql_name + ";",
                             "copy the rows into the rebuilt table")
                            .hazard(hazard::table_rewrite, "every row is copied into the rebuilt table"));
    for (auto& [old, now] : identities)
        steps.push_back(step("SELECT pg_catalog.setval(" + quote_literal(sequence_sql(attr_or_null(now->attrs, "identity_sequence"))) +
                                 ", last_value, is_called) FROM " +
                                 quote_qualified(json_text(attr_or_null(old->attrs, "identity_sequence")["schema"]), aside_name(attr_or_null(old->attrs, "identity_sequence"))) + ";",
                             "the identity continues where it stood"));
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

// ALTER TABLE SET/RESET (...) takes SHARE UPDATE EXCLUSIVE when every
// changed parameter is a fillfactor, toast, autovacuum or parallel_workers
// one (ALTER TABLE docs), ACCESS EXCLUSIVE otherwise.
inline const char* reloptions_lock(const nlohmann::json& before, const nlohmann::json& after) {
    auto light = [](const std::string& k) {
        return k == "fillfactor" || k == "parallel_workers" || k.rfind("autovacuum_", 0) == 0 ||
               k.rfind("toast.", 0) == 0 || k == "toast_tuple_target";
    };
    OptionList a = option_pairs(before), b = option_pairs(after);
    // An option is changed when its (name, value) pair is missing on the other side.
    auto changed_heavy = [&](const OptionList& x, const OptionList& y) {
        for (auto& kv : x)
            if (std::find(y.begin(), y.end(), kv) == y.end() && !light(kv.first)) return true;
        return false;
    };
    return changed_heavy(a, b) || changed_heavy(b, a) ? lock::access_exclusive : lock::share_update_exclusive;
}

// The relation an object inside a table belongs to exists before the
// migration (so its rows are there) and takes online DDL: not a partitioned
// table (no CONCURRENTLY, no NOT VALID foreign keys there).
inline bool online_target(const Node& n, const Context& ctx) {
    if (!ctx.options.online || n.parent.empty()) return false;
    const Node* before = ctx.from.find(n.parent);
    const Node* after = ctx.to.find(n.parent);
    if (!before || !after || before->kind == "foreign_table") return false;
    return before->attrs.value("partitioned", false) != true && after->attrs.value("partitioned", false) != true;
}

// Whether `table` lists the table `parent` among its parents (attrs
// "parents": [[schema, name], ...]).
inline bool has_parent(const Node& table, const Node& parent) {
    const auto& parents = attr_or_null(table.attrs, "parents");
    if (!parents.is_array()) return false;
    for (auto& p : parents)
        if (p[0] == parent.ref.schema && p[1] == parent.ref.name) return true;
    return false;
}

// Whether the table (a in FROM, b in TO) inherits from the table `parent`
// (of FROM) and stops: ALTER TABLE ... NO INHERIT, not a partition's DETACH.
inline bool leaves_parent(const Node& a, const Node& b, const Node& parent) {
    if (parent.kind != "table" || attr_or_null(a.attrs, "partition_bound").is_string()) return false;
    return has_parent(a, parent) && !has_parent(b, parent);
}

// Whether `child` (a table of FROM) inherits, in FROM and in TO, from the
// plain (not partitioned) table `parent` of FROM, which TO keeps.
inline bool stays_under_plain_parent(const Node& child, const Node& parent, const Context& ctx) {
    if (parent.kind != "table" || parent.attrs.value("partitioned", false) == true || !ctx.to.find(parent.key))
        return false;
    const Node* now = ctx.to.find(child.key);
    if (!now || attr_or_null(child.attrs, "partition_bound").is_string()) return false;
    return has_parent(child, parent) && has_parent(*now, parent);
}

// A column of a plain parent is dropped while a child that stays under it
// only inherits that column in FROM and declares it in TO: ALTER TABLE ONLY
// parent DROP COLUMN leaves the child's column as its own (a recursing drop
// would take it with its values). The children come from an index of FROM
// built once per plan.
inline bool child_keeps_inherited_column(const Node& column, const Context& ctx) {
    const Node* table = ctx.from.find(column.parent);
    if (!table || table->kind != "table" || table->attrs.value("partitioned", false) == true) return false;
    const auto& children = inheritance_children(table->key, ctx);
    std::string name = column_name(column, ctx.from);
    for (const Node* child : children) {
        const Node* was = ctx.from.find(keys::table_scoped("column", child->ref.schema, child->ref.name, name));
        const Node* now = was ? ctx.to.find(was->key) : nullptr;
        if (was && now && was->attrs["local"] == false && now->attrs["local"] == true &&
            stays_under_plain_parent(*child, *table, ctx) && child_takes_over_columns(*child, ctx))
            return true;
    }
    return false;
}

inline KindRules table_rules() {
    KindRules r;
    r.rank = 6;
    r.create = [](const Node& n, const Context& ctx) { return table_create_steps(n, ctx, n.sql_name); };
    r.rebuild = table_rebuild_steps;
    r.create_after = persistence_changed_after;
    r.child_readded_needs_rebuild = [](const Node& a, const Node& b, const Node& child, const Context& ctx) {
        // Only a generated column: its values are computed again, so the old
        // one may go before the rows are copied.
        return child.kind == "column" && attr_or_null(child.attrs, "generated").is_string() &&
               column_order_needs_rebuild(a, b, ctx, child.key);
    };
    // A parent dropped (or replaced) that the table no longer inherits
    // from: the table's NO INHERIT (its alter, before that drop) keeps it
    // and its rows.
    r.on_dependency_rebuilt = [](const Node& a, const Node& b, const Node& dep, const Change&, const Context&,
                                 Change&) {
        return leaves_parent(a, b, dep) ? Reaction::Ignore : Reaction::Replace;
    };
    r.drop = [](const Node& n, const Context&) {
        return std::vector<Step>{step("DROP TABLE " + n.sql_name + ";", {}, true)
                                     .hazard(hazard::data_loss, "drops the table and all its rows")};
    };
    r.alter = [](const Node& a, const Node& b, const Context& ctx, Change& out) {
        const auto &x = a.attrs, &y = b.attrs;
        if (x["partitioned"] != y["partitioned"] || x["partition_key"] != y["partition_key"]) {
            out.why = "partitioning changed";
            return false;
        }
        // Partitioned tables only (load.hpp, add_partition_key_columns).
        if (x.value("partition_key_columns", nlohmann::json()) != y.value("partition_key_columns", nlohmann::json())) {
            out.why = "a column of the partition key changes type or collation, which ALTER TABLE refuses";
            return false;
        }
        // A table that becomes, stops being or moves as a partition keeps its
        // rows: DETACH PARTITION (drop slot), ATTACH PARTITION (create slot).
        bool was_partition = x["partition_bound"].is_string(), is_partition = y["partition_bound"].is_string();
        bool moved = x["partition_bound"] != y["partition_bound"] || x["parents"] != y["parents"];
        if (moved && (was_partition || is_partition)) {
            auto parent_sql = [](const nlohmann::json& parents) {
                return parents.size() == 1 ? quote_qualified(json_text(parents[0][0]), json_text(parents[0][1])) : "";
            };
            std::string from_parent = parent_sql(x["parents"]), to_parent = parent_sql(y["parents"]);
            if ((was_partition && from_parent.empty()) || (is_partition && to_parent.empty())) {
                out.why = "partition bound or parent changed";
                return false;
            }
            if (!was_partition && !x["parents"].empty()) {
                out.why = "an inheritance child becomes a partition";
                return false;
            }
            if (!is_partition && !y["parents"].empty()) {
                out.why = "a partition becomes an inheritance child";
                return false;
            }
            if (was_partition) {
                out.drop_steps.push_back(step("ALTER TABLE " + from_parent + " DETACH PARTITION " + a.sql_name + ";",
                                              is_partition ? "partition bound or parent changed" : "no longer a partition"));
                for (Step& st : clones_left_steps(a, ctx, nullptr)) out.drop_steps.push_back(std::move(st));
            }
            if (is_partition)
                for (Step& st : set_up_for_attach(a, b, ctx)) out.create_steps.push_back(std::move(st));
            if (is_partition)
                out.create_steps.push_back(step("ALTER TABLE " + to_parent + " ATTACH PARTITION " + b.sql_name + " " +
                                                json_text(y["partition_bound"]) + ";",
                                                was_partition ? "partition bound or parent changed" : "now a partition"));
        }
        if (inheritance_needs_rebuild(a, b, ctx)) {
            out.why = "a column changes whether the table declares it or only inherits it: the table is rebuilt "
                      "under its parents and its rows copied";
            out.preserve_data = true;
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
                                            "persistence changed")
                                           .realises("persistence")
                                           .hazard(hazard::table_rewrite, "SET LOGGED/UNLOGGED rewrites the table"));
        if (!was_partition && !is_partition && x["parents"] != y["parents"]) {
            bool left = false;
            for (auto& p : x["parents"])
                if (std::find(y["parents"].begin(), y["parents"].end(), p) == y["parents"].end()) {
                    out.drop_steps.push_back(step(t + " NO INHERIT " + quote_qualified(json_text(p[0]), json_text(p[1])) + ";",
                                                  "no longer inherits"));
                    left = true;
                    for (Step& st : clones_left_steps(a, ctx, &p)) out.drop_steps.push_back(std::move(st));
                }
            // NO INHERIT keeps the columns it no longer inherits (as the
            // table's own): those the target does not have are dropped. The
            // parent's own DROP COLUMN may have taken one already.
            if (left)
                for (const Node* c : all_columns(a, ctx.from))
                    if (c->attrs["local"] == false && !ctx.to.find(c->key))
                        out.drop_steps.push_back(step(t + " DROP COLUMN IF EXISTS " + c->sql_name + ";",
                                                      "inherited only from a parent it no longer inherits", true)
                                                     .hazard(hazard::data_loss, "drops the column and its values"));
            for (auto& p : y["parents"])
                if (std::find(x["parents"].begin(), x["parents"].end(), p) == x["parents"].end())
                    out.create_steps.push_back(step(t + " INHERIT " + quote_qualified(json_text(p[0]), json_text(p[1])) + ";",
                                                    "now inherits"));
        }
        for (auto& change : reloptions_changes(x["options"], y["options"]))
            out.create_steps.push_back(step(t + " " + change + ";", "storage parameters changed")
                                           .realises("options")
                                           .locks(reloptions_lock(x["options"], y["options"])));
        if (x["rls"] != y["rls"])
            out.create_steps.push_back(step(t + (y["rls"] == true ? " ENABLE" : " DISABLE") + " ROW LEVEL SECURITY;")
                                           .realises("rls"));
        if (x["force_rls"] != y["force_rls"])
            out.create_steps.push_back(step(t + (y["force_rls"] == true ? " FORCE" : " NO FORCE") + " ROW LEVEL SECURITY;")
                                           .realises("force_rls"));
        return true;
    };
    return r;
}

// A type change that cannot lose data or fail on existing rows.
inline bool is_widening(const std::string& from, const std::string& to) {
    auto sized = [](const std::string& type, TypeName& t) {  // varchar(n), char(n), numeric(p[,s]), varbit(n)
        t = parse_type_name(type);
        return t.array_dims == 0 && !t.mods.empty() && t.base + "(" == type.substr(0, t.base.size() + 1) &&
               (t.base == "character varying" || t.base == "character" || t.base == "numeric" ||
                t.base == "bit varying");
    };
    TypeName a, b;
    bool a_sized = sized(from, a), b_sized = sized(to, b);
    if (a_sized && b_sized) {
        int a_scale = a.mods.size() > 1 ? a.mods[1] : 0, b_scale = b.mods.size() > 1 ? b.mods[1] : 0;
        return a.base == b.base && a.base != "character" && b.mods[0] >= a.mods[0] && a.mods.size() == b.mods.size() &&
               a_scale == b_scale && (a.base != "numeric" || b.mods[0] - b_scale >= a.mods[0] - a_scale);
    }
    if (a_sized && (to == a.base || (a.base == "character varying" && to == "text"))) return true;
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
    bool found = false;
    column.for_each_dep([&](const std::string& d) {
        for (const char* prefix : {"type:", "domain:", "composite_type:", "range_type:"})
            found = found || d.rfind(prefix, 0) == 0;
    });
    return found;
}

// Column a's value as column b's type: the USING expression of a retype.
// Enums only cast to and from text, and a scalar <-> array or range <->
// range change has no cast at all: those go through text.
inline bool converts_through_text(const Node& a, const Node& b) {
    return uses_enum(a) || uses_enum(b) || needs_text_route(json_text(a.attrs["type"]), json_text(b.attrs["type"]));
}
inline std::string converted_column(const Node& a, const Node& b) {
    std::string from_type = json_text(a.attrs["type"]), to_type = json_text(b.attrs["type"]);
    std::string through = needs_text_route(from_type, to_type) ? "text" : text_type_like(from_type);
    return b.sql_name + (converts_through_text(a, b) ? "::" + through : "") + "::" + to_type;
}

// The column converted to `parked` (text, or text[] for an array) so that a
// type can be dropped or rebuilt under it. A foreign table has no rows to
// convert (and refuses USING).
inline Step park_on_text_step(const Node& b, const std::string& parked, bool foreign, std::string why,
                              const std::string& using_expr = {}) {
    Step s = step(column_table(b) + " ALTER COLUMN " + b.sql_name + " TYPE " + parked +
                      (foreign ? "" : " USING " + (using_expr.empty() ? b.sql_name + "::" + parked : using_expr)) + ";",
                  std::move(why));
    if (!foreign) s.hazard(hazard::table_rewrite, "the column is converted to text: every row is rewritten");
    return s;
}

// A column storing composite type `dep` itself (not in an array or a
// domain) parked on text while the type is rebuilt with other attributes:
// the text of a value must already have the rebuilt type's attributes, or
// converting it back fails ("malformed record literal"). The row is written
// in the new layout: kept attributes by name, new ones NULL, a NULL value
// stays NULL. Empty when the attribute names do not change (plain ::text).
inline std::string composite_park_using(const Node& a, const Node& b, const Node& dep, const Context& ctx) {
    if (dep.kind != "composite_type" || !a.depends_on(dep.key) || text_type_like(json_text(a.attrs["type"])) != "text")
        return {};
    const Node* to_type = ctx.to.find(dep.key);
    if (!to_type || to_type->kind != "composite_type") return {};
    const nlohmann::json &before = dep.attrs["attributes"], &after = to_type->attrs["attributes"];
    if (!before.is_array() || !after.is_array()) return {};
    auto names = [](const nlohmann::json& list) {
        std::vector<nlohmann::json> v;
        for (auto& x : list) v.push_back(x[0]);
        return v;
    };
    if (names(before) == names(after)) return {};
    std::string fields;
    for (auto& y : after) {
        bool kept = false;
        for (auto& x : before) kept = kept || x[0] == y[0];
        fields += (fields.empty() ? "" : ", ") +
                  (kept ? "(" + b.sql_name + ")." + quote_ident(json_text(y[0])) : std::string("NULL"));
    }
    return "CASE WHEN " + b.sql_name + "::text IS NULL THEN NULL ELSE ROW(" + fields + ")::text END";
}

// The type a kept column is retyped away from is dropped. Its own retype runs
// after the drop, too late (PostgreSQL would refuse the DROP TYPE, and a
// cascade would lose the rows): the column moves to text before the drop.
// When text is where it is going anyway, that is its whole retype.
inline Reaction park_before_type_drop(const Node& a, const Node& b, const Node& dep, const Context& ctx, Change& out) {
    if (out.parked) return Reaction::Ignore;  // parked for another of its types
    std::string parked = text_type_like(json_text(a.attrs["type"]));
    auto realises_type = [](const Step& s) {
        return std::find(s.attributes.begin(), s.attributes.end(), "type") != s.attributes.end();
    };
    auto own = std::find_if(out.create_steps.begin(), out.create_steps.end(), realises_type);
    if (own != out.create_steps.end() && json_text(b.attrs["type"]) == parked && !attr_or_null(b.attrs, "collation").is_array()) {
        out.drop_steps.push_back(std::move(*own));
        out.create_steps.erase(own);
    } else {
        out.drop_steps.push_back(park_on_text_step(b, parked, in_foreign_table(b, ctx.to),
                                                   "park the column on text: " + dep.ref.name + " is dropped"));
    }
    out.parked = true;
    return Reaction::Adjusted;
}


// ALTER TABLE t ALTER COLUMN c ADD GENERATED ... AS IDENTITY (...), for
// `alter_column` ("ALTER TABLE t ALTER COLUMN c").
inline Step add_identity_step(const std::string& alter_column, const nlohmann::json& identity,
                              const nlohmann::json& sequence) {
    return step(alter_column + " ADD GENERATED " + identity_kind_sql(identity) + " AS IDENTITY" +
                    identity_options_sql(sequence) + ";",
                "now an identity column")
        .realises("identity");
}

// PostgreSQL refuses ALTER COLUMN ... TYPE on a table whose row type a
// column of another table stores ("cannot alter table because column uses
// its row type"); pgdiff does not work around it yet: it says so.
// The columns are indexed by the tables they store in one pass, on first
// use: a scan of the catalog per retyped column made the plan quadratic
// (+70% of its instructions at 1,000 tables).
inline void warn_if_row_type_stored(const Node& column, const Context& ctx) {
    const std::string& table = column.parent;
    if (table.empty()) return;
    if (!ctx.from_row_type_users) {
        ctx.from_row_type_users.emplace();
        // keys start with their kind: the columns are one run of the map
        for (auto it = ctx.from.nodes.lower_bound("column:"); it != ctx.from.nodes.end() && it->first.rfind("column:", 0) == 0; ++it) {
            const Node& n = it->second;
            for (const std::string& d : n.deps_besides_parent)  // its parent is its own table
                if ((d.rfind("table:", 0) == 0 || d.rfind("foreign_table:", 0) == 0) && d != n.parent &&
                    n.kind == "column" && typed_by(n).empty())
                    ctx.from_row_type_users->emplace(d, &n);  // the first in key order stays
        }
    }
    auto it = ctx.from_row_type_users->find(table);
    if (it == ctx.from_row_type_users->end()) return;
    const Node& n = *it->second;
    ctx.warnings.push_back("column " + column.sql_table + "." + column.sql_name + " is retyped but column " +
                           n.sql_table + "." + n.sql_name +
                           " stores the table's row type: PostgreSQL refuses the ALTER COLUMN ... TYPE; "
                           "change that column by hand first");
}

// The column's type (in FROM) belongs to an extension that moves to
// another schema, and its name in TO is the same type in the new schema:
// ALTER EXTENSION SET SCHEMA renames it, the column does not change.
inline bool type_moved_with_extension(const Node& a, const Node& b, const Context& ctx) {
    const std::string from_type = json_text(a.attrs["type"]), to_type = json_text(b.attrs["type"]);
    if (from_type == to_type) return false;
    bool moved = false;
    a.for_each_dep([&](const std::string& dep) {
        const Node* ea = ctx.from.find(dep);
        const Node* eb = ctx.to.find(dep);
        if (moved || !ea || !eb || ea->kind != "extension" || eb->kind != "extension") return;
        const std::string sa = ea->attrs.value("schema", ""), sb = eb->attrs.value("schema", "");
        if (sa == sb) return;
        // format_type quotes a schema name only when it must.
        auto rest = [](const std::string& type, const std::string& schema) -> std::string_view {
            for (const std::string& p : {schema + ".", quote_ident(schema) + "."})
                if (type.compare(0, p.size(), p) == 0) return std::string_view(type).substr(p.size());
            return {};
        };
        std::string_view ra = rest(from_type, sa), rb = rest(to_type, sb);
        moved = !ra.empty() && ra == rb;
    });
    return moved;
}

inline KindRules column_rules() {
    KindRules r;
    r.rank = 7;
    r.inline_in_parent = true;
    r.create = [](const Node& n, const Context& ctx) {
        if (n.attrs["local"] == false) return std::vector<Step>{};  // added through the parent
        if (follows_its_type(n, ctx.from)) {
            // Added by the type's ADD ATTRIBUTE ... CASCADE: only its options here.
            std::vector<Step> steps;
            std::string t = column_table(n) + " ALTER COLUMN " + n.sql_name;
            if (const Node* d = default_of(n, ctx.to))
                steps.push_back(step(t + " SET DEFAULT " + json_text(d->attrs["expression"]) + ";"));
            if (n.attrs["not_null"] == true)
                steps.push_back(step(t + " SET NOT NULL;").hazard(hazard::full_scan, "reads every row to check for NULLs"));
            for (auto& st : column_settings_steps(n.sql_table, n, nullptr)) steps.push_back(st);
            return steps;
        }
        if (attr_or_null(n.attrs, "identity").is_string() && has_child_tables(n.parent, ctx)) {
            // ADD COLUMN ... GENERATED AS IDENTITY refuses a table with
            // children ("cannot recursively add identity column"): the column
            // is added (to the children too), then made an identity. Rows
            // already there are numbered as that ADD COLUMN would number
            // them, from a sequence of their own (an identity needs NOT NULL
            // first), and the identity goes on after the highest number.
            nlohmann::json plain = n.attrs;
            plain.erase("identity");
            Node without = n;
            without.attrs = std::move(plain);
            const nlohmann::json& seq = attr_or_null(n.attrs, "identity_sequence");
            const Node* table = ctx.to.find(n.parent);
            const std::string fill = quote_qualified(
                n.ref.schema, name_with_suffix((table ? table->ref.name + "_" : "") + column_name(n, ctx.to), "__pgdiff_fill"));
            const std::string t = column_table(n), col = t + " ALTER COLUMN " + n.sql_name;
            std::vector<Step> steps{
                step("CREATE SEQUENCE " + fill + ";", "numbers the rows already there"),
                step(t + " ADD COLUMN " + column_definition_sql(without, ctx.to) + " DEFAULT pg_catalog.nextval(" +
                         quote_literal(fill) + "::regclass);",
                     "the table has children: the identity is added on its own")
                    .hazard(hazard::table_rewrite, "every row (in the child tables too) gets a number: the tables are rewritten"),
                step(col + " DROP DEFAULT;"),
                step("DROP SEQUENCE " + fill + ";"),
                add_identity_step(col, attr_or_null(n.attrs, "identity"), seq)};
            if (seq.is_object())
                steps.push_back(step("SELECT pg_catalog.setval(" + quote_literal(sequence_sql(seq)) + ", m) FROM (SELECT max(" +
                                         n.sql_name + ") AS m FROM " + n.sql_table + ") AS numbered WHERE m IS NOT NULL;",
                                     "the identity continues after the rows already numbered"));
            for (auto& st : column_settings_steps(n.sql_table, n, nullptr)) steps.push_back(st);
            return steps;
        }
        Step s = step(column_table(n) + " ADD COLUMN " + column_definition_sql(n, ctx.to) + ";");
        // ADD COLUMN stores a non-volatile default once (no rewrite); a
        // volatile default, an identity or a stored generated column is
        // computed for every existing row.
        const Node* d = default_of(n, ctx.to);
        if (attr_or_null(n.attrs, "generated").is_string())
            s.hazard(hazard::table_rewrite, "a stored generated column is computed for every row");
        else if (attr_or_null(n.attrs, "identity").is_string())
            s.hazard(hazard::table_rewrite, "an identity column takes a value for every row");
        else if (d && ctx.to.facts.volatile_defaults.count(d->key))
            s.hazard(hazard::table_rewrite, "the default calls a volatile function: it is evaluated for every row");
        std::vector<Step> steps{s};
        for (auto& st : column_settings_steps(n.sql_table, n, nullptr)) steps.push_back(st);
        return steps;
    };
    r.drop = [](const Node& n, const Context& ctx) {
        if (n.attrs["local"] == false) return std::vector<Step>{};
        if (follows_its_type(n, ctx.to)) return std::vector<Step>{};  // the type's DROP ATTRIBUTE ... CASCADE
        bool keeps_data = attr_or_null(n.attrs, "generated").is_string() || in_foreign_table(n, ctx.from);
        if (child_keeps_inherited_column(n, ctx)) {
            Step s = step("ALTER TABLE ONLY " + n.sql_table + " DROP COLUMN " + n.sql_name + ";",
                          "a child keeps the column as its own", !keeps_data);
            if (!keeps_data) s.hazard(hazard::data_loss, "drops the column and its values (the child keeps its own)");
            std::vector<Step> steps{s};
            // The other children keep it too: those that only inherited it
            // and are not to have it drop it now.
            std::string name = column_name(n, ctx.from);
            for (const Node* child : inheritance_children(n.parent, ctx)) {
                const Node* was = ctx.from.find(keys::table_scoped("column", child->ref.schema, child->ref.name, name));
                if (was && was->attrs["local"] == false && !ctx.to.find(was->key) && ctx.to.find(child->key))
                    steps.push_back(step("ALTER TABLE " + child->sql_name + " DROP COLUMN IF EXISTS " + was->sql_name + ";",
                                         "the parent's column is dropped from the parent only", true)
                                        .hazard(hazard::data_loss, "drops the column and its values"));
            }
            return steps;
        }
        Step s = step(column_table(n) + " DROP COLUMN " + n.sql_name + ";", {}, !keeps_data);
        if (!keeps_data) s.hazard(hazard::data_loss, "drops the column and its values");
        return std::vector<Step>{s};
    };
    r.alter = [](const Node& a_node, const Node& b, const Context& ctx, Change& out) {
        // A type that only changed its name because ALTER EXTENSION SET
        // SCHEMA moves it: the column is compared as if it kept its type.
        std::optional<Node> moved;
        if (type_moved_with_extension(a_node, b, ctx)) {
            moved = a_node;
            moved->attrs["type"] = b.attrs["type"];
        }
        const Node& a = moved ? *moved : a_node;
        const auto &x = a.attrs, &y = b.attrs;
        // The optional attributes this rule reads, looked up once.
        const auto &x_collation = attr_or_null(x, "collation"), &y_collation = attr_or_null(y, "collation");
        const auto &x_generated = attr_or_null(x, "generated"), &y_generated = attr_or_null(y, "generated");
        const auto &x_identity = attr_or_null(x, "identity"), &y_identity = attr_or_null(y, "identity");
        const auto &x_identity_sequence = attr_or_null(x, "identity_sequence"),
                   &y_identity_sequence = attr_or_null(y, "identity_sequence");
        std::string t = column_table(b) + " ALTER COLUMN " + b.sql_name;
        if (column_replaced(a, b)) {
            // No SQL sets a generation expression (before PostgreSQL 17): drop and add.
            out.why = "generation expression changed";
            return false;
        }
        // A typed table's column is retyped by its type (ALTER TYPE ... CASCADE).
        bool retyped_by_type = follows_its_type(a, ctx.to) && typed_by(a) == typed_by(b);
        if (x_generated.is_string() && y_generated.is_null())
            out.create_steps.push_back(step(t + " DROP EXPRESSION;", "no longer a generated column").realises("generated"));
        std::string from_type = json_text(x["type"]), to_type = json_text(y["type"]);
        bool foreign = in_foreign_table(b, ctx.to);
        if (foreign && (from_type != to_type || x_collation != y_collation)) {
            // Only the catalog changes (USING is refused): nothing converted, nothing lost.
            std::string sql = t + " TYPE " + to_type;
            if (y_collation.is_array()) sql += " COLLATE " + qualified_name_sql(y_collation);
            out.create_steps.push_back(step(sql + ";", from_type == to_type ? "collation changed"
                                                                            : "type " + from_type + " -> " + to_type)
                                           .realises("type")
                                           .realises("collation"));
            out.rebuild_dependents = true;
        } else if (!retyped_by_type && (from_type != to_type || x_collation != y_collation)) {
            warn_if_row_type_stored(a, ctx);
            std::string sql = t + " TYPE " + to_type;
            if (y_collation.is_array()) sql += " COLLATE " + qualified_name_sql(y_collation);
            bool via_text = converts_through_text(a, b);
            sql += " USING " + converted_column(a, b) + ";";
            const auto& casts = ctx.from.facts.has_casts ? ctx.from.facts.binary_coercible : ctx.to.facts.binary_coercible;
            bool rewrite = type_change_rewrites(from_type, to_type, casts, via_text);
            bool safe = from_type == to_type || is_widening(from_type, to_type) || !rewrite;
            Step s = step(sql, from_type == to_type ? "collation changed" : "type " + from_type + " -> " + to_type, !safe);
            s.realises("type").realises("collation");
            if (!safe)
                s.hazard(hazard::data_loss, "values of type " + from_type + " may not convert to " + to_type +
                                                ": the statement can fail or cut values");
            if (rewrite)
                s.hazard(hazard::table_rewrite, from_type == to_type
                                                    ? "the column is rewritten under the new collation"
                                                    : from_type + " -> " + to_type + " is not binary coercible: every row is rewritten "
                                                      "and the table's indexes are rebuilt");
            out.create_steps.push_back(s);
            out.rebuild_dependents = true;
        }
        for (auto& st : column_settings_steps(b.sql_table, b, &a)) out.create_steps.push_back(st);
        if (std::string options = generic_options_change(x.value("fdw_options", nlohmann::json()),
                                                         y.value("fdw_options", nlohmann::json()));
            !options.empty())
            out.create_steps.push_back(step("ALTER FOREIGN TABLE " + b.sql_table + " ALTER COLUMN " + b.sql_name + " " +
                                            options + ";", "column options changed")
                                           .realises("fdw_options"));
        // An identity column is NOT NULL: drop the identity before the
        // NOT NULL, and set NOT NULL before adding one.
        // In the drop slot: it frees the identity sequence's name, which a
        // new sequence (say, for a serial column) may take.
        // A partition's identity is its partitioned table's (PostgreSQL 18
        // copies it to the partitions and refuses it on a partition alone;
        // 15 has none there): the parent's ALTER recurses, nothing is written here.
        auto of_partition = [](const Node& col, const Catalog& cat) {
            const Node* table = cat.find(col.parent);
            return table && attr_or_null(table->attrs, "partition_bound").is_string();
        };
        const bool identity_follows_parent = of_partition(a, ctx.from) && of_partition(b, ctx.to);
        if (!x_identity.is_null() && y_identity.is_null() && !identity_follows_parent)
            out.drop_steps.push_back(step(t + " DROP IDENTITY;", "no longer an identity column").realises("identity"));
        if (x["not_null"] != y["not_null"] && !not_null_set_for_attach(a, b, ctx)) {
            if (y["not_null"] != true) {
                out.create_steps.push_back(step(t + " DROP NOT NULL;").realises("not_null"));
            } else if (online_target(b, ctx)) {
                // A valid CHECK (col IS NOT NULL) lets SET NOT NULL skip its
                // scan; the CHECK is validated without blocking writes.
                std::string check = quote_ident(name_with_suffix(column_name(b, ctx.to), "_not_null_pgdiff"));
                std::string tb = column_table(b);
                out.create_steps.push_back(step(tb + " ADD CONSTRAINT " + check + " CHECK (" + b.sql_name +
                                                " IS NOT NULL) NOT VALID;", "online SET NOT NULL: a CHECK added without a scan")
                                               .realises("not_null"));
                out.create_steps.push_back(step(tb + " VALIDATE CONSTRAINT " + check + ";",
                                                "online SET NOT NULL: validated without blocking writes")
                                               .realises("not_null")
                                               .locks(lock::share_update_exclusive)
                                               .in_new_transaction()
                                               .hazard(hazard::full_scan, "reads every row to validate the CHECK"));
                out.create_steps.push_back(step(t + " SET NOT NULL;", "proved by the validated CHECK: no scan")
                                               .realises("not_null")
                                               .in_new_transaction());
                out.create_steps.push_back(step(tb + " DROP CONSTRAINT " + check + ";", "the CHECK is no longer needed")
                                               .realises("not_null"));
            } else {
                out.create_steps.push_back(step(t + " SET NOT NULL;")
                                               .realises("not_null")
                                               .hazard(hazard::full_scan, "reads every row to check for NULLs"));
            }
        }
        if (!y_identity.is_null() && !identity_follows_parent &&
            (x_identity != y_identity || x_identity_sequence != y_identity_sequence)) {
            if (x_identity.is_null()) {
                out.create_steps.push_back(add_identity_step(t, y_identity, y_identity_sequence));
            } else {
                if (x_identity != y_identity)
                    out.create_steps.push_back(step(t + " SET GENERATED " + identity_kind_sql(y_identity) + ";"));
                const auto &sa = x_identity_sequence, &sb = y_identity_sequence;
                if (!sa.is_object() || !sb.is_object()) return true;  // a snapshot without them
                if (sa["schema"] != sb["schema"] || sa["name"] != sb["name"]) {
                    // Through a name of its own: the old name is free before
                    // anything is created (another identity may take it), and
                    // the new one is taken after everything is dropped or
                    // renamed away (another identity's sequence may hold it).
                    std::string aside = name_with_suffix(json_text(sa["name"]), "__pgdiff_rename");
                    out.drop_steps.push_back(step("ALTER SEQUENCE " + sequence_sql(sa) + " RENAME TO " +
                                                  quote_ident(aside) + ";",
                                                  "the identity sequence is renamed: its old name is freed first"));
                    out.create_steps.push_back(step("ALTER SEQUENCE " + quote_qualified(json_text(sa["schema"]), aside) +
                                                    " RENAME TO " + quote_ident(json_text(sb["name"])) + ";"));
                }
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
    // An inherited-only column the target does not have, in a table that
    // stops inheriting from the parent giving it: the table's NO INHERIT
    // keeps it, and the table drops it after (table_rules' alter).
    r.detached_from_owner = [](const Node& a, const std::string& owner, const Context& ctx) {
        if (a.attrs["local"] != false) return false;
        const Node *col = ctx.from.find(owner), *ta = ctx.from.find(a.parent), *tb = ctx.to.find(a.parent);
        const Node* parent = col && col->kind == "column" ? ctx.from.find(col->parent) : nullptr;
        return parent && ta && tb && leaves_parent(*ta, *tb, *parent);
    };
    r.on_dependency_rebuilt = [](const Node& a, const Node& b, const Node& dep, const Change& dep_change,
                                 const Context& ctx, Change& out) {
        // The parent's column goes while the table stops inheriting from
        // that parent: NO INHERIT keeps the column (as its own), as the
        // target has it.
        if (dep.kind == "column" && a.attrs["local"] == false && b.attrs["local"] == true &&
            (dep_change.kind == ChangeKind::Drop || dep_change.kind == ChangeKind::Replace)) {
            const Node *parent = ctx.from.find(dep.parent), *ta = ctx.from.find(a.parent), *tb = ctx.to.find(b.parent);
            if (parent && ta && tb && leaves_parent(*ta, *tb, *parent)) return Reaction::Ignore;
            // The parent keeps the table as a child: its ALTER TABLE ONLY
            // ... DROP COLUMN (child_keeps_inherited_column) leaves this
            // column as the table's own.
            if (dep_change.kind == ChangeKind::Drop && parent && ta && stays_under_plain_parent(*ta, *parent, ctx) &&
                child_takes_over_columns(*ta, ctx))
                return Reaction::Ignore;
        }
        // A column the table declares itself outlives the parent's column
        // (DROP COLUMN on the parent only takes inherited-only ones).
        if (dep.kind == "column" && dep_change.kind == ChangeKind::Drop && a.attrs["local"] == true &&
            b.attrs["local"] == true && a.attrs.value("inherited", false) == true) {
            const Node *parent = ctx.from.find(dep.parent), *ta = ctx.from.find(a.parent);
            if (parent && ta && parent->kind == "table" && ta->kind == "table" && has_parent(*ta, *parent))
                return Reaction::Ignore;
        }
        if (dep.kind == "table" || dep.kind == "extension") return Reaction::Replace;
        // A typed table's column follows its type; the table itself depends
        // on the type and reacts to its rebuild.
        if (dep.kind == "composite_type" && !typed_by(a).empty())
            return Reaction::Ignore;
        if (attr_or_null(a.attrs, "generated").is_string()) return Reaction::Replace;  // recomputed, nothing is lost
        if (dep.kind == "column" && dep_change.kind == ChangeKind::Alter && dep_change.rebuild_dependents &&
            a.attrs.value("inherited", false) == true && b.attrs.value("inherited", false) == true && !out.parked) {
            // The parent's ALTER COLUMN ... TYPE recurses into this inherited
            // column (and rebuilds its indexes); its own would be refused
            // ("cannot alter inherited column"). Its dependents follow as
            // they follow any retyped column.
            out.create_steps.erase(std::remove_if(out.create_steps.begin(), out.create_steps.end(),
                                                  [](const Step& s) {
                                                      return std::find(s.attributes.begin(), s.attributes.end(), "type") !=
                                                             s.attributes.end();
                                                  }),
                                   out.create_steps.end());
            out.rebuild_dependents = true;
            out.parked = dep_change.parked;
            out.why = "retyped with the parent's column";
            return Reaction::Adjusted;
        }
        static const std::set<std::string> parkable = {"type", "domain", "composite_type", "range_type", "collation"};
        if (parkable.count(dep.kind) && dep_change.kind == ChangeKind::Replace) {
            if (!out.create_steps.empty() && out.rebuild_dependents) {
                // Already retyped, in the create slot: too late when the old
                // column still stores the rebuilt type (a column keeping its
                // domain but changing its COLLATE): PostgreSQL refuses the
                // DROP. Park it first; its own retype (through text) follows.
                if (!a.depends_on(dep.key)) return Reaction::Ignore;
                return park_before_type_drop(a, b, dep, ctx, out);
            }
            // Park the column on text while the type is rebuilt, then convert back.
            std::string t = column_table(b) + " ALTER COLUMN " + b.sql_name + " TYPE ";
            std::string type = json_text(b.attrs["type"]);
            std::string parked = text_type_like(type);
            std::string coll = attr_or_null(b.attrs, "collation").is_array() ? " COLLATE " + qualified_name_sql(attr_or_null(b.attrs, "collation")) : "";
            bool foreign = in_foreign_table(b, ctx.to);
            if (!foreign) warn_if_row_type_stored(a, ctx);
            out.drop_steps.push_back(park_on_text_step(b, parked, foreign, "park the column while " + dep.ref.name + " is rebuilt",
                                                       foreign ? std::string() : composite_park_using(a, b, dep, ctx)));
            if (foreign) {
                out.create_steps.push_back(step(t + type + coll + ";", dep.ref.name + " was rebuilt"));
                out.rebuild_dependents = true;
                out.parked = true;
                return Reaction::Adjusted;
            }
            Step back = step(t + type + coll + " USING " + b.sql_name + "::" + parked + "::" + type + ";",
                             dep.ref.name + " was rebuilt", dep.kind == "type");
            back.hazard(hazard::table_rewrite, "the column is converted back: every row is rewritten");
            if (dep.kind == "type") back.hazard(hazard::data_loss, "values no longer in " + dep.ref.name + " make the statement fail");
            out.create_steps.push_back(back);
            out.rebuild_dependents = true;
            out.parked = true;
            return Reaction::Adjusted;
        }
        if (parkable.count(dep.kind) && dep_change.kind == ChangeKind::Drop && !out.create_steps.empty() &&
            out.rebuild_dependents)
            return park_before_type_drop(a, b, dep, ctx, out);
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

// Indexes and constraints follow a retyped column by themselves, but not a
// column parked on text: they are dropped before it and built again after.
inline Reaction follows_retyped_columns(const Node&, const Node&, const Node& dep, const Change& dep_change,
                                        const Context&, Change&) {
    if (dep.kind == "column" && dep_change.kind == ChangeKind::Alter && !dep_change.parked) return Reaction::Ignore;
    return Reaction::Replace;
}

inline KindRules constraint_rules() {
    KindRules r;
    r.rank = 10;
    r.create = [](const Node& n, const Context& ctx) {
        std::string type = json_text(n.attrs["type"]);
        bool valid = n.attrs["validated"] != false;
        // A new partition made by CREATE TABLE and ATTACH already has the
        // parent's CHECK constraints it needed to be attached.
        if (type == "c" && !ctx.from.find(n.parent)) {
            const Node* t = ctx.to.find(n.parent);
            if (t && partition_made_by_attach(*t, ctx.to))
                for (const Node* c : checks_required_by_attach(*t, ctx.to))
                    if (c->sql_name == n.sql_name && c->attrs["definition"] == n.attrs["definition"])
                        return std::vector<Step>{};
        }
        std::string add = "ALTER TABLE " + n.sql_table + " ADD CONSTRAINT " + n.sql_name + " " +
                          json_text(n.attrs["definition"]);
        // ADD FOREIGN KEY takes SHARE ROW EXCLUSIVE (on both tables), other
        // constraints ACCESS EXCLUSIVE; VALIDATE takes SHARE UPDATE EXCLUSIVE.
        const char* level = type == "f" ? lock::share_row_exclusive : lock::access_exclusive;
        if ((type == "c" || type == "f") && valid && online_target(n, ctx)) {
            return std::vector<Step>{
                step(add + " NOT VALID;", "online: added without checking existing rows").locks(level),
                step("ALTER TABLE " + n.sql_table + " VALIDATE CONSTRAINT " + n.sql_name + ";",
                     "online: existing rows checked without blocking writes")
                    .locks(lock::share_update_exclusive)
                    .in_new_transaction()
                    .hazard(hazard::full_scan, "reads every row to validate the constraint")};
        }
        Step s = step(add + (valid ? "" : " NOT VALID") + ";").locks(level);
        if (valid && (type == "c" || type == "f"))
            s.hazard(hazard::full_scan, "reads every row to validate the constraint while holding the lock");
        else if (type == "p" || type == "u" || type == "x")
            s.hazard(hazard::full_scan, "builds its index by reading every row while holding the lock");
        return std::vector<Step>{s};
    };
    r.drop = [](const Node& n, const Context& ctx) {
        if (check_merged_by_attach(n, ctx)) return std::vector<Step>{};
        return std::vector<Step>{step("ALTER TABLE " + n.sql_table + " DROP CONSTRAINT " + n.sql_name + ";")};
    };
    r.alter = [](const Node& a, const Node& b, const Context&, Change& out) {
        if (a.attrs["definition"] != b.attrs["definition"] || a.attrs["type"] != b.attrs["type"]) {
            out.why = "definition changed";
            return false;
        }
        if (a.attrs["validated"] == false && b.attrs["validated"] == true) {
            out.create_steps.push_back(step("ALTER TABLE " + b.sql_table + " VALIDATE CONSTRAINT " + b.sql_name + ";",
                                            "constraint validated")
                                           .realises("validated")
                                           .locks(lock::share_update_exclusive)
                                           .hazard(hazard::full_scan, "reads every row to validate the constraint"));
            return true;
        }
        out.why = "constraint no longer validated";
        return false;
    };
    r.on_dependency_rebuilt = follows_retyped_columns;
    return r;
}

// CLUSTER ON the index `n` (it marks the table; no rows move).
inline Step cluster_on_step(const Node& n) {
    return step("ALTER TABLE " + n.sql_table + " CLUSTER ON " + quote_ident(n.ref.name) + ";")
        .locks(lock::share_update_exclusive);
}

// CREATE INDEX for `n`, under the SQL name `name` when one is given. Online,
// on a table that already has rows: CONCURRENTLY, outside a transaction block.
inline Step index_build_step(const Node& n, const Context& ctx, const std::string& name) {
    std::string def = json_text(n.attrs["definition"]);
    // An index on a partitioned table is deparsed "ON ONLY"; without ONLY
    // PostgreSQL also builds (or attaches) the partitions' indexes.
    // An index kept ON ONLY (invalid until every partition has one attached)
    // is made as it is.
    auto only = def.find(" ON ONLY ");
    if (only != std::string::npos && n.attrs.value("only", false) != true) def.replace(only, 9, " ON ");
    // pg_get_indexdef: CREATE [UNIQUE ]INDEX <name> ON ...
    bool concurrently = online_target(n, ctx);
    auto at = def.find("INDEX ");
    if (at != std::string::npos && (concurrently || !name.empty())) {
        size_t start = at + 6, end = start;
        if (end < def.size() && def[end] == '"') {
            for (++end; end < def.size(); ++end)
                if (def[end] == '"') {
                    if (end + 1 < def.size() && def[end + 1] == '"') ++end;
                    else { ++end; break; }
                }
        } else {
            while (end < def.size() && def[end] != ' ') ++end;
        }
        std::string own = name.empty() ? def.substr(start, end - start) : name;
        def.replace(start, end - start, (concurrently ? "CONCURRENTLY " : "") + own);
    }
    if (concurrently)
        return step(def + ";", "online: built without blocking writes")
            .locks(lock::share_update_exclusive)
            .outside_transaction();
    return step(def + ";").locks(lock::share).hazard(hazard::full_scan,
                                                     "reads every row to build the index, blocking writes meanwhile");
}

// ALTER INDEX ... ALTER COLUMN n SET STATISTICS for the statistics targets
// of `b` (an index) that `a` (nullptr: a new index) does not have; -1 resets
// one that `b` no longer sets.
inline std::vector<Step> index_statistics_steps(const Node* a, const Node& b) {
    auto targets = [](const Node* n) {
        std::map<int64_t, int64_t> out;
        if (n && n->attrs.contains("column_statistics") && n->attrs["column_statistics"].is_array())
            for (auto& e : n->attrs["column_statistics"]) out[e[0].get<int64_t>()] = e[1].get<int64_t>();
        return out;
    };
    auto before = targets(a), after = targets(&b);
    for (auto& [num, v] : before)
        if (!after.count(num)) after[num] = -1;
    std::vector<Step> steps;
    for (auto& [num, v] : after) {
        auto it = before.find(num);
        if ((it == before.end() && v == -1) || (it != before.end() && it->second == v)) continue;
        steps.push_back(step("ALTER INDEX " + b.sql_name + " ALTER COLUMN " + std::to_string(num) +
                             " SET STATISTICS " + std::to_string(v) + ";"));
    }
    return steps;
}

inline KindRules index_rules() {
    KindRules r;
    r.rank = 11;
    r.create = [](const Node& n, const Context& ctx) {
        std::vector<Step> steps{index_build_step(n, ctx, {})};
        if (n.attrs["clustered"] == true)
            steps.push_back(cluster_on_step(n));
        for (auto& st : index_statistics_steps(nullptr, n)) steps.push_back(st);
        return steps;
    };
    r.drop = [](const Node& n, const Context& ctx) {
        if (online_target(n, ctx))
            return std::vector<Step>{step("DROP INDEX CONCURRENTLY " + n.sql_name + ";", "online: dropped without blocking")
                                         .locks(lock::share_update_exclusive)
                                         .outside_transaction()};
        return std::vector<Step>{step("DROP INDEX " + n.sql_name + ";")};
    };
    // Online: a changed index is built under a temporary name, the old one
    // dropped, and the new one renamed, none of it blocking writes.
    r.rebuild = [](const Node& a, const Node& b, const Context& ctx) {
        std::string temp = name_with_suffix(b.ref.name, "_pgdiff_new");
        std::vector<Step> steps{index_build_step(b, ctx, quote_ident(temp))};
        steps.back().why = "online: the new definition is built under a temporary name";
        // IF EXISTS: a column the old index used may have been dropped
        // earlier in the script, and the index with it.
        steps.push_back(step("DROP INDEX CONCURRENTLY IF EXISTS " + a.sql_name + ";", "online: the old definition is dropped")
                            .locks(lock::share_update_exclusive)
                            .outside_transaction());
        steps.push_back(step("ALTER INDEX " + quote_qualified(b.ref.schema, temp) + " RENAME TO " +
                             quote_ident(b.ref.name) + ";", "online: the new index takes the old name")
                            .locks(lock::share_update_exclusive));
        if (b.attrs["clustered"] == true)
            steps.push_back(cluster_on_step(b));
        for (auto& st : index_statistics_steps(nullptr, b)) steps.push_back(st);
        return steps;
    };
    r.alter = [](const Node& a, const Node& b, const Context& ctx, Change& out) {
        if (a.attrs["definition"] != b.attrs["definition"] ||
            a.attrs.value("only", false) != b.attrs.value("only", false)) {
            out.why = a.attrs["definition"] != b.attrs["definition"] ? "definition changed"
                                                                     : "ON ONLY (partitions' indexes) changed";
            // Built aside and swapped only when the old index can outlive
            // what it uses: an operator class (or other object, columns
            // aside) that this migration drops must lose the index first.
            bool uses_dropped = false;
            a.for_each_dep([&](const std::string& dep) {
                const Node* d = ctx.from.find(dep);
                if (d && d->kind != "column" && dep != a.parent && !ctx.to.find(dep)) uses_dropped = true;
            });
            out.preserve_data = online_target(b, ctx) && !uses_dropped;
            return false;
        }
        if (attr_or_null(a.attrs, "column_statistics") != attr_or_null(b.attrs, "column_statistics")) {
            for (auto& st : index_statistics_steps(&a, b)) out.create_steps.push_back(st);
            if (a.attrs["clustered"] == b.attrs["clustered"]) return true;
        }
        if (b.attrs["clustered"] == true) {
            out.create_steps.push_back(cluster_on_step(b));
        } else {
            // CLUSTER ON another index of the table already moves the mark.
            for (auto& k : ctx.to.children_of(b.parent)) {
                const Node* other = ctx.to.find(k);
                if (other && other->kind == "index" && other->attrs["clustered"] == true) return true;
            }
            out.create_steps.push_back(step("ALTER TABLE " + b.sql_table + " SET WITHOUT CLUSTER;")
                                           .locks(lock::share_update_exclusive));
        }
        return true;
    };
    r.on_dependency_rebuilt = follows_retyped_columns;
    return r;
}

}  // namespace pgdiff::kinds
