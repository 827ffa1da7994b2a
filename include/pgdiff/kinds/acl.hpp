// Privileges (GRANT / REVOKE) of an object, diffed as sets of
// (grantee, privilege, grantable) against the object's default ACL.
#pragma once
#include <set>
#include "pgdiff/kinds/table.hpp"

namespace pgdiff::kinds {

using AclEntry = std::tuple<std::string, std::string, bool>;

inline std::set<AclEntry> acl_set(const nlohmann::json& acl) {
    std::set<AclEntry> out;
    if (acl.is_array())
        for (auto& e : acl) out.emplace(json_text(e[0]), json_text(e[1]), e[2] == true);
    return out;
}

// Statements that turn ACL `from` into ACL `to` on one object.
inline std::vector<Step> acl_transition(const Node& n, const nlohmann::json& from, const nlohmann::json& to) {
    std::string target = n.attrs.value("target", ""), prefix = n.attrs.value("prefix", "");
    std::string on = " ON " + json_text(n.attrs["object_kind"]) + (target.empty() ? "" : " " + target);
    std::string column = n.attrs.value("column", "");
    if (!column.empty()) on = " (" + column + ")" + on;
    auto a = acl_set(from), b = acl_set(to);
    std::map<std::pair<std::string, std::string>, bool> have, want;
    for (auto& [g, p, opt] : a) have[{g, p}] = opt;
    for (auto& [g, p, opt] : b) want[{g, p}] = opt;
    std::vector<Step> revokes, grants;
    for (auto& [gp, opt] : have) {
        auto w = want.find(gp);
        if (w == want.end())
            revokes.push_back(step(prefix + "REVOKE " + gp.second + on + " FROM " + quote_role(gp.first) + ";"));
        else if (opt && !w->second)
            revokes.push_back(step(prefix + "REVOKE GRANT OPTION FOR " + gp.second + on + " FROM " + quote_role(gp.first) + ";"));
    }
    for (auto& [gp, opt] : want) {
        auto h = have.find(gp);
        if (h == have.end() || (opt && !h->second))
            grants.push_back(step(prefix + "GRANT " + gp.second + on + " TO " + quote_role(gp.first) +
                                  (opt ? " WITH GRANT OPTION" : "") + ";"));
    }
    revokes.insert(revokes.end(), grants.begin(), grants.end());
    return revokes;
}

inline KindRules acl_rules() {
    KindRules r;
    r.rank = 16;
    r.lock = lock::none;  // GRANT/REVOKE change the catalog row, not the relation's data
    // A new object starts with the ACL ALTER DEFAULT PRIVILEGES gives it
    // ("initial"; the target's default privileges are in force by then, see
    // default_acl_rules). So does one recreated here: its ACL node existed
    // before too. An existing object without privileges has the built-in ACL.
    r.create = [](const Node& n, const Context& ctx) {
        bool created = !ctx.from.find(n.parent) || ctx.from.find(n.key);
        const nlohmann::json& start = created && n.attrs.contains("initial") ? n.attrs["initial"] : n.attrs["default"];
        return acl_transition(n, start, n.attrs["acl"]);
    };
    r.drop = [](const Node& n, const Context&) { return acl_transition(n, n.attrs["acl"], n.attrs["default"]); };
    r.alter = [](const Node& a, const Node& b, const Context&, Change& out) {
        out.create_steps = acl_transition(b, a.attrs["acl"], b.attrs["acl"]);
        return true;
    };
    return r;
}

// ALTER DEFAULT PRIVILEGES: diffed like an ACL, but early (right after
// schemas), so objects created by the migration get the target's defaults.
inline KindRules default_acl_rules() {
    KindRules r = acl_rules();
    r.rank = 1;
    r.create = [](const Node& n, const Context&) { return acl_transition(n, n.attrs["default"], n.attrs["acl"]); };
    return r;
}

}  // namespace pgdiff::kinds
