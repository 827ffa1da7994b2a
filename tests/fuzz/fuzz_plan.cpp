// libFuzzer target: diff + plan + render over two random catalogs.
//
// The input bytes drive a generator (FuzzedDataProvider) that writes two
// catalog documents of the shape the catalog query returns: schemas, tables
// with columns, defaults, constraints, indexes, views, sequences, enums,
// domains, functions, triggers, policies, comments, ACLs and random pg_depend
// edges (cycles included) over a small pool of (hostile) names, so the two
// sides share many objects and differ in some. Checked for every input:
//   - no crash, hang, sanitizer report or exception escaping the engine;
//   - the same input gives the same bytes (determinism);
//   - a catalog diffed against itself gives an empty plan.
#include <fuzzer/FuzzedDataProvider.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>
#include <pgdiff/pgdiff.hpp>

using json = nlohmann::json;

namespace {

const char* const kNames[] = {"t", "T", "a b", "x\"; drop table y; --", "select", "ü", "it's", "$$", "t2", "v"};
const char* const kSchemas[] = {"public", "s", "S \"q\""};
const char* const kTypes[] = {"integer", "text", "bigint", "numeric(10,2)", "\"public\".\"e\"", "boolean"};
const char* const kRoles[] = {"PUBLIC", "postgres", "r\"x", "Role"};

enum : int64_t { kType = 1247, kProc = 1255, kClass = 1259, kConstraint = 2606, kNamespace = 2615,
                 kTrigger = 2620, kPolicy = 3256, kAttrdef = 2604 };

struct Gen {
    FuzzedDataProvider& in;
    json doc = pgdiff::empty_document();
    int64_t next_oid = 16384;
    std::vector<std::pair<int64_t, int64_t>> objects;  // (classid, oid) for random depends

    template <size_t N> const char* pick(const char* const (&a)[N]) { return a[in.ConsumeIntegralInRange<size_t>(0, N - 1)]; }
    std::string name() { return pick(kNames); }
    int64_t oid(int64_t classid) {
        int64_t o = next_oid++;
        objects.push_back({classid, o});
        return o;
    }
    json acl() {
        if (!in.ConsumeBool()) return nullptr;
        json a = json::array();
        for (int i = in.ConsumeIntegralInRange(0, 3); i > 0; --i)
            a.push_back({pick(kRoles), in.ConsumeBool() ? "SELECT" : "USAGE", in.ConsumeBool()});
        return a;
    }
    std::string text() { return in.ConsumeRandomLengthString(24); }

    json build() {
        doc["server_version_num"] = 150000;
        doc["server_version"] = "15.0";
        for (const char* s : kSchemas)
            if (std::string(s) == "public" || in.ConsumeBool())
                doc["schemas"].push_back({{"name", s}, {"oid", oid(kNamespace)}, {"owner", "postgres"}, {"acl", acl()}});
        int n = in.ConsumeIntegralInRange(0, 14);
        for (int i = 0; i < n && in.remaining_bytes(); ++i) object();
        for (int i = in.ConsumeIntegralInRange(0, 10); i > 0 && !objects.empty(); --i) {
            auto from = objects[in.ConsumeIntegralInRange<size_t>(0, objects.size() - 1)];
            auto to = objects[in.ConsumeIntegralInRange<size_t>(0, objects.size() - 1)];
            const char* types[] = {"n", "a", "i"};
            doc["depends"].push_back({from.first, from.second, 0, to.first, to.second, 0, pick(types)});
        }
        return doc;
    }

    void object() {
        std::string schema = pick(kSchemas), nm = name();
        switch (in.ConsumeIntegralInRange(0, 10)) {
            case 0: case 1: {  // table with columns, default, constraint, index, trigger, policy
                int64_t t = oid(kClass);
                json cols = json::array();
                int ncol = in.ConsumeIntegralInRange(1, 4);
                for (int c = 1; c <= ncol; ++c) {
                    json col = {{"name", name()}, {"num", c}, {"type", pick(kTypes)}, {"not_null", in.ConsumeBool()},
                                {"local", true}, {"inherited", false}, {"acl", acl()}};
                    if (in.ConsumeBool()) { col["default"] = text(); col["default_oid"] = oid(kAttrdef); }
                    if (in.ConsumeIntegralInRange(0, 5) == 0) {
                        col["identity"] = in.ConsumeBool() ? "a" : "d";
                        col["identity_sequence"] = {{"schema", schema}, {"name", nm + "_seq"}, {"start", "1"},
                                                    {"increment", "1"}, {"min", "1"}, {"max", "100"}, {"cache", "1"},
                                                    {"cycle", false}};
                    }
                    cols.push_back(col);
                }
                doc["relations"].push_back({{"schema", schema}, {"name", nm}, {"relkind", in.ConsumeBool() ? "r" : "p"},
                                            {"oid", t}, {"owner", "postgres"}, {"persistence", "p"},
                                            {"rls", in.ConsumeBool()}, {"force_rls", false}, {"columns", cols},
                                            {"acl", acl()}, {"partition_key", in.ConsumeBool() ? json("RANGE (a)") : json()},
                                            {"parents", in.ConsumeBool() ? json::array({t - 1}) : json()}});
                if (in.ConsumeBool())
                    doc["constraints"].push_back({{"schema", schema}, {"table", nm}, {"name", name()}, {"oid", oid(kConstraint)},
                                                  {"type", in.ConsumeBool() ? "f" : "c"}, {"definition", text()},
                                                  {"validated", in.ConsumeBool()}, {"index_oid", nullptr}});
                if (in.ConsumeBool())
                    doc["indexes"].push_back({{"schema", schema}, {"table", nm}, {"name", name()}, {"oid", oid(kClass)},
                                              {"definition", text()}, {"clustered", in.ConsumeBool()}});
                if (in.ConsumeBool())
                    doc["triggers"].push_back({{"schema", schema}, {"table", nm}, {"name", name()}, {"oid", oid(kTrigger)},
                                               {"definition", text()}, {"enabled", in.ConsumeBool() ? "O" : "D"},
                                               {"constraint_trigger", false}});
                if (in.ConsumeBool())
                    doc["policies"].push_back({{"schema", schema}, {"table", nm}, {"name", name()}, {"oid", oid(kPolicy)},
                                               {"command", "*"}, {"permissive", true}, {"roles", {pick(kRoles)}},
                                               {"using", text()}, {"with_check", nullptr}});
                if (in.ConsumeBool()) doc["comments"].push_back({kClass, t, in.ConsumeIntegralInRange(0, 3), text()});
                break;
            }
            case 2: case 3: {  // view or materialized view
                int64_t v = oid(kClass);
                doc["relations"].push_back({{"schema", schema}, {"name", nm}, {"relkind", in.ConsumeBool() ? "v" : "m"},
                                            {"oid", v}, {"owner", "postgres"}, {"view_definition", text()},
                                            {"columns", {{{"name", name()}, {"num", 1}, {"type", pick(kTypes)}}}},
                                            {"acl", acl()}});
                break;
            }
            case 4:
                doc["sequences"].push_back({{"schema", schema}, {"name", nm}, {"oid", oid(kClass)}, {"type", "bigint"},
                                            {"start", std::to_string(in.ConsumeIntegralInRange(1, 3))}, {"increment", "1"},
                                            {"min", std::to_string(in.ConsumeIntegralInRange(-3, 1))},
                                            {"max", std::to_string(in.ConsumeIntegralInRange(5, 9))}, {"cache", "1"},
                                            {"cycle", in.ConsumeBool()}, {"persistence", "p"}, {"acl", acl()}});
                break;
            case 5: {
                json labels = json::array();
                for (int i = in.ConsumeIntegralInRange(0, 4); i > 0; --i) labels.push_back(name());
                doc["enums"].push_back({{"schema", schema}, {"name", nm}, {"oid", oid(kType)}, {"array_oid", oid(kType)},
                                        {"labels", labels}, {"acl", acl()}});
                break;
            }
            case 6:
                doc["domains"].push_back({{"schema", schema}, {"name", nm}, {"oid", oid(kType)}, {"base_type", pick(kTypes)},
                                          {"not_null", in.ConsumeBool()}, {"default", in.ConsumeBool() ? json(text()) : json()},
                                          {"constraints", {{{"name", name()}, {"oid", oid(kConstraint)},
                                                            {"definition", text()}, {"validated", in.ConsumeBool()}}}}});
                break;
            case 7: case 8: {
                std::string args = in.ConsumeBool() ? "" : pick(kTypes);
                doc["functions"].push_back({{"schema", schema}, {"name", nm}, {"oid", oid(kProc)}, {"kind", in.ConsumeBool() ? "f" : "p"},
                                            {"argument_types", args}, {"identity_arguments", args}, {"arguments", args},
                                            {"result", pick(kTypes)}, {"definition", text()}, {"acl", acl()}});
                break;
            }
            case 9:
                doc["composite_types"].push_back({{"schema", schema}, {"name", nm}, {"oid", oid(kType)}, {"class_oid", oid(kClass)},
                                                  {"attributes", {{name(), pick(kTypes), nullptr}}}});
                break;
            default:
                doc["default_privileges"].push_back({{"role", pick(kRoles)}, {"schema", in.ConsumeBool() ? json(schema) : json()},
                                                     {"objtype", in.ConsumeBool() ? "r" : "f"}, {"acl", acl()}, {"acl_default", json::array()}});
        }
    }
};

std::string plan_text(const pgdiff::Catalog& a, const pgdiff::Catalog& b, const pgdiff::Options& o) {
    pgdiff::Plan p = pgdiff::make_plan(a, b, o);
    return pgdiff::render_sql(p) + pgdiff::plan_to_json(p).dump();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    FuzzedDataProvider in(data, size);
    pgdiff::Options opt;
    opt.with_privileges = in.ConsumeBool();
    opt.with_ownership = in.ConsumeBool();
    if (in.ConsumeBool()) opt.exclude_schemas.push_back("s");
    std::string docs[2];
    // The generator copies raw fuzz bytes into names and texts; a catalog
    // query only ever returns valid UTF-8 (the server's encoding), so invalid
    // sequences become U+FFFD here instead of making dump() throw.
    for (auto& d : docs) d = Gen{in}.build().dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    auto a = pgdiff::load_catalog(docs[0]);
    auto b = pgdiff::load_catalog(docs[1]);
    if (!a.catalog || !b.catalog) {
        // The generator writes well-formed documents: a rejection is a bug
        // in the shape check (or in the generator).
        fprintf(stderr, "rejected: %s\n%s\n", (a.catalog ? b.error : a.error).c_str(), docs[a.catalog ? 1 : 0].c_str());
        abort();
    }
    std::string first = plan_text(*a.catalog, *b.catalog, opt);
    if (first != plan_text(*a.catalog, *b.catalog, opt)) abort();   // deterministic
    plan_text(*b.catalog, *a.catalog, opt);                           // the other direction
    pgdiff::Plan same = pgdiff::make_plan(*a.catalog, *a.catalog, opt);
    if (!same.empty()) {
        fprintf(stderr, "a catalog diffed against itself is not empty:\n%s\n", pgdiff::render_sql(same).c_str());
        abort();
    }
    return 0;
}
