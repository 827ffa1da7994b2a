// TEMPORARY STUB of the engine API, used only to build the wasm pipeline while
// the real engine (include/pgdiff/) is being written. DELETE this folder once
// include/pgdiff/pgdiff.hpp compiles. Knows tables and columns only.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>
#include <nlohmann/json.hpp>

namespace pgdiff {
struct Options { bool with_privileges=false, create_extensions_only=false, ignore_extension_versions=false; std::vector<std::string> schemas, exclude_schemas; };
struct ObjectRef { std::string kind, schema, name; };
struct Statement { std::string sql; ObjectRef object; std::string action; bool unsafe=false; std::string why; bool transactional=true; };
struct Plan { std::vector<Statement> statements; std::vector<std::string> warnings;
  bool empty() const { return statements.empty(); }
  bool has_unsafe() const { for (auto& s : statements) if (s.unsafe) return true; return false; } };
struct Column { std::string name, type; bool notnull=false; };
struct Table { std::string schema, name; std::vector<Column> columns; };
struct Catalog { std::map<std::string, Table> tables; };

inline const char* inspect_begin_sql() { return "BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY; SET LOCAL search_path = ''"; }
inline const char* catalog_query() { return R"(SELECT json_build_object('tables', coalesce((SELECT json_agg(json_build_object('schema', n.nspname, 'name', c.relname,
  'columns', (SELECT coalesce(json_agg(json_build_object('name', a.attname, 'type', pg_catalog.format_type(a.atttypid, a.atttypmod), 'notnull', a.attnotnull) ORDER BY a.attnum), '[]')
              FROM pg_catalog.pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped)) ORDER BY n.nspname, c.relname)
  FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  WHERE c.relkind IN ('r','p') AND n.nspname NOT IN ('pg_catalog','information_schema') AND n.nspname NOT LIKE 'pg\_toast%'), '[]'))::text AS catalog)"; }
inline const char* inspect_end_sql() { return "ROLLBACK"; }
struct LoadResult { std::optional<Catalog> catalog; std::string error; };
inline LoadResult load_catalog(std::string_view text) {
  auto j = nlohmann::json::parse(text, nullptr, false);
  if (j.is_discarded()) return {std::nullopt, "catalog JSON: parse error"};
  if (!j.is_object() || !j.contains("tables")) return {std::nullopt, "catalog JSON: missing \"tables\""};
  Catalog c;
  for (auto& t : j["tables"]) { Table tb{t.at("schema"), t.at("name"), {}};
    for (auto& col : t.at("columns")) tb.columns.push_back({col.at("name"), col.at("type"), col.at("notnull")});
    c.tables[tb.schema + "." + tb.name] = tb; }
  return {c, ""};
}
inline Catalog empty_catalog() { return {}; }
inline std::string q(const std::string& s) { return "\"" + s + "\""; }
inline std::string to_snapshot(const Catalog& c) {
  nlohmann::json ts = nlohmann::json::array();
  for (auto& [k, t] : c.tables) { nlohmann::json cols = nlohmann::json::array();
    for (auto& col : t.columns) cols.push_back({{"name", col.name}, {"type", col.type}, {"notnull", col.notnull}});
    ts.push_back({{"schema", t.schema}, {"name", t.name}, {"columns", cols}}); }
  return nlohmann::json{{"tables", ts}}.dump(2);
}
inline Plan make_plan(const Catalog& a, const Catalog& b, const Options&) {
  Plan p;
  for (auto& [k, t] : a.tables) if (!b.tables.count(k))
    p.statements.push_back({"drop table " + q(t.schema) + "." + q(t.name) + ";", {"table", t.schema, t.name}, "drop", true, "table is not in the target", true});
  for (auto& [k, t] : b.tables) {
    auto it = a.tables.find(k);
    if (it == a.tables.end()) {
      std::string s = "create table " + q(t.schema) + "." + q(t.name) + " (\n";
      for (size_t i = 0; i < t.columns.size(); ++i) s += "    " + q(t.columns[i].name) + " " + t.columns[i].type + (t.columns[i].notnull ? " not null" : "") + (i + 1 < t.columns.size() ? ",\n" : "\n");
      p.statements.push_back({s + ");", {"table", t.schema, t.name}, "create", false, "table is new", true});
      continue;
    }
    auto& old = it->second;
    for (auto& c : old.columns) { bool found = false; for (auto& n : t.columns) found |= n.name == c.name;
      if (!found) p.statements.push_back({"alter table " + q(t.schema) + "." + q(t.name) + " drop column " + q(c.name) + ";", {"column", t.schema, t.name + "." + c.name}, "drop", true, "column is not in the target", true}); }
    for (auto& n : t.columns) { const Column* o = nullptr; for (auto& c : old.columns) if (c.name == n.name) o = &c;
      if (!o) p.statements.push_back({"alter table " + q(t.schema) + "." + q(t.name) + " add column " + q(n.name) + " " + n.type + (n.notnull ? " not null" : "") + ";", {"column", t.schema, t.name + "." + n.name}, "create", false, "column is new", true});
      else if (o->type != n.type) p.statements.push_back({"alter table " + q(t.schema) + "." + q(t.name) + " alter column " + q(n.name) + " type " + n.type + " using " + q(n.name) + "::" + n.type + ";", {"column", t.schema, t.name + "." + n.name}, "alter", false, "type " + o->type + " -> " + n.type, true}); }
  }
  return p;
}
inline std::string render_sql(const Plan& p) { std::string s; for (auto& st : p.statements) s += st.sql + "\n\n"; return s; }
inline nlohmann::json plan_to_json(const Plan& p) {
  nlohmann::json st = nlohmann::json::array();
  for (auto& s : p.statements) st.push_back({{"sql", s.sql}, {"object", {{"kind", s.object.kind}, {"schema", s.object.schema}, {"name", s.object.name}}}, {"action", s.action}, {"unsafe", s.unsafe}, {"why", s.why}, {"transactional", s.transactional}});
  return {{"statements", st}, {"warnings", p.warnings}};
}
}  // namespace pgdiff
