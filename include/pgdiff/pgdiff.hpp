// pgdiff: the whole engine (no libpq). Include this one header.
//
//   auto a = pgdiff::load_catalog(json_a);   // catalog query output or snapshot
//   auto b = pgdiff::load_catalog(json_b);
//   pgdiff::Plan plan = pgdiff::make_plan(*a.catalog, *b.catalog, {});
//   std::cout << pgdiff::render_sql(plan);
#pragma once
#include "pgdiff/api.hpp"
#include "pgdiff/catalog.hpp"
#include "pgdiff/inspect/query.hpp"
#include "pgdiff/load.hpp"
#include "pgdiff/plan/gate.hpp"
#include "pgdiff/plan/planner.hpp"
#include "pgdiff/quote.hpp"
#include "pgdiff/render.hpp"

namespace pgdiff {
inline constexpr const char* version = "0.1.0";
}
