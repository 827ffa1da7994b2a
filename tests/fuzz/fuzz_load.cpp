// libFuzzer target: the catalog/snapshot loader. Any byte string must give
// either a catalog or a one-line error; never a crash, hang or UB. A loaded
// catalog must also survive a plan against the empty catalog and back.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <pgdiff/pgdiff.hpp>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    pgdiff::LoadResult r = pgdiff::load_catalog(text);
    if (!r.catalog) {
        if (r.error.empty()) __builtin_trap();  // a failure must say why
        return 0;
    }
    pgdiff::Catalog empty = pgdiff::empty_catalog();
    pgdiff::Options opt;
    opt.with_privileges = true;
    opt.with_ownership = true;
    pgdiff::render_sql(pgdiff::make_plan(empty, *r.catalog, opt));
    pgdiff::render_sql(pgdiff::make_plan(*r.catalog, empty, opt));
    pgdiff::to_snapshot(text);
    return 0;
}
