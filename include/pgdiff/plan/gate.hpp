// What --unsafe and --allow-hazards hold back: a plan is printed only when
// every hazard of every statement is allowed. One rule for every face of the
// engine (the native command, the wasm module, the Node command).
#pragma once
#include <optional>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>
#include "pgdiff/api.hpp"
#include "pgdiff/render.hpp"

namespace pgdiff {

struct HazardPolicy {
    bool unsafe = false;                            // --unsafe: data_loss may be printed
    std::optional<std::set<std::string>> allowed;   // --allow-hazards given: the other kinds that may be
};

// The values of --allow-hazards: comma-separated hazard kinds; "none" allows
// none. Throws std::invalid_argument naming an unknown kind.
inline std::set<std::string> parse_hazard_kinds(const std::vector<std::string>& values) {
    std::set<std::string> out;
    for (auto& v : values) {
        std::stringstream ss(v);
        std::string kind;
        while (std::getline(ss, kind, ',')) {
            while (!kind.empty() && kind.back() == ' ') kind.pop_back();
            while (!kind.empty() && kind.front() == ' ') kind.erase(kind.begin());
            if (kind.empty() || kind == "none") continue;
            bool known = false;
            for (const char* k : hazard::all) known = known || kind == k;
            if (!known) {
                std::string list;
                for (const char* k : hazard::all) list += (list.empty() ? "" : ", ") + std::string(k);
                throw std::invalid_argument("--allow-hazards: unknown hazard kind \"" + kind + "\" (known: " + list +
                                            ", none)");
            }
            out.insert(kind);
        }
    }
    return out;
}

// Why a plan is held back: `reason` names the statements (the first three)
// and what is wrong with them; `advice` the option that lets them through.
// Empty when the plan may be printed.
struct HeldBack {
    std::string reason;
    std::string advice;
    explicit operator bool() const { return !reason.empty(); }
};

inline std::string describe_object(const ObjectRef& o) {
    std::string name = detail::object_name(o);
    return o.kind.empty() ? name : o.kind + " " + name;
}

inline HeldBack held_back(const Plan& plan, const HazardPolicy& policy) {
    auto list = [](size_t n, const std::string& first) { return first + (n > 3 ? ", ..." : ""); };
    auto note = [](size_t& n, std::string& first, const Statement& s) {
        if (n < 3) first += (n ? ", " : "") + s.action + " " + describe_object(s.object);
        ++n;
    };
    // Hazards other than data_loss, when --allow-hazards limits them.
    if (policy.allowed) {
        std::set<std::string> blocked;
        size_t n = 0;
        std::string first;
        for (auto& s : plan.statements) {
            bool hit = false;
            for (auto& h : s.hazards)
                if (h.kind != hazard::data_loss && !policy.allowed->count(h.kind)) {
                    blocked.insert(h.kind);
                    hit = true;
                }
            if (hit) note(n, first, s);
        }
        if (n > 0) {
            std::string kinds;
            for (auto& k : blocked) kinds += (kinds.empty() ? "" : ", ") + k;
            return {std::to_string(n) + " statement" + (n == 1 ? "" : "s") + " (" + list(n, first) +
                        ") with hazards not allowed (" + kinds + ")",
                    "allow them with --allow-hazards"};
        }
    }
    // data_loss (migra's "unsafe"), unless --unsafe or --allow-hazards data_loss.
    bool unsafe = policy.unsafe || (policy.allowed && policy.allowed->count(hazard::data_loss));
    if (unsafe || !plan.has_unsafe()) return {};
    size_t n = 0;
    std::string first, reason;
    for (auto& s : plan.statements) {
        if (!s.unsafe) continue;
        if (reason.empty() && !s.why.empty()) reason = "; " + describe_object(s.object) + ": " + detail::single_line(s.why);
        note(n, first, s);
    }
    return {std::to_string(n) + " unsafe statement" + (n == 1 ? "" : "s") + " (" + list(n, first) + ") can lose data" +
                reason,
            "run with --unsafe to print the migration"};
}

}  // namespace pgdiff
