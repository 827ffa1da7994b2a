// Text search dictionaries and configurations. A configuration's mappings
// (token type -> dictionaries) are diffed one token type at a time with
// ALTER TEXT SEARCH CONFIGURATION ADD / ALTER / DROP MAPPING.
#pragma once
#include <map>
#include "pgdiff/kinds/table.hpp"

namespace pgdiff::kinds {

// A dictionary's options as the catalog prints them (dictinitoption:
// "language = 'english', stopwords = 'english'"), split into
// (name, "name = value") pairs, in order. Values are quoted literals:
// commas inside them do not split.
inline std::vector<std::pair<std::string, std::string>> ts_dictionary_options(const nlohmann::json& options) {
    std::vector<std::pair<std::string, std::string>> out;
    std::string text = json_text(options), item;
    bool quoted = false;
    auto flush = [&] {
        size_t b = item.find_first_not_of(' '), e = item.find_last_not_of(' ');
        if (b != std::string::npos) {
            std::string one = item.substr(b, e - b + 1);
            std::string name = one.substr(0, one.find_first_of(" ="));
            out.emplace_back(name, one);
        }
        item.clear();
    };
    for (char c : text) {
        if (c == '\'') quoted = !quoted;  // '' inside a literal toggles twice
        if (c == ',' && !quoted) {
            flush();
            continue;
        }
        item += c;
    }
    flush();
    return out;
}

inline KindRules ts_dictionary_rules() {
    KindRules r;
    r.rank = 5;
    r.lock = lock::none;
    r.create = [](const Node& n, const Context&) {
        std::string sql = "CREATE TEXT SEARCH DICTIONARY " + n.sql_name + " (TEMPLATE = " + qualified_name_sql(n.attrs["template"]);
        for (auto& [name, option] : ts_dictionary_options(n.attrs["options"])) sql += ", " + option;
        return std::vector<Step>{step(sql + ");")};
    };
    r.drop = [](const Node& n, const Context&) {
        return std::vector<Step>{step("DROP TEXT SEARCH DICTIONARY " + n.sql_name + ";")};
    };
    // ALTER names an option with a value to (re)set it at the end of the
    // list, without one to remove it: naming every target option in order
    // (and the removed ones) reaches the target's list exactly.
    r.alter = [](const Node& a, const Node& b, const Context&, Change& out) {
        if (a.attrs["template"] != b.attrs["template"]) {
            out.why = "template changed (no ALTER for it)";
            return false;
        }
        auto before = ts_dictionary_options(a.attrs["options"]), after = ts_dictionary_options(b.attrs["options"]);
        std::string list;
        for (auto& [name, option] : after) list += (list.empty() ? "" : ", ") + option;
        for (auto& [name, option] : before) {
            bool kept = false;
            for (auto& [n2, o2] : after) kept = kept || n2 == name;
            if (!kept) list += (list.empty() ? "" : ", ") + name;
        }
        if (!list.empty())
            out.create_steps.push_back(step("ALTER TEXT SEARCH DICTIONARY " + b.sql_name + " (" + list + ");",
                                            "options changed"));
        return true;
    };
    return r;
}

inline std::string ts_dictionary_list_sql(const nlohmann::json& dicts) {
    std::string out;
    for (auto& d : dicts) out += (out.empty() ? "" : ", ") + qualified_name_sql(d);
    return out;
}

inline KindRules ts_configuration_rules() {
    KindRules r;
    r.rank = 6;
    r.lock = lock::none;
    r.create = [](const Node& n, const Context&) {
        std::vector<Step> steps{step("CREATE TEXT SEARCH CONFIGURATION " + n.sql_name + " (PARSER = " +
                                     qualified_name_sql(n.attrs["parser"]) + ");")};
        // A new configuration starts with no mappings.
        if (n.attrs["mappings"].is_array())
            for (auto& m : n.attrs["mappings"])
                steps.push_back(step("ALTER TEXT SEARCH CONFIGURATION " + n.sql_name + " ADD MAPPING FOR " +
                                     quote_ident(json_text(m[0])) + " WITH " + ts_dictionary_list_sql(m[1]) + ";"));
        return steps;
    };
    r.drop = [](const Node& n, const Context&) {
        return std::vector<Step>{step("DROP TEXT SEARCH CONFIGURATION " + n.sql_name + ";")};
    };
    r.alter = [](const Node& a, const Node& b, const Context&, Change& out) {
        if (a.attrs["parser"] != b.attrs["parser"]) {
            out.why = "parser changed (no ALTER for it)";
            return false;
        }
        std::map<std::string, nlohmann::json> before, after;
        for (const auto* side : {&a, &b})
            if (side->attrs["mappings"].is_array())
                for (auto& m : side->attrs["mappings"]) (side == &a ? before : after)[json_text(m[0])] = m[1];
        std::string t = "ALTER TEXT SEARCH CONFIGURATION " + b.sql_name;
        for (auto& [token, dicts] : before)
            if (!after.count(token))
                out.create_steps.push_back(step(t + " DROP MAPPING FOR " + quote_ident(token) + ";", "mapping removed")
                                               .realises("mappings"));
        for (auto& [token, dicts] : after) {
            auto was = before.find(token);
            if (was == before.end())
                out.create_steps.push_back(step(t + " ADD MAPPING FOR " + quote_ident(token) + " WITH " +
                                                ts_dictionary_list_sql(dicts) + ";", "mapping added")
                                               .realises("mappings"));
            else if (was->second != dicts)
                out.create_steps.push_back(step(t + " ALTER MAPPING FOR " + quote_ident(token) + " WITH " +
                                                ts_dictionary_list_sql(dicts) + ";", "mapping changed")
                                               .realises("mappings"));
        }
        return true;
    };
    return r;
}

}  // namespace pgdiff::kinds
