// Catalog A + Catalog B -> ordered Plan.
//
// 1. Diff: every key of either catalog becomes Create, Drop, Alter (in-place
//    steps from its kind), Replace or nothing.
// 2. Cascade: an object whose dependency (in A) is dropped, replaced or
//    rebuilt is itself replaced, unless its kind knows better (a column is
//    parked on text while its enum is rebuilt; an index follows a retyped
//    column by itself).
// 3. Graph: each changed object gets a "drop" vertex and a "create" vertex.
//    Dependencies in A order drops (dependents first); dependencies in B order
//    creates (dependencies first). Objects that PostgreSQL drops implicitly
//    with their owner (a column with its table) share the owner's drop vertex;
//    objects written inline in their parent's CREATE share its create vertex.
// 4. Order: Kahn's algorithm with a stable tie-break (drops before creates,
//    then kind rank, then key), so the script is deterministic.
#pragma once
#include <algorithm>
#include <cstring>
#include <functional>
#include <queue>
#include <set>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include "pgdiff/kinds/registry.hpp"
#include "pgdiff/plan/change.hpp"
#include "pgdiff/plan/reparse.hpp"

namespace pgdiff {

namespace detail {

inline bool in_schema_filter(const Node& n, const Options& o) {
    if (o.schemas.empty() && o.exclude_schemas.empty()) return true;
    std::string schema = n.ref.schema;
    if (n.kind == "schema") schema = n.ref.name;
    if (n.kind == "extension") schema = n.attrs.value("schema", "");
    if (!o.schemas.empty() && std::find(o.schemas.begin(), o.schemas.end(), schema) == o.schemas.end())
        return false;
    if (std::find(o.exclude_schemas.begin(), o.exclude_schemas.end(), schema) != o.exclude_schemas.end())
        return false;
    return true;
}

inline bool included(const Node* n, const Options& o) {
    if (!n) return false;
    // string_view compares lengths first: no strcmp per object of the walk
    // (this test was 10% of the plan at 5,000 tables).
    const std::string_view kind = n->kind;
    if (!o.with_privileges && (kind == "acl" || kind == "default_acl")) return false;
    if (!o.with_ownership && kind == "owner") return false;
    return in_schema_filter(*n, o);
}

// a == b for two attrs documents, with nlohmann's meaning (maps and vectors
// compared element by element, numbers by value), walking the containers
// directly: this runs for every object present on both sides, and nlohmann's
// operator== costs more per element than the comparison itself.
inline bool same_text(const std::string& x, const std::string& y) {
    return x.size() == y.size() && std::memcmp(x.data(), y.data(), x.size()) == 0;
}

inline bool same_attrs(const nlohmann::json& a, const nlohmann::json& b) {
    using value_t = nlohmann::json::value_t;
    if (a.type() != b.type()) return a == b;  // e.g. 1 and 1.0
    switch (a.type()) {
    // get_ptr of the type just checked: no second check, nothing that throws.
    case value_t::object: {
        const auto& x = *a.get_ptr<const nlohmann::json::object_t*>();
        const auto& y = *b.get_ptr<const nlohmann::json::object_t*>();
        if (x.size() != y.size()) return false;
        for (auto i = x.begin(), j = y.begin(); i != x.end(); ++i, ++j)
            if (!same_text(i->first, j->first) || !same_attrs(i->second, j->second)) return false;
        return true;
    }
    case value_t::array: {
        const auto& x = *a.get_ptr<const nlohmann::json::array_t*>();
        const auto& y = *b.get_ptr<const nlohmann::json::array_t*>();
        if (x.size() != y.size()) return false;
        for (size_t i = 0; i < x.size(); ++i)
            if (!same_attrs(x[i], y[i])) return false;
        return true;
    }
    case value_t::string:
        return same_text(*a.get_ptr<const nlohmann::json::string_t*>(), *b.get_ptr<const nlohmann::json::string_t*>());
    case value_t::null:
        return true;
    case value_t::boolean:
        return *a.get_ptr<const nlohmann::json::boolean_t*>() == *b.get_ptr<const nlohmann::json::boolean_t*>();
    case value_t::number_integer:
        return *a.get_ptr<const nlohmann::json::number_integer_t*>() ==
               *b.get_ptr<const nlohmann::json::number_integer_t*>();
    case value_t::number_unsigned:
        return *a.get_ptr<const nlohmann::json::number_unsigned_t*>() ==
               *b.get_ptr<const nlohmann::json::number_unsigned_t*>();
    default:
        return a == b;
    }
}

class Planner {
public:
    Planner(const Catalog& from, const Catalog& to, const Options& options)
        : from_(from), to_(to), options_(options), ctx_{from, to, options} {}

    Plan run() {
        diff();
        cascade();
        render_steps();
        for (auto& w : ctx_.warnings)  // once each, in the order the rules said them
            if (std::find(plan_.warnings.begin(), plan_.warnings.end(), w) == plan_.warnings.end())
                plan_.warnings.push_back(w);
        build_graph();
        return order();
    }

private:
    struct Entry {
        const Node* a = nullptr;  // in FROM
        const Node* b = nullptr;  // in TO
        const KindRules* rules = nullptr;
        Change change;
        bool drop_implicit = false;    // dropped with its owner: no statement
        std::string implicit_owner;    // ... namely this one
        bool create_inline = false;    // written inside its parent's CREATE
        int d = -1, c = -1;            // vertex ids
    };

    const Node& any(const Entry& e) const { return e.b ? *e.b : *e.a; }

    // Only changed objects get an entry here (unchanged ones get one lazily,
    // in entry_for(), when a cascade reaches them): the later passes then
    // walk the changes, not the whole catalog.
    void diff() {
        // An enum that gains a label asks whether TO uses it (new_label_used,
        // kinds/types.hpp), through an index of every cast in TO's strings.
        // When that may happen, the index is filled during this walk, each TO
        // node right after it is compared, while its attrs are still in the
        // cache (a pass of its own over TO was a third of the plan at 20,000
        // tables), and the enums are compared after the walk, once it is full.
        const bool fill_casts = !ctx_.to_casts && kinds::enum_may_gain_label(from_, to_);
        CastIndex casts;
        struct Pending {
            const std::string* key;
            const Node* a;
            const Node* b;
            const KindRules* rules;
        };
        std::vector<Pending> enums;
        auto compare = [&](const std::string& key, const Node* a, const Node* b, const KindRules* rules) {
            if (a && b && same_attrs(a->attrs, b->attrs)) return;  // unchanged: no entry
            Entry e;
            e.a = a;
            e.b = b;
            e.rules = rules;
            if (a && !b) {
                e.change.kind = ChangeKind::Drop;
            } else if (!a && b) {
                e.change.kind = ChangeKind::Create;
            } else {
                Change c;
                if (rules->alter(*a, *b, ctx_, c)) {
                    if (!c.create_steps.empty() || !c.drop_steps.empty()) {
                        c.kind = ChangeKind::Alter;
                        e.change = std::move(c);
                    }
                } else {
                    e.change.kind = ChangeKind::Replace;
                    e.change.why = c.why;
                    e.change.preserve_data = c.preserve_data && rules->rebuild;
                }
            }
            if (e.change.kind != ChangeKind::None) entries_.emplace_hint(entries_.end(), key, std::move(e));
        };
        const std::string* last_kind = nullptr;
        const KindRules* last_rules = nullptr;
        auto consider = [&](const std::string& key, const Node* a, const Node* b) {
            if (!included(a, options_)) a = nullptr;
            if (!included(b, options_)) b = nullptr;
            if (!a && !b) return;
            const std::string& kind = (b ? b : a)->kind;
            if (options_.create_extensions_only && (kind != "extension" || a)) return;
            // Keys start with their kind, so nodes of one kind come in a row:
            // the registry is searched once per run of them.
            if (!last_kind || kind != *last_kind) {
                last_kind = &kind;
                last_rules = kinds::rules_for(kind);
            }
            const KindRules* rules = last_rules;
            if (!rules) {
                plan_.warnings.push_back("object kind " + kind + " has no diff rules; " + (b ? b : a)->key + " was not compared");
                return;
            }
            // Only the entries depend on when this runs (a map: sorted by key).
            if (fill_casts && a && b && kind == "type") enums.push_back({&key, a, b, rules});
            else compare(key, a, b, rules);
        };
        // Both catalogs are sorted by key: walk them side by side. Keys only
        // in FROM come first, as before, for the order of warnings.
        std::vector<const std::string*> only_to;
        auto ia = from_.nodes.begin(), ib = to_.nodes.begin();
        while (ia != from_.nodes.end() || ib != to_.nodes.end()) {
            int c = ia == from_.nodes.end() ? 1 : ib == to_.nodes.end() ? -1 : ia->first.compare(ib->first);
            if (c < 0) {
                index_other_deps(ia->first, ia->second);
                consider(ia->first, &ia->second, nullptr);
                ++ia;
            } else if (c > 0) {
                if (fill_casts) kinds::index_node_casts(ib->second, casts);
                only_to.push_back(&ib->first);
                ++ib;
            } else {
                index_other_deps(ia->first, ia->second);
                consider(ia->first, &ia->second, &ib->second);
                if (fill_casts) kinds::index_node_casts(ib->second, casts);
                ++ia;
                ++ib;
            }
        }
        if (fill_casts && !ctx_.to_casts) ctx_.to_casts = std::move(casts);
        for (const Pending& p : enums) compare(*p.key, p.a, p.b, p.rules);
        for (const std::string* key : only_to) consider(*key, nullptr, to_.find(*key));
    }

    // Each dependency of a FROM node besides its parent, as (hash of the
    // dependency, the node and its key in FROM's map), in key order: the
    // cascade's reverse index for what the catalog's children index does not
    // cover. Filled by diff() while it walks FROM, when the node is in cache.
    struct OtherDep {
        uint64_t hash;
        const Node* node;
        const std::string* key;
    };
    std::vector<OtherDep> other_deps_;

    void index_other_deps(const std::string& key, const Node& n) {
        for (const std::string& d : n.deps_besides_parent)
            other_deps_.push_back({std::hash<std::string_view>()(d), &n, &key});
    }

    // Buckets other_deps_ by hash with a stable counting sort (key order is
    // kept within a bucket); returns where each bucket starts (and one past
    // the last). A lookup checks the hash, then Node::depends_on exactly.
    std::vector<uint32_t> bucket_other_deps() {
        size_t buckets = 1;
        while (buckets < other_deps_.size()) buckets *= 2;
        std::vector<uint32_t> first(buckets + 1, 0);
        for (auto& d : other_deps_) ++first[(d.hash & (buckets - 1)) + 1];
        for (size_t b = 1; b <= buckets; ++b) first[b] += first[b - 1];
        std::vector<OtherDep> by_hash(other_deps_.size());
        std::vector<uint32_t> fill(first.begin(), first.end() - 1);
        for (auto& d : other_deps_) by_hash[fill[d.hash & (buckets - 1)]++] = d;
        other_deps_.swap(by_hash);
        return first;
    }

    static const char* change_word(const Change& c) {
        return c.kind == ChangeKind::Drop ? "dropped" : c.kind == ChangeKind::Replace ? "replaced" : "rebuilt";
    }

    static bool goes_away(const Change& c) {
        return c.kind == ChangeKind::Drop || c.kind == ChangeKind::Replace;
    }

    void cascade() {
        // Keys are views of entries_' keys or of FROM's keys (both stable).
        std::vector<const std::string*> work;
        for (auto& [key, e] : entries_)
            if (goes_away(e.change) || e.change.rebuild_dependents || e.change.rebuild_readers) work.push_back(&key);
        if (work.empty()) return;
        // Edges already followed, (dependent: FROM's key, dependency: entries_' key).
        std::set<std::pair<const std::string*, const std::string*>> seen;
        // The dependents of y in FROM (unchanged objects can be pulled in too:
        // entry_for gives them entries lazily), in key order: the nodes whose
        // parent is y (the catalog's children index, built at load) merged
        // with those that list y among their other dependencies (other_deps_,
        // filled during the diff walk). Nothing walks FROM again here: that
        // walk and hashing every parent key was most of the cascade (~18% of
        // the plan at 20,000 tables). Keys are views of FROM's map keys.
        std::vector<uint32_t> first = bucket_other_deps();
        const size_t buckets = first.size() - 1;
        std::vector<const std::string*> dependents, others;
        while (!work.empty()) {
            const std::string* yp = work.back();
            work.pop_back();
            auto ey_it = entries_.find(*yp);
            const std::string& y = ey_it->first;
            const Entry& ey = ey_it->second;
            dependents.clear();
            others.clear();
            uint64_t h = std::hash<std::string_view>()(y);
            size_t b = h & (buckets - 1);
            for (uint32_t k = first[b]; k < first[b + 1]; ++k)
                if (other_deps_[k].hash == h && other_deps_[k].node->depends_on(y)) others.push_back(other_deps_[k].key);
            // Merge by key (both lists are in key order); a key in both, or twice
            // in `others`, is listed once (a repeat was skipped by `seen` anyway).
            ChildKeys children = from_.children_of(y);
            auto ci = children.begin();
            size_t oi = 0;
            while (ci != children.end() || oi < others.size()) {
                const std::string* next;
                if (oi == others.size()) next = &*ci;
                else if (ci == children.end()) next = others[oi];
                else next = *others[oi] < *ci ? others[oi] : &*ci;
                if (ci != children.end() && &*ci == next) ++ci;
                while (oi < others.size() && others[oi] == next) ++oi;
                if (dependents.empty() || dependents.back() != next) dependents.push_back(next);
            }
            // Only the readers of its parts follow an object that keeps its
            // identity and changes parts in place.
            const bool readers_only = !goes_away(ey.change) && !ey.change.rebuild_dependents;
            for (const std::string* xp : dependents) {
                const std::string& x = *xp;
                if (readers_only) {
                    const Node* xa = from_.find(x);
                    if (!xa || !kinds::reads_parts(*xa)) continue;
                }
                if (!seen.insert({xp, &y}).second) continue;
                Entry* ex = entry_for(x);
                if (!ex) continue;
                if (goes_away(ex->change)) {
                    park_in_rebuilt_table(*ex, x, ey);
                    continue;
                }
                Change adjusted = ex->change;
                Reaction reaction = Reaction::Replace;
                if (ex->rules->on_dependency_rebuilt)
                    reaction = ex->rules->on_dependency_rebuilt(*ex->a, *ex->b, *ey.a, ey.change, ctx_, adjusted);
                if (reaction == Reaction::Ignore) continue;
                if (reaction == Reaction::Adjusted) {
                    if (adjusted.kind == ChangeKind::None) adjusted.kind = ChangeKind::Alter;
                    if (adjusted.cause.empty()) {
                        adjusted.cause = y;
                        adjusted.cause_change = change_word(ey.change);
                    }
                    bool newly_rebuilding = adjusted.rebuild_dependents && !ex->change.rebuild_dependents;
                    ex->change = std::move(adjusted);
                    if (newly_rebuilding) work.push_back(xp);
                    continue;
                }
                // A column parked on text while its type is rebuilt keeps
                // its park when its table is rebuilt too (see below).
                std::vector<Step> park;
                if (ex->change.parked && ey.change.preserve_data && ex->a->parent == y) park = ex->change.drop_steps;
                ex->change = Change{};
                if (!park.empty()) keep_park(*ex, x, std::move(park));
                ex->change.kind = ChangeKind::Replace;
                ex->change.why = "depends on " + ey.a->ref.kind + " " + ey.a->ref.name + " which is " +
                                 change_word(ey.change);
                ex->change.cause = y;
                ex->change.cause_change = change_word(ey.change);
                work.push_back(xp);
                if (const std::string* parent = rebuild_parent_if_needed(*ex)) work.push_back(parent);
            }
        }
    }

    // A table rebuilt to keep its rows still holds its old columns until the
    // rows are copied, after the drop phase: a column that stores a type
    // rebuilt (or dropped) there must leave it first, parked on text in the
    // drop phase, as it would without the table's rebuild. x goes away with
    // its rebuilt table; y is replaced: x's rule says how it parks, and only
    // its drop-phase steps are kept (the rebuilt table has the new type).
    void park_in_rebuilt_table(Entry& ex, const std::string& x, const Entry& ey) {
        if (ex.change.parked || !ex.a || !ex.b || !ex.rules->on_dependency_rebuilt || !ey.a ||
            ex.change.cause != ex.a->parent || !dropped_by_rebuild(x))
            return;
        Change scratch;
        if (ex.rules->on_dependency_rebuilt(*ex.a, *ex.b, *ey.a, ey.change, ctx_, scratch) != Reaction::Adjusted ||
            !scratch.parked || scratch.drop_steps.empty())
            return;
        keep_park(ex, x, std::move(scratch.drop_steps));
    }

    // x goes away with its rebuilt table but parks first, in the drop
    // phase; the rebuild's copy converts it back (table_rebuild_steps).
    void keep_park(Entry& ex, const std::string& x, std::vector<Step> park) {
        ex.change.drop_steps = std::move(park);
        ex.change.parked = true;
        ctx_.parked_in_rebuilt_tables.insert(x);
    }

    // x was just replaced by the cascade. Its parent, unchanged so far, may
    // need a rebuild to stay as the target has it (a table whose generated
    // column, in the middle, is dropped and added again because its function
    // is): the parent is then rebuilt, keeping its data, and its children
    // (x among them) follow it.
    const std::string* rebuild_parent_if_needed(const Entry& ex) {
        if (!ex.a || !ex.b || ex.a->parent.empty() || ex.a->parent != ex.b->parent) return nullptr;
        Entry* ep = entry_for(ex.a->parent);
        if (!ep || !ep->a || !ep->b || goes_away(ep->change) || !ep->rules->rebuild ||
            !ep->rules->child_readded_needs_rebuild ||
            !ep->rules->child_readded_needs_rebuild(*ep->a, *ep->b, *ex.a, ctx_))
            return nullptr;
        ep->change = Change{};
        ep->change.kind = ChangeKind::Replace;
        ep->change.preserve_data = true;
        ep->change.why = ex.a->ref.kind + " " + ex.a->ref.name +
                         " is dropped and added again: the table is rebuilt to keep its column order";
        ep->change.cause = ex.change.cause;
        ep->change.cause_change = ex.change.cause_change;
        return &entries_.find(ex.a->parent)->first;
    }

    // The entry for a key that exists on both sides (creating one for an
    // unchanged object); nullptr when the object is filtered out.
    Entry* entry_for(const std::string& key) {
        auto it = entries_.find(key);
        if (it != entries_.end()) return &it->second;
        const Node* a = from_.find(key);
        const Node* b = to_.find(key);
        if (!included(a, options_) || !included(b, options_)) return nullptr;
        const KindRules* rules = kinds::rules_for(a->kind);
        if (!rules || options_.create_extensions_only) return nullptr;
        Entry e;
        e.a = a;
        e.b = b;
        e.rules = rules;
        return &entries_.emplace(key, std::move(e)).first->second;
    }

    // Table that holds an object (itself for a table).
    std::string table_of(const Catalog& cat, const std::string& key) const {
        const Node* n = cat.find(key);
        while (n && n->kind != "table" && !n->parent.empty()) n = cat.find(n->parent);
        return n && n->kind == "table" ? n->key : std::string();
    }

    // Foreign keys of dropped tables that point into a cycle of dropped tables
    // (a -> b -> a): found as strongly connected components of the graph
    // "dropped table -> dropped table it references".
    std::set<std::string> cyclic_foreign_key_set() {
        std::map<std::string, std::vector<std::string>> graph;
        std::vector<std::pair<std::string, std::pair<std::string, std::string>>> fks;
        for (auto& [key, e] : entries_) {
            if (!e.a || e.a->kind != "constraint" || e.a->attrs.value("type", "") != "f" || !goes_away(e.change)) continue;
            std::string own = table_of(from_, key);
            auto o = entries_.find(own);
            if (own.empty() || o == entries_.end() || !goes_away(o->second.change)) continue;
            const std::string& fk = key;  // (C++17 lambdas capture no structured binding)
            e.a->for_each_dep([&](const std::string& dep) {
                std::string ref = table_of(from_, dep);
                auto r = entries_.find(ref);
                if (ref.empty() || ref == own || r == entries_.end() || !goes_away(r->second.change)) return;
                graph[own].push_back(ref);
                fks.push_back({fk, {own, ref}});
            });
        }
        // Tarjan's algorithm, iterative enough for schema-sized graphs.
        std::map<std::string, int> index, low, component;
        std::vector<std::string> stack;
        std::set<std::string> on_stack;
        int counter = 0, components = 0;
        std::function<void(const std::string&)> visit = [&](const std::string& v) {
            index[v] = low[v] = counter++;
            stack.push_back(v);
            on_stack.insert(v);
            for (auto& w : graph[v]) {
                if (!index.count(w)) {
                    visit(w);
                    low[v] = std::min(low[v], low[w]);
                } else if (on_stack.count(w)) {
                    low[v] = std::min(low[v], index[w]);
                }
            }
            if (low[v] == index[v]) {
                std::string w;
                do {
                    w = stack.back();
                    stack.pop_back();
                    on_stack.erase(w);
                    component[w] = components;
                } while (w != v);
                ++components;
            }
        };
        for (auto& [v, edges] : graph)
            if (!index.count(v)) visit(v);
        std::set<std::string> out;
        for (auto& [fk, tables] : fks)
            if (component[tables.first] == component[tables.second]) out.insert(fk);
        return out;
    }

    // Whether the object goes away with a table rebuilt to keep its data
    // (the rebuild itself, or a child replaced because of it): dropped in the
    // create phase, not the drop phase.
    bool dropped_by_rebuild(const std::string& key, int depth = 0) const {
        auto o = entries_.find(key);
        if (o == entries_.end() || !goes_away(o->second.change)) return false;
        if (o->second.change.preserve_data) return true;
        const Node* a = o->second.a;
        if (!a || a->parent.empty() || depth > 4) return false;
        const std::string& cause = o->second.change.cause;
        return (cause.empty() || cause == a->parent) && dropped_by_rebuild(a->parent, depth + 1);
    }

    void render_steps() {
        std::set<std::string> cyclic_foreign_keys = cyclic_foreign_key_set();
        for (auto& [key, e] : entries_) {
            auto& c = e.change;
            if (goes_away(c)) {
                // Dropped along with an owner: prefer the structural parent, so
                // that e.g. a child table's inherited column goes with the child.
                // A table rebuilt to keep its data is dropped late (in the
                // create phase): what goes away because of something else
                // (a function dropped and created again) is dropped on its own
                // before that thing.
                const Node* dropped = e.a;  // (C++17 lambdas capture no structured binding)
                auto takes_it = [&](const std::string& owner) {
                    auto o = entries_.find(owner);
                    if (o == entries_.end() || !goes_away(o->second.change)) return false;
                    if (!dropped_by_rebuild(owner) || c.cause == owner) return true;
                    if (!c.cause.empty()) return false;
                    // Simply dropped from a table rebuilt late: with the
                    // rebuild, unless it depends on something else dropped
                    // in the drop phase (a foreign key to a dropped table),
                    // which it must leave first.
                    bool early = false;
                    dropped->for_each_dep([&](const std::string& d) {
                        if (early || d == owner) return;
                        auto dep = entries_.find(d);
                        early = dep != entries_.end() && goes_away(dep->second.change) && !dropped_by_rebuild(d);
                    });
                    return !early;
                };
                if (!e.a->parent.empty() && takes_it(e.a->parent)) {
                    e.implicit_owner = e.a->parent;
                } else {
                    for (auto& owner : e.a->owners_besides_parent)  // the parent: just above
                        if (takes_it(owner) &&
                            !(e.rules->detached_from_owner && e.rules->detached_from_owner(*e.a, owner, ctx_))) {
                            e.implicit_owner = owner;
                            break;
                        }
                }
                // Tables that reference each other cannot be dropped one after
                // the other: their foreign keys are dropped on their own first.
                if (cyclic_foreign_keys.count(key)) e.implicit_owner.clear();
                e.drop_implicit = !e.implicit_owner.empty();
            }
            if ((c.kind == ChangeKind::Create || c.kind == ChangeKind::Replace) && e.rules->inline_in_parent) {
                auto p = entries_.find(e.b->parent);
                if (p != entries_.end() &&
                    (p->second.change.kind == ChangeKind::Create || p->second.change.kind == ChangeKind::Replace))
                    e.create_inline = true;
            }
            if (c.preserve_data) {
                c.create_steps = e.rules->rebuild(*e.a, *e.b, ctx_);
                continue;
            }
            if (goes_away(c) && !e.drop_implicit) c.drop_steps = e.rules->drop(*e.a, ctx_);
            if ((c.kind == ChangeKind::Create || c.kind == ChangeKind::Replace) && !e.create_inline)
                c.create_steps = e.rules->create(*e.b, ctx_);
        }
    }

    // ---- graph -------------------------------------------------------------
    struct Vertex {
        bool drop_phase;
    };
    std::vector<int> uf_;
    std::vector<Vertex> vertices_;
    std::vector<std::string> vertex_owner_;  // key of the entry that created the vertex

    int new_vertex(bool drop_phase, const std::string& key) {
        uf_.push_back(int(uf_.size()));
        vertices_.push_back({drop_phase});
        vertex_owner_.push_back(key);
        return int(uf_.size()) - 1;
    }
    int find(int v) {
        while (uf_[v] != v) v = uf_[v] = uf_[uf_[v]];
        return v;
    }
    void unite(int a, int b) {
        a = find(a);
        b = find(b);
        if (a != b) uf_[a] = b;
    }

    std::vector<std::pair<int, int>> edges_;

    void build_graph() {
        for (auto& [key, e] : entries_) {
            auto& c = e.change;
            if (c.kind == ChangeKind::None) continue;
            if (goes_away(c) || !c.drop_steps.empty()) e.d = new_vertex(true, key);
            if (c.kind == ChangeKind::Create || c.kind == ChangeKind::Replace || !c.create_steps.empty())
                e.c = new_vertex(false, key);
        }
        for (auto& [key, e] : entries_) {
            if (e.d >= 0 && e.drop_implicit) unite(e.d, entries_.at(e.implicit_owner).d);
            if (e.c >= 0 && e.create_inline) unite(e.c, entries_.at(e.b->parent).c);
        }
        // Columns added to an existing table keep the target's column order.
        std::map<std::string, std::vector<std::pair<int64_t, int>>> added_columns;
        for (auto& [key, e] : entries_)
            if (e.b && e.b->kind == "column" && e.c >= 0 && !e.create_inline && !e.change.create_steps.empty() &&
                (e.change.kind == ChangeKind::Create || e.change.kind == ChangeKind::Replace))
                added_columns[e.b->parent].push_back({e.b->attrs["num"].get<int64_t>(), e.c});
        for (auto& [table, cols] : added_columns) {
            std::sort(cols.begin(), cols.end());
            for (size_t i = 1; i < cols.size(); ++i) edges_.push_back({cols[i - 1].second, cols[i].second});
        }
        for (auto& entry : entries_) {
            const Entry& e = entry.second;  // (C++17 lambdas capture no structured binding)
            if (e.change.kind == ChangeKind::None) continue;
            bool altered = e.change.kind == ChangeKind::Alter;
            if (e.d >= 0 && e.c >= 0) edges_.push_back({e.d, e.c});
            if (e.a)
                e.a->for_each_dep([&](const std::string& dep) {
                    auto y = entries_.find(dep);
                    if (y == entries_.end()) return;
                    const Entry& ey = y->second;
                    if (e.d >= 0 && ey.d >= 0) edges_.push_back({e.d, ey.d});
                    if (e.d >= 0 && ey.change.kind == ChangeKind::Alter && ey.c >= 0) edges_.push_back({e.d, ey.c});
                    // An in-place change that lets go of y runs before y is dropped;
                    // one that keeps using a recreated y released it in its drop slot.
                    bool still_uses = e.b && ey.change.kind == ChangeKind::Replace && e.b->depends_on(dep);
                    // An altered table's drop slot releases it from a parent
                    // (DETACH PARTITION, NO INHERIT): what its columns change
                    // comes after that (DROP NOT NULL is refused while the
                    // parent's column has it).
                    bool releases_table = ey.change.kind == ChangeKind::Alter && ey.a->kind == "table";
                    if (altered && e.c >= 0 && ey.d >= 0 && releases_table) edges_.push_back({ey.d, e.c});
                    else if (altered && e.c >= 0 && ey.d >= 0 && !still_uses) edges_.push_back({e.c, ey.d});
                });
            if (altered && e.c >= 0 && e.rules->create_after)
                for (const std::string& key : e.rules->create_after(*e.a, *e.b, ctx_)) {
                    auto y = entries_.find(key);
                    if (y != entries_.end() && y->second.c >= 0 && y->second.c != e.c) edges_.push_back({y->second.c, e.c});
                }
            if (e.b && e.c >= 0)
                e.b->for_each_dep([&](const std::string& dep) {
                    auto y = entries_.find(dep);
                    if (y == entries_.end() || y->second.c < 0) return;
                    edges_.push_back({y->second.c, e.c});
                });
        }
    }

    Plan order() {
        int n = int(vertices_.size());
        // Members of each merged vertex, and the sort key of the vertex.
        std::vector<std::vector<std::string>> members(n);
        for (auto& [key, e] : entries_) {
            if (e.d >= 0) members[find(e.d)].push_back(key);
            if (e.c >= 0 && find(e.c) != (e.d >= 0 ? find(e.d) : -1)) members[find(e.c)].push_back(key);
        }
        using Prio = std::tuple<int, int, std::string>;
        std::vector<Prio> prio(n);
        std::vector<bool> is_root(n, false);
        for (int v = 0; v < n; ++v) {
            if (find(v) != v) continue;
            is_root[v] = true;
            bool drop = vertices_[v].drop_phase;
            bool first = true;
            for (auto& key : members[v]) {
                int rank = entries_.at(key).rules->rank;
                Prio p{drop ? 0 : 1, drop ? -rank : rank, key};
                if (first || p < prio[v]) prio[v] = p;
                first = false;
            }
        }
        std::vector<std::vector<int>> out(n);
        std::vector<int> indegree(n, 0);
        std::set<std::pair<int, int>> unique_edges;
        for (auto [x, y] : edges_) {
            x = find(x);
            y = find(y);
            if (x == y || !unique_edges.insert({x, y}).second) continue;
            out[x].push_back(y);
            ++indegree[y];
            preds_[y].push_back(x);
        }
        auto cmp = [&](int x, int y) { return prio[x] > prio[y]; };
        std::priority_queue<int, std::vector<int>, decltype(cmp)> ready(cmp);
        std::set<int> pending;
        for (int v = 0; v < n; ++v)
            if (is_root[v]) {
                if (indegree[v] == 0) ready.push(v);
                else pending.insert(v);
            }
        std::vector<int> sequence;
        while (!ready.empty() || !pending.empty()) {
            if (ready.empty()) {
                // A dependency cycle. Through a routine's body it is broken
                // correctly: the routine is created with a placeholder body
                // now and defined for real at the end. Any other cycle is
                // broken deterministically and reported.
                int pick = -1;
                for (int v : pending)
                    if (!emptied_.count(v) && placeholder_routine(v, members[v]) && (pick < 0 || prio[v] < prio[pick]))
                        pick = v;
                if (pick >= 0 && vertices_[pick].drop_phase) {
                    // Dropping: empty the body now (it no longer holds what
                    // it refers to); the DROP itself waits for its dependents.
                    emptied_.insert(pick);
                    sequence.push_back(-1 - pick);
                    for (int w : out[pick])
                        if (--indegree[w] == 0 && pending.count(w)) ready.push(w);
                    out[pick].clear();
                    continue;
                }
                if (pick >= 0) {
                    placeholders_.insert(pick);
                } else {
                    pick = *std::min_element(pending.begin(), pending.end(),
                                             [&](int x, int y) { return prio[x] < prio[y]; });
                    plan_.warnings.push_back("dependency cycle broken at " + std::get<2>(prio[pick]) +
                                             "; the script may need manual reordering");
                }
                pending.erase(pick);
                indegree[pick] = 0;
                ready.push(pick);
            }
            int v = ready.top();
            ready.pop();
            pending.erase(v);
            sequence.push_back(v);
            for (int w : out[v])
                if (--indegree[w] == 0 && pending.count(w)) ready.push(w);
        }
        primary_.assign(n, std::string());
        for (int v = 0; v < n; ++v)
            if (is_root[v]) primary_[v] = std::get<2>(prio[v]);
        emitted_.assign(n, false);
        for (int v : sequence) {
            if (v >= 0) {
                emit_vertex(v, members[v]);
                continue;
            }
            for (auto& key : members[-1 - v]) {
                const Entry& e = entries_.at(key);
                if (is_routine(e))
                    plan_.statements.push_back(placeholder_statement(
                        *e.a, "alter", "dependency cycle through its body: body emptied before the drops"));
            }
        }
        for (auto& st : postponed_) plan_.statements.push_back(std::move(st));
        return std::move(plan_);
    }

    // The routine `n` with a body that refers to nothing (see
    // kinds::routine_placeholder_sql): how a cycle through its body is broken.
    static Statement placeholder_statement(const Node& n, const char* action, const char* why) {
        Statement st;
        st.sql = kinds::routine_placeholder_sql(n);
        st.object = n.ref;
        st.action = action;
        st.why = why;
        return st;
    }

    static bool is_routine(const Entry& e) {
        const Node& n = e.b ? *e.b : *e.a;
        return n.kind == "function" || n.kind == "procedure";
    }

    // A vertex holding one routine being created or redefined (create
    // phase), or dropped (drop phase), and maybe children of it (comment,
    // privileges): a cycle through it can be broken with a placeholder body.
    bool placeholder_routine(int v, const std::vector<std::string>& keys) {
        bool drop = vertices_[v].drop_phase;
        const Entry* routine = nullptr;
        for (auto& k : keys) {
            const Entry& e = entries_.at(k);
            if (!is_routine(e)) continue;
            if (routine) return false;
            routine = &e;
        }
        if (!routine) return false;
        const Node* node = drop ? routine->a : routine->b;
        int vertex = drop ? routine->d : routine->c;
        const auto& steps = drop ? routine->change.drop_steps : routine->change.create_steps;
        if (!node || vertex < 0 || find(vertex) != v || steps.empty()) return false;
        for (auto& k : keys) {
            const Entry& e = entries_.at(k);
            if (&e != routine && any(e).parent != node->key) return false;
        }
        return true;
    }

    void emit_vertex(int v, std::vector<std::string> keys) {
        bool drop = vertices_[v].drop_phase;
        std::sort(keys.begin(), keys.end(), [&](const std::string& x, const std::string& y) {
            int rx = entries_.at(x).rules->rank, ry = entries_.at(y).rules->rank;
            if (rx != ry) return drop ? rx > ry : rx < ry;
            return x < y;
        });
        for (auto& key : keys) {
            Entry& e = entries_.at(key);
            const auto& steps = drop ? e.change.drop_steps : e.change.create_steps;
            if ((drop && (e.d < 0 || find(e.d) != v)) || (!drop && (e.c < 0 || find(e.c) != v))) continue;
            bool placeholder = !drop && placeholders_.count(v) && is_routine(e);
            if (placeholder)
                plan_.statements.push_back(placeholder_statement(
                    *e.b, "create", "dependency cycle through its body: placeholder body first, definition at the end"));
            for (auto& s : steps) {
                Statement st;
                st.sql = pin_array_casts(s.sql);   // reads back to the text it came from
                st.object = any(e).ref;
                st.action = e.change.kind == ChangeKind::Alter ? "alter" : to_string(e.change.kind);
                st.unsafe = s.unsafe;
                st.why = !s.why.empty() ? s.why : e.change.why;
                describe(e, s, v, st);
                (placeholder ? postponed_ : plan_.statements).push_back(std::move(st));
                emitted_[v] = true;
            }
        }
    }

    // ---- what a statement does: lock, hazards, why, position -----------------

    // The table, view or materialized view an object is part of (itself for one).
    std::string relation_of(const Catalog& cat, const std::string& key) const {
        auto relation = [](const Node* n) {
            return n->kind == "table" || n->kind == "view" || n->kind == "materialized_view" ||
                   n->kind == "foreign_table";
        };
        const Node* n = cat.find(key);
        while (n && !relation(n) && !n->parent.empty()) n = cat.find(n->parent);
        return n && relation(n) ? n->key : std::string();
    }

    // Does the relation hold rows of FROM while the statement runs? Not when
    // it is created (or dropped and created again) by this migration.
    bool has_rows(const std::string& rel) const {
        if (rel.empty() || !from_.find(rel)) return false;
        auto it = entries_.find(rel);
        if (it == entries_.end()) return true;
        const Change& c = it->second.change;
        return !(c.kind == ChangeKind::Create || (c.kind == ChangeKind::Replace && !c.preserve_data));
    }

    void describe(const Entry& e, const Step& s, int v, Statement& st) {
        st.transactional = s.transactional;
        st.new_transaction = s.new_transaction;
        std::string rel = relation_of(e.a ? from_ : to_, any(e).key);
        if (rel.empty() && e.a && e.b) rel = relation_of(to_, e.b->key);
        const Node* reln = rel.empty() ? nullptr : from_.find(rel);
        if (!reln && !rel.empty()) reln = to_.find(rel);
        const char* level = s.lock ? s.lock : e.rules->lock;
        if (reln && level && std::string(level) != lock::none) {
            st.lock = level;
            st.lock_on = reln->ref;
        }
        bool rows = has_rows(rel);
        // A foreign table's rows are remote: nothing local to rewrite or scan
        // (its statements still lock it).
        bool local_rows = rows && reln && reln->kind != "foreign_table";
        for (const Hazard& h : s.hazards) {
            // A rewrite, scan or lock of a table this migration creates touches no rows.
            // (A rule may name the table itself, for a statement on another
            // object: ALTER TYPE ... CASCADE on typed tables.)
            bool own_table = !reln && !h.table.kind.empty();
            if (!rows && !own_table && h.kind != hazard::data_loss && h.kind != hazard::non_transactional) continue;
            if (!local_rows && !own_table && (h.kind == hazard::table_rewrite || h.kind == hazard::full_scan)) continue;
            st.hazards.push_back(h);
        }
        auto add = [&](const char* kind, std::string detail) {
            if (!st.has_hazard(kind)) st.hazards.push_back(Hazard{kind, std::move(detail), {}, -1, -1});
        };
        if (s.unsafe) add(hazard::data_loss, "drops " + any(e).ref.kind + " " + any(e).ref.name + " and what it holds");
        if (rows && st.lock == lock::access_exclusive)
            add(hazard::access_exclusive_lock, "blocks all reads and writes of " + reln->ref.name + " while it runs");
        if (!s.transactional) add(hazard::non_transactional, "cannot run inside a transaction block");
        st.unsafe = st.unsafe || st.has_hazard(hazard::data_loss);
        for (Hazard& h : st.hazards) {
            if (!reln || h.kind == hazard::non_transactional) continue;
            h.table = reln->ref;
            auto size = from_.facts.table_sizes.find(rel);
            if (size != from_.facts.table_sizes.end()) {
                h.rows = size->second.rows;
                h.pages = size->second.pages;
            }
        }
        std::sort(st.hazards.begin(), st.hazards.end(), [](const Hazard& x, const Hazard& y) {
            return hazard_rank(x.kind) < hazard_rank(y.kind);
        });
        // What changed: the attributes that differ (those the step realises).
        if (e.a && e.b && e.a->attrs.is_object() && e.b->attrs.is_object()) {
            std::set<std::string> names;
            for (auto& [k, val] : e.a->attrs.items()) names.insert(k);
            for (auto& [k, val] : e.b->attrs.items()) names.insert(k);
            for (auto& k : names) {
                nlohmann::json x = e.a->attrs.contains(k) ? e.a->attrs[k] : nlohmann::json();
                nlohmann::json y = e.b->attrs.contains(k) ? e.b->attrs[k] : nlohmann::json();
                if (x == y) continue;
                if (!s.attributes.empty() && std::find(s.attributes.begin(), s.attributes.end(), k) == s.attributes.end())
                    continue;
                st.changes.push_back(AttributeChange{k, x, y});
            }
        }
        if (!e.change.cause.empty()) {
            const Node* c = from_.find(e.change.cause);
            if (c) {
                st.caused_by = c->ref;
                st.caused_by_change = e.change.cause_change;
            }
        }
        // The graph edges into this statement's vertex.
        std::set<std::pair<std::string, bool>> seen;
        auto it = preds_.find(v);
        if (it != preds_.end())
            for (int p : it->second) {
                if (!emitted_[p] || primary_[p].empty() || primary_[p] == any(e).key) continue;
                bool drop = vertices_[p].drop_phase;
                if (!seen.insert({primary_[p], drop}).second) continue;
                st.after.push_back(Predecessor{any(entries_.at(primary_[p])).ref, drop ? "drop" : "create"});
            }
    }

    static int hazard_rank(const std::string& kind) {
        int i = 0;
        for (const char* k : hazard::all) {
            if (kind == k) return i;
            ++i;
        }
        return i;
    }

    const Catalog& from_;
    const Catalog& to_;
    const Options& options_;
    Context ctx_;
    std::map<std::string, Entry> entries_;
    std::map<int, std::vector<int>> preds_;   // vertex -> vertices with an edge into it
    std::vector<std::string> primary_;        // vertex -> key that names it
    std::vector<bool> emitted_;               // vertex -> a statement was written
    Plan plan_;
    std::set<int> placeholders_;           // routine vertices created with a placeholder body
    std::set<int> emptied_;                // routine drop vertices whose body was emptied first
    std::vector<Statement> postponed_;     // ... whose real definitions end the script
};

}  // namespace detail

inline Plan make_plan(const Catalog& from, const Catalog& to, const Options& options) {
    Plan plan = detail::Planner(from, to, options).run();
    // Function bodies may name objects created later in the script.
    bool creates_routines = false;
    for (auto& s : plan.statements)
        if ((s.object.kind == "function" || s.object.kind == "procedure") && s.action != "drop") creates_routines = true;
    std::vector<Statement> preamble;
    auto setting = [&](const std::string& name, const std::string& value, const std::string& why) {
        Statement set;
        set.sql = "SET " + name + " = " + value + ";";
        set.object = {"session", "", name};
        set.action = "set";
        set.why = why;
        preamble.push_back(set);
    };
    if (options.online && !plan.statements.empty()) {
        setting("lock_timeout", quote_literal(options.lock_timeout),
                "online: give up instead of queueing behind long transactions (and blocking everyone queued after)");
        setting("statement_timeout", quote_literal(options.statement_timeout),
                "online: limit for each statement of the migration");
    }
    if (creates_routines)
        setting("check_function_bodies", "off", "function bodies may refer to objects created later in this script");
    plan.statements.insert(plan.statements.begin(), preamble.begin(), preamble.end());
    plan.online = options.online;
    std::vector<std::string> warnings;
    for (auto* c : {&from, &to})
        for (auto& w : c->warnings)
            if (std::find(warnings.begin(), warnings.end(), w) == warnings.end()) warnings.push_back(w);
    warnings.insert(warnings.end(), plan.warnings.begin(), plan.warnings.end());
    plan.warnings = std::move(warnings);
    return plan;
}

}  // namespace pgdiff
