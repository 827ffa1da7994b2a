// Robustness of the engine against hostile input (issue 7): documents of the
// right format but the wrong shape, regressions found by the fuzzers
// (tests/fuzz/), and the library called from several threads at once.
// Run: bazel test //tests:unit-robustness
#include <doctest/doctest.h>
#include <pgdiff/pgdiff.hpp>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

using json = nlohmann::json;

namespace {

json minimal() { return pgdiff::empty_document(); }

pgdiff::LoadResult load(const json& d) {
    pgdiff::LoadResult r;
    CHECK_NOTHROW(r = pgdiff::load_catalog(d.dump()));
    return r;
}

// Loading must fail with one line that names `path`.
void rejects(const json& d, const std::string& path) {
    auto r = load(d);
    CAPTURE(r.error);
    CHECK_FALSE(r.catalog.has_value());
    CHECK(r.error.find("invalid catalog document: " + path) == 0);
    CHECK(r.error.find('\n') == std::string::npos);
}

json table(const std::string& name, json columns) {
    return {{"schema", "public"}, {"name", name}, {"relkind", "r"}, {"oid", 16400}, {"columns", columns}};
}

}  // namespace

TEST_CASE("shape: \"format\" of another type is an error value, not an exception (fuzz regression)") {
    // found by fuzz_load: {"format":[], ...} threw json::type_error out of load_catalog
    for (const char* text : {R"({"format":[], "default_privileges": []})", R"({"format": 1})",
                             R"({"format": null, "format_version": 1})"}) {
        CAPTURE(text);
        pgdiff::LoadResult r;
        CHECK_NOTHROW(r = pgdiff::load_catalog(text));
        CHECK_FALSE(r.catalog.has_value());
        CHECK(r.error.find("not a pgdiff catalog snapshot") != std::string::npos);
    }
}

TEST_CASE("shape: a missing required section is named") {
    json d = minimal();
    d.erase("relations");
    rejects(d, "the section \"relations\" is missing");
}

TEST_CASE("shape: a section that is not an array is named") {
    json d = minimal();
    d["schemas"] = json::object();
    rejects(d, "schemas: expected an array, found an object");
}

TEST_CASE("shape: wrongly typed fields are named with their path") {
    json d = minimal();
    SUBCASE("name as a number") {
        d["schemas"] = json::array({{{"name", 7}}});
        rejects(d, "schemas[0].name: expected a string, found an integer");
    }
    SUBCASE("oid as a fraction (get<int64_t> of a double is UB)") {
        d["schemas"] = json::array({{{"name", "s"}, {"oid", 1e300}}});
        rejects(d, "schemas[0].oid: expected an integer or null, found a fractional number");
    }
    SUBCASE("enum label not a string") {
        d["enums"] = json::array({{{"schema", "public"}, {"name", "e"}, {"labels", {"a", 1}}}});
        rejects(d, "enums[0].labels[1]: expected a string, found an integer");
    }
    SUBCASE("column collation as a 1-tuple (coll[1] read out of range)") {
        d["relations"] = json::array({table("t", {{{"name", "c"}, {"num", 1}, {"collation", {"pg_catalog"}}}})});
        rejects(d, "relations[0].columns[0].collation: expected an array of 2 items, found 1");
    }
    SUBCASE("relation without columns") {
        json t = table("t", json::array());
        t.erase("columns");
        d["relations"] = json::array({t});
        rejects(d, "relations[0]: the field \"columns\" is missing");
    }
    SUBCASE("short depends row") {
        d["depends"] = json::array({{1259, 1, 0, 1259, 2, 0}});
        rejects(d, "depends[0]: expected an array of 7 items, found 6");
    }
    SUBCASE("comment text not a string") {
        d["comments"] = json::array({{1259, 1, 0, 5}});
        rejects(d, "comments[0][3]: expected a string, found an integer");
    }
    SUBCASE("acl entry of the wrong shape") {
        d["schemas"] = json::array({{{"name", "s"}, {"acl", json::array({json::array({"u", "USAGE"})})}}});
        rejects(d, "schemas[0].acl[0]: expected an array of 3 items, found 2");
    }
    SUBCASE("sequence bound that is not an integer (printed into SQL unquoted)") {
        d["sequences"] = json::array({{{"schema", "public"}, {"name", "s"}, {"start", "1"}, {"increment", "1"},
                                       {"min", "1; DROP TABLE x; --"}, {"max", "9"}, {"cache", "1"}}});
        rejects(d, "sequences[0].min: expected an integer as a string, found other text");
    }
    SUBCASE("sequence bound too long for int8 (std::stold would throw)") {
        d["sequences"] = json::array({{{"schema", "public"}, {"name", "s"}, {"start", "1"}, {"increment", "1"},
                                       {"min", std::string(400, '9')}, {"max", "9"}, {"cache", "1"}}});
        rejects(d, "sequences[0].min: expected an integer as a string, found other text");
    }
    SUBCASE("operator name that is not one (printed into SQL unquoted: operators cannot be quoted)") {
        d["operators"] = json::array({{{"schema", "public"}, {"name", "=; DROP TABLE x; --"}, {"right", "integer"},
                                       {"function", {"pg_catalog", "int4eq"}}}});
        rejects(d, "operators: not an operator name");
    }
    SUBCASE("operator family member whose operator name is not one") {
        d["operator_families"] = json::array({{{"schema", "public"}, {"name", "f"}, {"method", "btree"},
                                               {"operators", {{1, "integer", "integer", "public", "<); --",
                                                               nullptr, nullptr, 16500}}}}});
        rejects(d, "operator_family: not an operator name");
    }
    SUBCASE("server_version_num as a string") {
        d["server_version_num"] = "150000";
        rejects(d, "server_version_num: expected an integer, found a string");
    }
}

TEST_CASE("shape: absent optional fields load as null and plan without reading past the data") {
    // Sparse objects: every reader (loader and kinds) sees null, never a
    // missing key (nlohmann's const operator[] on a missing key is UB).
    json d = minimal();
    d["schemas"] = json::array({{{"name", "public"}}});
    d["relations"] = json::array({table("t", {{{"name", "id"}, {"num", 1}, {"identity", "a"}}})});
    d["domains"] = json::array({{{"schema", "public"}, {"name", "d"}, {"constraints", {json::object({{"name", "c"}})}}}});
    d["composite_types"] = json::array({{{"schema", "public"}, {"name", "ct"}}});
    d["range_types"] = json::array({{{"schema", "public"}, {"name", "r"}}});
    d["aggregates"] = json::array({{{"schema", "public"}, {"name", "agg"}}});
    d["sequences"] = json::array({{{"schema", "public"}, {"name", "s"}, {"start", "1"}, {"increment", "1"},
                                   {"min", "1"}, {"max", "9"}, {"cache", "1"}}});
    d["enums"] = json::array({{{"schema", "public"}, {"name", "e"}}});
    auto r = load(d);
    REQUIRE(r.catalog.has_value());
    pgdiff::Options opt;
    opt.with_privileges = opt.with_ownership = true;
    pgdiff::Catalog empty = pgdiff::empty_catalog();
    pgdiff::Plan p;
    CHECK_NOTHROW(p = pgdiff::make_plan(empty, *r.catalog, opt));
    CHECK_FALSE(p.empty());
    CHECK_NOTHROW(p = pgdiff::make_plan(*r.catalog, empty, opt));
}

// ---- thread safety ----------------------------------------------------------
// The engine keeps no mutable global state (its only statics are const tables
// built once, thread-safe in C++11): several threads may load, diff, plan and
// render at once, over shared const catalogs too, and get identical bytes.

namespace {

std::string catalog_text(bool changed) {
    json d = minimal();
    d["server_version_num"] = 150000;
    d["schemas"] = json::array({{{"name", "public"}, {"oid", 2200}, {"owner", "postgres"}},
                                {{"name", "App \"x\""}, {"oid", 2300}, {"owner", "postgres"}}});
    d["enums"] = json::array({{{"schema", "public"}, {"name", "mood"}, {"oid", 16390}, {"array_oid", 16391},
                               {"labels", changed ? json{"sad", "ok", "happy"} : json{"sad", "happy"}}}});
    json cols = json::array({{{"name", "id"}, {"num", 1}, {"type", "integer"}, {"not_null", true}},
                             {{"name", "m"}, {"num", 2}, {"type", "public.mood"}}});
    if (changed) cols.push_back({{"name", "note it's"}, {"num", 3}, {"type", "text"}});
    d["relations"] = json::array({{{"schema", "App \"x\""}, {"name", "T"}, {"relkind", "r"}, {"oid", 16400},
                                   {"columns", cols}},
                                  {{"schema", "public"}, {"name", "v"}, {"relkind", "v"}, {"oid", 16410},
                                   {"view_definition", changed ? " SELECT 2 AS x;" : " SELECT 1 AS x;"},
                                   {"columns", {{{"name", "x"}, {"num", 1}, {"type", "integer"}}}}}});
    d["constraints"] = json::array({{{"schema", "App \"x\""}, {"table", "T"}, {"name", "T_pkey"}, {"oid", 16420},
                                     {"type", "p"}, {"definition", "PRIMARY KEY (id)"}, {"validated", true},
                                     {"index_oid", 16421}}});
    d["functions"] = json::array({{{"schema", "public"}, {"name", "f"}, {"oid", 16430}, {"kind", "f"},
                                   {"argument_types", ""}, {"identity_arguments", ""}, {"arguments", ""},
                                   {"result", "integer"},
                                   {"definition", changed ? "CREATE OR REPLACE FUNCTION public.f() RETURNS integer LANGUAGE sql AS $$SELECT 2$$"
                                                          : "CREATE OR REPLACE FUNCTION public.f() RETURNS integer LANGUAGE sql AS $$SELECT 1$$"}}});
    d["comments"] = json::array({{1259, 16400, 0, changed ? "new" : "old"}});
    d["depends"] = json::array({{1259, 16400, 2, 1247, 16390, 0, "n"}, {1259, 16400, 0, 2615, 2300, 0, "n"}});
    return d.dump();
}

std::string run_all(const std::string& a_text, const std::string& b_text) {
    auto a = pgdiff::load_catalog(a_text);
    auto b = pgdiff::load_catalog(b_text);
    if (!a.catalog || !b.catalog) return "load failed: " + a.error + b.error;
    pgdiff::Options o;
    o.with_privileges = true;
    pgdiff::Plan p = pgdiff::make_plan(*a.catalog, *b.catalog, o);
    pgdiff::Plan q = pgdiff::make_plan(*b.catalog, *a.catalog, o);
    return pgdiff::render_sql(p) + pgdiff::plan_to_json(p).dump() + pgdiff::render_sql(q) + pgdiff::to_snapshot(b_text);
}

}  // namespace

TEST_CASE("threads: load + diff + plan + render from 8 threads give the single-threaded bytes") {
    const std::string a = catalog_text(false), b = catalog_text(true);
    const std::string want = run_all(a, b);
    REQUIRE(want.find("load failed") == std::string::npos);
    REQUIRE(want.find("ALTER TYPE") != std::string::npos);  // the plan is not trivial
    const int kThreads = 8, kRounds = 25;
    std::vector<std::string> got(kThreads);
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t)
        threads.emplace_back([&, t] {
            std::string last;
            for (int i = 0; i < kRounds; ++i) {
                last = run_all(a, b);
                if (last != want) break;
            }
            got[t] = last;
        });
    for (auto& th : threads) th.join();
    for (int t = 0; t < kThreads; ++t) {
        CAPTURE(t);
        CHECK(got[t] == want);
    }
}

TEST_CASE("threads: plans over shared const catalogs from 8 threads are identical") {
    const auto a = pgdiff::load_catalog(catalog_text(false));
    const auto b = pgdiff::load_catalog(catalog_text(true));
    REQUIRE(a.catalog);
    REQUIRE(b.catalog);
    const pgdiff::Catalog& ca = *a.catalog;
    const pgdiff::Catalog& cb = *b.catalog;
    // The expected bytes come from separate copies, so the threads below are
    // the first to plan over ca and cb: anything filled lazily on first use
    // (like the index of casts the enum rule builds for the added label)
    // would be written by several threads at once (TSan: --config=tsan).
    const auto a2 = pgdiff::load_catalog(catalog_text(false));
    const auto b2 = pgdiff::load_catalog(catalog_text(true));
    REQUIRE(a2.catalog);
    REQUIRE(b2.catalog);
    const std::string want = pgdiff::render_sql(pgdiff::make_plan(*a2.catalog, *b2.catalog, {}));
    const std::string back = pgdiff::render_sql(pgdiff::make_plan(*b2.catalog, *a2.catalog, {}));
    REQUIRE(want.find("ADD VALUE") != std::string::npos);
    std::vector<std::string> got(8);
    std::vector<std::thread> threads;
    for (int t = 0; t < 8; ++t)
        threads.emplace_back([&, t] {
            for (int i = 0; i < 25; ++i) got[t] = pgdiff::render_sql(pgdiff::make_plan(t % 2 ? ca : cb, t % 2 ? cb : ca, {}));
        });
    for (auto& th : threads) th.join();
    for (int t = 0; t < 8; ++t) CHECK(got[t] == (t % 2 ? want : back));
}

// ---- dependency cycles --------------------------------------------------------

namespace {

json view(const std::string& name, int64_t oid) {
    return {{"schema", "public"}, {"name", name}, {"relkind", "v"}, {"oid", oid},
            {"view_definition", " SELECT 1 AS x;"}, {"columns", {{{"name", "x"}, {"num", 1}, {"type", "integer"}}}}};
}
json function(const std::string& name, int64_t oid) {
    return {{"schema", "public"}, {"name", name}, {"oid", oid}, {"kind", "f"}, {"argument_types", "integer"},
            {"identity_arguments", "n integer"}, {"arguments", "n integer DEFAULT 1"}, {"result", "SETOF integer"},
            {"definition", "CREATE OR REPLACE FUNCTION public." + name + "(n integer DEFAULT 1)\n RETURNS SETOF integer\n LANGUAGE sql\nBEGIN ATOMIC\n SELECT 1;\nEND\n"}};
}
int index_of(const pgdiff::Plan& p, const std::string& start) {
    for (size_t i = 0; i < p.statements.size(); ++i)
        if (p.statements[i].sql.rfind(start, 0) == 0) return int(i);
    return -1;
}

}  // namespace

TEST_CASE("cycles: a view and a function whose body reads it: placeholder body first, definition last") {
    json d = minimal();
    d["schemas"] = json::array({{{"name", "public"}, {"oid", 2200}}});
    d["relations"] = json::array({view("v", 16400)});
    d["functions"] = json::array({function("f", 16500)});
    d["depends"] = json::array({{1259, 16400, 0, 1255, 16500, 0, "n"}, {1255, 16500, 0, 1259, 16400, 0, "n"}});
    auto b = load(d);
    REQUIRE(b.catalog);
    pgdiff::Catalog empty = pgdiff::empty_catalog();
    pgdiff::Plan p = pgdiff::make_plan(empty, *b.catalog, {});
    int stub = index_of(p, "CREATE OR REPLACE FUNCTION \"public\".\"f\"(n integer DEFAULT 1) RETURNS SETOF integer LANGUAGE sql AS $$SELECT NULL$$;");
    int v = index_of(p, "CREATE VIEW \"public\".\"v\"");
    int real = index_of(p, "CREATE OR REPLACE FUNCTION public.f(n integer DEFAULT 1)");
    CHECK(stub >= 0);
    CHECK(v > stub);
    CHECK(real > v);
    CHECK(p.warnings.empty());
    // and back: the body is emptied before the view is dropped
    pgdiff::Plan q = pgdiff::make_plan(*b.catalog, empty, {});
    int empty_body = index_of(q, "CREATE OR REPLACE FUNCTION \"public\".\"f\"");
    int drop_v = index_of(q, "DROP VIEW \"public\".\"v\"");
    int drop_f = index_of(q, "DROP FUNCTION \"public\".\"f\"");
    CHECK(empty_body >= 0);
    CHECK(drop_v > empty_body);
    CHECK(drop_f > drop_v);
    CHECK(q.warnings.empty());
}

TEST_CASE("cycles: a cycle without a routine terminates, emits every statement once and says so") {
    // Two views that depend on each other (only a hand-made snapshot can say
    // that): no order works; the plan must still end and warn.
    json d = minimal();
    d["schemas"] = json::array({{{"name", "public"}, {"oid", 2200}}});
    d["relations"] = json::array({view("a", 16400), view("b", 16401)});
    d["depends"] = json::array({{1259, 16400, 0, 1259, 16401, 0, "n"}, {1259, 16401, 0, 1259, 16400, 0, "n"}});
    auto b = load(d);
    REQUIRE(b.catalog);
    pgdiff::Catalog empty = pgdiff::empty_catalog();
    for (bool forward : {true, false}) {
        CAPTURE(forward);
        pgdiff::Plan p = forward ? pgdiff::make_plan(empty, *b.catalog, {}) : pgdiff::make_plan(*b.catalog, empty, {});
        CHECK(p.statements.size() == (forward ? 3u : 3u));  // schema + 2 views
        REQUIRE(p.warnings.size() == 1);
        CHECK(p.warnings[0].find("dependency cycle broken at view:\"public\".\"a\"") == 0);
    }
}
