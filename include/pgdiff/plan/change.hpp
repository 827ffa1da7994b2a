// What the diff decides for one object, and the interface every object kind
// implements. A kind only says how to create, drop and alter its objects and
// how it reacts when something it depends on is rebuilt; ordering is the
// planner's job (plan/planner.hpp).
#pragma once
#include <string>
#include <vector>
#include "pgdiff/api.hpp"
#include "pgdiff/catalog.hpp"

namespace pgdiff {

struct Step {
    std::string sql;       // one statement, ending in ';'
    bool unsafe = false;   // can lose data
    std::string why;
};

enum class ChangeKind { None, Create, Drop, Alter, Replace };

inline const char* to_string(ChangeKind k) {
    switch (k) {
        case ChangeKind::Create: return "create";
        case ChangeKind::Drop: return "drop";
        case ChangeKind::Alter: return "alter";
        case ChangeKind::Replace: return "replace";
        default: return "none";
    }
}

struct Change {
    ChangeKind kind = ChangeKind::None;
    std::vector<Step> drop_steps;    // run in the object's "drop" slot (before what it depends on goes)
    std::vector<Step> create_steps;  // run in its "create" slot (after what it depends on exists)
    bool rebuild_dependents = false; // objects that depend on this one must be rebuilt around it
    bool preserve_data = false;      // a Replace that keeps the rows (KindRules::rebuild)
    std::string why;
};

struct Context {
    const Catalog& from;
    const Catalog& to;
    const Options& options;
};

enum class Reaction { Replace, Ignore, Adjusted };

struct KindRules {
    int rank = 50;                  // tie-break: lower is created earlier, dropped later
    bool inline_in_parent = false;  // rendered inside its parent's CREATE when both are new
    std::vector<Step> (*create)(const Node& n, const Context& ctx) = nullptr;
    std::vector<Step> (*drop)(const Node& n, const Context& ctx) = nullptr;
    // Fill out.create_steps / out.drop_steps for an in-place change and return
    // true; return false when the object must be dropped and created again.
    bool (*alter)(const Node& a, const Node& b, const Context& ctx, Change& out) = nullptr;
    // A Replace that keeps the data (a table rebuilt to reorder its columns):
    // the create slot gets these steps and the drop slot none.
    std::vector<Step> (*rebuild)(const Node& a, const Node& b, const Context& ctx) = nullptr;
    // Something `self` depends on (dep, in the FROM catalog) is dropped, replaced
    // or rebuilt. Replace is the safe default; a kind may instead adjust `out`
    // (e.g. a column retyped around an enum rebuild) or ignore it when
    // PostgreSQL handles the case itself.
    Reaction (*on_dependency_rebuilt)(const Node& a, const Node& b, const Node& dep,
                                      const Change& dep_change, const Context& ctx,
                                      Change& out) = nullptr;
};

inline Step step(std::string sql, std::string why = {}, bool unsafe = false) {
    return Step{std::move(sql), unsafe, std::move(why)};
}

}  // namespace pgdiff
