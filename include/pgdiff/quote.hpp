// The one place where identifiers and literals become SQL text.
// Every name and literal the engine prints goes through these functions, so a
// hostile name (quotes, spaces, capitals, unicode, keywords, 63-byte names)
// always round-trips.
#pragma once
#include <string>
#include <string_view>

namespace pgdiff {

// Always double-quotes: simplest rule that is correct for every name,
// including keywords and names that need case preservation.
inline std::string quote_ident(std::string_view name) {
    std::string out;
    out.reserve(name.size() + 2);
    out += '"';
    for (char c : name) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
    return out;
}

// schema.name, each part quoted; an empty schema yields just the name.
inline std::string quote_qualified(std::string_view schema, std::string_view name) {
    if (schema.empty()) return quote_ident(name);
    return quote_ident(schema) + "." + quote_ident(name);
}

// A standard-conforming string literal ('it''s'). Backslashes need no escape
// because standard_conforming_strings is on in every supported version; when a
// backslash is present we still use the E'' form so the literal is also right
// for a session that turned it off.
inline std::string quote_literal(std::string_view value) {
    bool has_backslash = value.find('\\') != std::string_view::npos;
    std::string out;
    out.reserve(value.size() + 3);
    if (has_backslash) out += 'E';
    out += '\'';
    for (char c : value) {
        if (c == '\'') out += '\'';
        if (c == '\\' && has_backslash) out += '\\';
        out += c;
    }
    out += '\'';
    return out;
}

// An operator's name, schema-qualified ("public".===). An operator name
// cannot be quoted; PostgreSQL allows only the characters below in one, and
// the loader refuses a document with any other (operator_name_ok), so
// nothing else can reach the SQL through an operator's name.
inline constexpr std::string_view operator_chars = "+-*/<>=~!@#%^&|`?";
inline bool operator_name_ok(std::string_view name) {
    if (name.empty() || name.size() > 63) return false;
    for (char c : name)
        if (operator_chars.find(c) == std::string_view::npos) return false;
    return true;
}
inline std::string quote_operator(std::string_view schema, std::string_view name) {
    std::string op;
    for (char c : name)
        if (operator_chars.find(c) != std::string_view::npos) op += c;  // never anything else
    return schema.empty() ? op : quote_ident(schema) + "." + op;
}

// A role name as it appears in GRANT/REVOKE/policy role lists: PUBLIC is a
// keyword there, every other role is an identifier.
inline std::string quote_role(std::string_view role) {
    if (role == "PUBLIC" || role == "public") return "PUBLIC";
    return quote_ident(role);
}

}  // namespace pgdiff
