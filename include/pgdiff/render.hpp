// Plan -> text: the SQL script (migra-compatible), the explained script
// (a comment above each statement), the summary, and the JSON plan
// (format "pgdiff-plan", documented in docs/plan.schema.json).
#pragma once
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <string>
#include <vector>
#include <nlohmann/json.hpp>
#include "pgdiff/api.hpp"

namespace pgdiff {

inline constexpr int plan_format_version = 2;

// The transaction each statement runs in, for a plan in online mode: -1
// outside any transaction block (the leading session settings and the
// statements that cannot run in one), else the number of its BEGIN ...
// COMMIT group. Without online mode every statement is -1 (the script has no
// transaction control; migra applies it as a whole).
inline std::vector<int> transaction_groups(const Plan& plan) {
    std::vector<int> out(plan.statements.size(), -1);
    if (!plan.online) return out;
    int current = -1, next = 0;
    bool leading = true;
    for (size_t i = 0; i < plan.statements.size(); ++i) {
        const Statement& s = plan.statements[i];
        if (leading && s.object.kind == "session") continue;
        leading = false;
        if (!s.transactional) {
            current = -1;
            continue;
        }
        if (current < 0 || s.new_transaction) current = next++;
        out[i] = current;
    }
    return out;
}

namespace detail {

inline std::string single_line(std::string s, size_t max = 0) {
    for (auto& c : s)
        if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    if (max && s.size() > max) {
        size_t cut = max;
        while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;  // whole UTF-8 characters
        s = s.substr(0, cut) + "...";
    }
    return s;
}

inline std::string object_name(const ObjectRef& o) {
    return o.schema.empty() ? o.name : o.schema + "." + o.name;
}

inline std::string size_text(const Hazard& h) {
    if (h.table.kind.empty()) return {};
    std::string out = " on " + object_name(h.table);
    if (h.rows < 0) return out + " (size unknown: never analyzed)";
    char buf[64];
    std::snprintf(buf, sizeof buf, " (~%.0f rows, %lld pages)", std::floor(h.rows), static_cast<long long>(h.pages));
    return out + buf;
}

inline std::string value_text(const nlohmann::json& v) {
    if (v.is_null()) return "(none)";
    return single_line(v.is_string() ? v.get<std::string>() : v.dump(), 60);
}

// The comment written above a statement by --explain: lines starting "-- ".
inline std::string explain_comment(const Statement& s) {
    std::string out = "-- " + s.action + " " + s.object.kind + " " + single_line(object_name(s.object));
    if (!s.why.empty()) out += ": " + single_line(s.why);
    out += "\n";
    for (auto& c : s.changes)
        out += "--   changed " + single_line(c.attribute) + ": " + value_text(c.from) + " -> " + value_text(c.to) + "\n";
    if (!s.caused_by.kind.empty())
        out += "--   because " + s.caused_by.kind + " " + single_line(object_name(s.caused_by)) + " is " +
               s.caused_by_change + "\n";
    for (auto& h : s.hazards)
        out += "--   hazard " + h.kind + single_line(size_text(h)) + ": " + single_line(h.detail) + "\n";
    if (!s.lock.empty()) out += "--   lock " + s.lock + " on " + single_line(object_name(s.lock_on)) + "\n";
    if (!s.transactional) out += "--   runs outside a transaction block\n";
    if (!s.after.empty()) {
        std::string list;
        for (size_t i = 0; i < s.after.size() && i < 5; ++i)
            list += (i ? ", " : "") + s.after[i].phase + " " + s.after[i].object.kind + " " + object_name(s.after[i].object);
        if (s.after.size() > 5) list += ", ... (" + std::to_string(s.after.size() - 5) + " more)";
        out += "--   after " + single_line(list) + "\n";
    }
    return out;
}

inline std::string render_script(const Plan& plan, bool explain) {
    std::vector<int> group = transaction_groups(plan);
    std::string out;
    auto emit = [&](const std::string& text) {
        if (!out.empty()) out += "\n";
        out += text;
        out += "\n";
    };
    int open = -1;
    for (size_t i = 0; i < plan.statements.size(); ++i) {
        const Statement& s = plan.statements[i];
        if (plan.online && group[i] != open) {
            if (open >= 0) emit("COMMIT;");
            if (group[i] >= 0) emit("BEGIN;");
            open = group[i];
        }
        emit(explain ? explain_comment(s) + s.sql : s.sql);
    }
    if (plan.online && open >= 0) emit("COMMIT;");
    return out;
}

}  // namespace detail

// Statements separated by a blank line; nothing else. In online mode the
// statements are grouped in BEGIN ... COMMIT blocks, with the session
// settings and the statements that cannot run in a transaction outside them.
inline std::string render_sql(const Plan& plan) { return detail::render_script(plan, false); }

// The same script with a comment above each statement: why it is there (what
// changed, or which rebuilt dependency forced it), its hazards with the size
// of the table they touch, the lock it takes, and what it must follow.
inline std::string render_explain(const Plan& plan) { return detail::render_script(plan, true); }

// A few lines for people: counts by action and object kind, and hazards.
inline std::string render_summary(const Plan& plan) {
    std::map<std::string, int> by_action, by_kind, by_hazard;
    std::map<std::string, const Hazard*> biggest;
    int statements = 0, outside = 0;
    for (auto& s : plan.statements) {
        ++statements;
        ++by_action[s.action];
        ++by_kind[s.object.kind];
        if (!s.transactional) ++outside;
        for (auto& h : s.hazards) {
            ++by_hazard[h.kind];
            auto& b = biggest[h.kind];
            if (!h.table.kind.empty() && (!b || h.rows > b->rows)) b = &h;
        }
    }
    auto list = [](const std::map<std::string, int>& m) {
        std::string out;
        for (auto& [k, n] : m) out += (out.empty() ? "" : ", ") + k + " " + std::to_string(n);
        return out.empty() ? std::string("none") : out;
    };
    std::string out = "pgdiff: summary: " + std::to_string(statements) + " statement" + (statements == 1 ? "" : "s") +
                      (by_action.empty() ? "" : " (" + list(by_action) + ")") + "\n";
    out += "pgdiff: summary: objects: " + list(by_kind) + "\n";
    std::string hz;
    for (auto& [k, n] : by_hazard) {
        hz += (hz.empty() ? "" : ", ") + k + " " + std::to_string(n);
        const Hazard* b = biggest[k];
        if (b) hz += " (largest" + detail::size_text(*b) + ")";
    }
    out += "pgdiff: summary: hazards: " + (hz.empty() ? std::string("none") : detail::single_line(hz)) + "\n";
    if (plan.online) {
        int groups = 0;
        for (int g : transaction_groups(plan)) groups = std::max(groups, g + 1);
        out += "pgdiff: summary: online: " + std::to_string(groups) + " transaction" + (groups == 1 ? "" : "s") + ", " +
               std::to_string(outside) + " statement" + (outside == 1 ? "" : "s") + " outside a transaction\n";
    }
    for (auto& w : plan.warnings) out += "pgdiff: summary: warning: " + detail::single_line(w) + "\n";
    return out;
}

inline nlohmann::json object_json(const ObjectRef& o) {
    return {{"kind", o.kind}, {"schema", o.schema}, {"name", o.name}};
}

// The plan as JSON: see docs/plan.schema.json.
inline nlohmann::json plan_to_json(const Plan& plan) {
    std::vector<int> group = transaction_groups(plan);
    nlohmann::json statements = nlohmann::json::array();
    nlohmann::json totals = nlohmann::json::object();
    for (size_t i = 0; i < plan.statements.size(); ++i) {
        const Statement& s = plan.statements[i];
        nlohmann::json hazards = nlohmann::json::array();
        for (auto& h : s.hazards) {
            nlohmann::json j = {{"kind", h.kind}, {"detail", h.detail}, {"table", nullptr}};
            if (!h.table.kind.empty())
                j["table"] = {{"schema", h.table.schema}, {"name", h.table.name},
                              {"rows", h.rows < 0 ? nlohmann::json() : nlohmann::json(std::floor(h.rows))},
                              {"pages", h.pages < 0 ? nlohmann::json() : nlohmann::json(h.pages)}};
            hazards.push_back(j);
            totals[h.kind] = totals.value(h.kind, 0) + 1;
        }
        nlohmann::json changes = nlohmann::json::array();
        for (auto& c : s.changes) changes.push_back({{"attribute", c.attribute}, {"from", c.from}, {"to", c.to}});
        nlohmann::json after = nlohmann::json::array();
        for (auto& p : s.after) after.push_back({{"object", object_json(p.object)}, {"phase", p.phase}});
        nlohmann::json caused_by = nullptr;
        if (!s.caused_by.kind.empty()) caused_by = {{"object", object_json(s.caused_by)}, {"change", s.caused_by_change}};
        statements.push_back({{"sql", s.sql},
                              {"object", object_json(s.object)},
                              {"action", s.action},
                              {"unsafe", s.unsafe},
                              {"why", s.why},
                              {"reason", {{"changes", changes}, {"caused_by", caused_by}}},
                              {"hazards", hazards},
                              {"lock", s.lock.empty() ? nlohmann::json() :
                                       nlohmann::json{{"level", s.lock}, {"on", object_json(s.lock_on)}}},
                              {"transactional", s.transactional},
                              {"transaction", group[i] < 0 ? nlohmann::json() : nlohmann::json(group[i])},
                              {"after", after}});
    }
    return {{"format", "pgdiff-plan"}, {"format_version", plan_format_version}, {"online", plan.online},
            {"statements", statements}, {"warnings", plan.warnings}, {"unsafe", plan.has_unsafe()},
            {"hazards", totals}};
}

}  // namespace pgdiff
