// What the diff decides for one object, and the interface every object kind
// implements. A kind only says how to create, drop and alter its objects and
// how it reacts when something it depends on is rebuilt; ordering is the
// planner's job (plan/planner.hpp).
#pragma once
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>
#include "pgdiff/api.hpp"
#include "pgdiff/catalog.hpp"

namespace pgdiff {

// Lock levels (PostgreSQL's names), as documented per command in the
// PostgreSQL manual (ALTER TABLE subcommands, CREATE INDEX, ...).
namespace lock {
inline constexpr const char* access_exclusive = "ACCESS EXCLUSIVE";
inline constexpr const char* share_row_exclusive = "SHARE ROW EXCLUSIVE";
inline constexpr const char* share = "SHARE";
inline constexpr const char* share_update_exclusive = "SHARE UPDATE EXCLUSIVE";
inline constexpr const char* none = "none";  // no lock on a relation's data
}  // namespace lock

struct Step {
    std::string sql;       // one statement, ending in ';'
    bool unsafe = false;   // can lose data (the planner adds the data_loss hazard)
    std::string why;
    // What the rule that writes the statement knows about it. The planner adds
    // the table, its size, the lock hazard and non_transactional.
    std::vector<Hazard> hazards;
    const char* lock = nullptr;      // level on the relation it touches; nullptr = the kind's default
    bool transactional = true;       // false: cannot run inside a transaction block
    bool new_transaction = false;    // online mode: starts a new transaction (after a commit)
    std::vector<std::string> attributes;  // which changed attributes it realises ("" = all)

    Step& hazard(const char* kind, std::string detail) {
        hazards.push_back(Hazard{kind, std::move(detail), {}, -1, -1});
        return *this;
    }
    Step& locks(const char* level) { lock = level; return *this; }
    Step& outside_transaction() { transactional = false; return *this; }
    Step& in_new_transaction() { new_transaction = true; return *this; }
    Step& realises(std::string attribute) { attributes.push_back(std::move(attribute)); return *this; }
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
    // Parts of the object that parsed expressions can point at (a composite
    // type's attributes) are dropped or retyped in place: PostgreSQL refuses
    // that while a view, a SQL-standard body, ... reads them, so those
    // (kinds::reads_parts) are rebuilt around it; what only names the object
    // (a column of the type, a function's signature) is left alone.
    bool rebuild_readers = false;
    // A column parked on text in the drop slot while its type is rebuilt:
    // what reads it (indexes, constraints) would be rebuilt by PostgreSQL on
    // text, where their operator classes and expressions may not exist.
    bool parked = false;
    bool preserve_data = false;      // a Replace that keeps the rows (KindRules::rebuild)
    std::string why;
    std::string cause;               // key of the dependency whose rebuild forced this change
    std::string cause_change;        // "dropped" | "replaced" | "rebuilt"
};

// Every schema-qualified "::" cast in the strings of the TO catalog's attrs:
// the type text written after it -> the nodes where it occurs
// (kinds/types.hpp). Views into the catalog's own strings: nothing is copied.
using CastIndex = std::map<std::string_view, std::vector<const Node*>, std::less<>>;

struct Context {
    const Catalog& from;
    const Catalog& to;
    const Options& options;
    // Built on first use by the rules that need it. It lives in the
    // context of one plan, not in the shared const catalogs, so plans made
    // at once from several threads never write to shared memory.
    mutable std::optional<CastIndex> to_casts = std::nullopt;
    // What the tables of TO that inherit or are partitions depend on (their
    // parents among it): kinds/table.hpp's has_child_tables, on first use.
    mutable std::optional<std::set<std::string>> to_child_table_deps = std::nullopt;
    // The inheritance children and partitions of each table of FROM
    // (kinds/table.hpp's inheritance_children), on first use.
    mutable std::optional<std::map<std::string, std::vector<const Node*>>> from_inheritance_children = std::nullopt;
    // Tables of FROM whose row type a column of another table stores, with
    // the first such column (kinds/table.hpp's warn_if_row_type_stored), on
    // first use.
    mutable std::optional<std::map<std::string, const Node*>> from_row_type_users = std::nullopt;
    // Tables of TO that reference a table by a foreign key, by the key of the
    // referenced table (kinds/table.hpp's tables_referencing), on first use.
    mutable std::optional<std::map<std::string, std::vector<std::string>>> to_referencing_tables = std::nullopt;
    // Columns (FROM keys) parked on text in a table rebuilt to keep its rows:
    // the rebuild's copy converts them back. Set by the planner's cascade.
    std::set<std::string> parked_in_rebuilt_tables = {};
    // What a rule leaves undone on purpose, for the plan's warnings.
    mutable std::vector<std::string> warnings = {};
};

enum class Reaction { Replace, Ignore, Adjusted };

struct KindRules {
    int rank = 50;                  // tie-break: lower is created earlier, dropped later
    // Lock its statements take on the relation they touch (a table's column,
    // index, ...), unless a Step says otherwise. ALTER TABLE's default.
    const char* lock = lock::access_exclusive;
    bool inline_in_parent = false;  // rendered inside its parent's CREATE when both are new
    std::vector<Step> (*create)(const Node& n, const Context& ctx) = nullptr;
    std::vector<Step> (*drop)(const Node& n, const Context& ctx) = nullptr;
    // Fill out.create_steps / out.drop_steps for an in-place change and return
    // true; return false when the object must be dropped and created again.
    bool (*alter)(const Node& a, const Node& b, const Context& ctx, Change& out) = nullptr;
    // A Replace that keeps the data (a table rebuilt to reorder its columns):
    // the create slot gets these steps and the drop slot none.
    std::vector<Step> (*rebuild)(const Node& a, const Node& b, const Context& ctx) = nullptr;
    // A child of this object (in FROM) is dropped and created again because
    // something it depends on is: true when that loses what only a rebuild
    // keeps (a column added again lands last, out of the target's order).
    bool (*child_readded_needs_rebuild)(const Node& a, const Node& b, const Node& child, const Context& ctx) = nullptr;
    // An in-place change (`a` -> `b`) whose create slot must run after the
    // create slots of these objects (keys), beyond what dependencies order:
    // e.g. SET LOGGED after the tables it references are logged.
    std::vector<std::string> (*create_after)(const Node& a, const Node& b, const Context& ctx) = nullptr;
    // Something `self` depends on (dep, in the FROM catalog) is dropped, replaced
    // or rebuilt. Replace is the safe default; a kind may instead adjust `out`
    // (e.g. a column retyped around an enum rebuild) or ignore it when
    // PostgreSQL handles the case itself.
    Reaction (*on_dependency_rebuilt)(const Node& a, const Node& b, const Node& dep,
                                      const Change& dep_change, const Context& ctx,
                                      Change& out) = nullptr;
    // The object (in FROM, going away) is owned by `owner` besides its
    // parent, but its parent's own change detaches it from that owner first
    // (a child table's NO INHERIT makes an inherited column its own): it is
    // not dropped along with that owner.
    bool (*detached_from_owner)(const Node& a, const std::string& owner, const Context& ctx) = nullptr;
};

inline Step step(std::string sql, std::string why = {}, bool unsafe = false) {
    return Step{std::move(sql), unsafe, std::move(why)};
}

}  // namespace pgdiff
