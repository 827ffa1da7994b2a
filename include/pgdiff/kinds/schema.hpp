// Schemas, extensions and collations: the objects other objects live in or use.
#pragma once
#include "pgdiff/plan/change.hpp"

namespace pgdiff::kinds {

inline KindRules schema_rules() {
    KindRules r;
    r.rank = 0;
    r.create = [](const Node& n, const Context&) {
        return std::vector<Step>{step("CREATE SCHEMA " + n.sql_name + ";")};
    };
    r.drop = [](const Node& n, const Context&) {
        return std::vector<Step>{step("DROP SCHEMA " + n.sql_name + ";", {}, true)};
    };
    r.alter = [](const Node&, const Node&, const Context&, Change&) { return true; };  // owner: not compared yet
    return r;
}

inline std::string extension_create_sql(const Node& n, const Context& ctx) {
    std::string sql = "CREATE EXTENSION IF NOT EXISTS " + n.sql_name + " WITH SCHEMA " +
                      quote_ident(n.attrs["schema"].get<std::string>());
    if (!ctx.options.ignore_extension_versions)
        sql += " VERSION " + quote_literal(n.attrs["version"].get<std::string>());
    return sql + ";";
}

// "1.10" > "1.9": compare dot-separated parts numerically where they are numbers.
inline bool version_less(const std::string& x, const std::string& y) {
    size_t i = 0, j = 0;
    while (i < x.size() || j < y.size()) {
        size_t ie = x.find('.', i), je = y.find('.', j);
        std::string px = i < x.size() ? x.substr(i, ie == std::string::npos ? std::string::npos : ie - i) : "";
        std::string py = j < y.size() ? y.substr(j, je == std::string::npos ? std::string::npos : je - j) : "";
        bool nx = !px.empty() && px.find_first_not_of("0123456789") == std::string::npos;
        bool ny = !py.empty() && py.find_first_not_of("0123456789") == std::string::npos;
        if (nx && ny && px.size() < 10 && py.size() < 10) {
            long a = std::stol(px), b = std::stol(py);
            if (a != b) return a < b;
        } else if (px != py) {
            return px < py;
        }
        i = ie == std::string::npos ? x.size() : ie + 1;
        j = je == std::string::npos ? y.size() : je + 1;
    }
    return false;
}

inline KindRules extension_rules() {
    KindRules r;
    r.rank = 1;
    r.create = [](const Node& n, const Context& ctx) {
        return std::vector<Step>{step(extension_create_sql(n, ctx))};
    };
    r.drop = [](const Node& n, const Context&) {
        return std::vector<Step>{step("DROP EXTENSION " + n.sql_name + ";", {}, true)};
    };
    r.alter = [](const Node& a, const Node& b, const Context& ctx, Change& out) {
        if (!ctx.options.ignore_extension_versions &&
            version_less(b.attrs["version"].get<std::string>(), a.attrs["version"].get<std::string>())) {
            out.why = "extensions have no downgrade path: dropped and created at the older version";
            return false;
        }
        if (a.attrs["schema"] != b.attrs["schema"])
            out.create_steps.push_back(step("ALTER EXTENSION " + b.sql_name + " SET SCHEMA " +
                                            quote_ident(b.attrs["schema"].get<std::string>()) + ";",
                                            "schema changed"));
        if (a.attrs["version"] != b.attrs["version"] && !ctx.options.ignore_extension_versions)
            out.create_steps.push_back(step("ALTER EXTENSION " + b.sql_name + " UPDATE TO " +
                                            quote_literal(b.attrs["version"].get<std::string>()) + ";",
                                            "version " + a.attrs["version"].get<std::string>() + " -> " +
                                                b.attrs["version"].get<std::string>()));
        return true;
    };
    // Moved out of a schema that is dropped: ALTER EXTENSION SET SCHEMA
    // runs before the DROP SCHEMA (an in-place change that lets go of a
    // dropped object runs first); dropping it would drop its users too.
    r.on_dependency_rebuilt = [](const Node& a, const Node& b, const Node& dep, const Change& dep_change,
                                 const Context&, Change&) {
        if (dep.kind == "schema" && dep_change.kind == ChangeKind::Drop && a.attrs["schema"] != b.attrs["schema"] &&
            dep.ref.name == a.attrs.value("schema", ""))
            return Reaction::Ignore;
        return Reaction::Replace;
    };
    return r;
}

inline KindRules collation_rules() {
    KindRules r;
    r.rank = 2;
    r.create = [](const Node& n, const Context&) {
        auto& a = n.attrs;
        std::string provider = a["provider"] == "i" ? "icu" : a["provider"] == "b" ? "builtin" : "libc";
        std::string sql = "CREATE COLLATION " + n.sql_name + " (provider = " + provider;
        auto text = [&](const char* f) { return a[f].is_string() ? a[f].get<std::string>() : std::string(); };
        if (provider == "libc") {
            sql += ", lc_collate = " + quote_literal(text("collate")) + ", lc_ctype = " + quote_literal(text("ctype"));
        } else {
            sql += ", locale = " + quote_literal(text("locale"));
            if (!text("rules").empty()) sql += ", rules = " + quote_literal(text("rules"));
        }
        if (a["deterministic"] == false) sql += ", deterministic = false";
        return std::vector<Step>{step(sql + ");")};
    };
    r.drop = [](const Node& n, const Context&) {
        return std::vector<Step>{step("DROP COLLATION " + n.sql_name + ";")};
    };
    r.alter = [](const Node&, const Node&, const Context&, Change&) { return false; };
    return r;
}

}  // namespace pgdiff::kinds
