// Definitions as pgdiff writes them must read back to the text they came
// from, or a copied object never compares equal to its source again.
//
// PostgreSQL prints `col IN ('a', 'b')` over a varchar column as
//   ((col)::text = ANY ((ARRAY['a'::character varying, 'b'::character varying])::text[]))
// but reading that text back pushes the outer cast into the elements (a cast
// written right after ARRAY[...] types the array constructor itself), which
// prints as ARRAY[('a'::character varying)::text, ...]. Stating the
// constructor's own type first, (ARRAY[...]::character varying[])::text[],
// keeps the cast outside: the same expression tree, printed the same way.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace pgdiff {
namespace detail {

inline bool ident_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '$' || static_cast<unsigned char>(c) >= 0x80;
}

// End (one past) of the quoted literal or identifier starting at i
// (sql[i] is ' or "); npos when unterminated. `escapes`: an E'...' string.
inline size_t skip_quoted(std::string_view sql, size_t i, bool escapes) {
    const char q = sql[i];
    for (size_t j = i + 1; j < sql.size(); ++j) {
        if (escapes && sql[j] == '\\') { ++j; continue; }
        if (sql[j] == q) {
            if (j + 1 < sql.size() && sql[j + 1] == q) { ++j; continue; }
            return j + 1;
        }
    }
    return std::string_view::npos;
}

// If sql[open..] is `(ARRAY[` whose elements are all quoted literals cast to
// one type E, followed by `])::`, the position of that `]` and E.
inline bool literal_array_cast(std::string_view sql, size_t open, size_t& close, std::string& type) {
    static constexpr std::string_view head = "(ARRAY[";
    if (sql.compare(open, head.size(), head) != 0) return false;
    size_t i = open + head.size();
    std::string common;
    for (;;) {
        while (i < sql.size() && sql[i] == ' ') ++i;
        bool escapes = i < sql.size() && sql[i] == 'E';
        if (escapes) ++i;
        if (i >= sql.size() || sql[i] != '\'') return false;
        size_t end = skip_quoted(sql, i, escapes);
        if (end == std::string_view::npos || sql.compare(end, 2, "::") != 0) return false;
        // the type: up to a ',' or ']' outside parentheses and quotes
        size_t t = end + 2, depth = 0;
        while (t < sql.size()) {
            char c = sql[t];
            if (c == '"') {
                size_t e = skip_quoted(sql, t, false);
                if (e == std::string_view::npos) return false;
                t = e;
                continue;
            }
            if (c == '(') ++depth;
            else if (c == ')') { if (depth == 0) return false; --depth; }
            else if (depth == 0 && (c == ',' || c == ']')) break;
            ++t;
        }
        if (t >= sql.size()) return false;
        std::string_view e = sql.substr(end + 2, t - end - 2);
        // an element that is an array itself: its constructor type differs
        if (e.empty() || e.back() == ']' || e.find('[') != std::string_view::npos) return false;
        if (common.empty()) common = std::string(e);
        else if (common != e) return false;
        i = t + 1;
        if (sql[t] == ']') break;
    }
    if (sql.compare(i, 3, ")::") != 0) return false;
    close = i - 1;
    type = std::move(common);
    return true;
}

}  // namespace detail

// `sql` with every `(ARRAY['x'::E, ...])::T` written `(ARRAY['x'::E, ...]::E[])::T`
// outside quoted text, comments and dollar-quoted bodies (see the top).
inline std::string pin_array_casts(std::string_view sql) {
    if (sql.find("(ARRAY[") == std::string_view::npos) return std::string(sql);
    std::string out;
    out.reserve(sql.size() + 32);
    size_t i = 0;
    while (i < sql.size()) {
        const char c = sql[i];
        size_t next = i + 1;
        if (c == '\'' || c == '"') {
            bool escapes = c == '\'' && i > 0 && (sql[i - 1] == 'E' || sql[i - 1] == 'e') &&
                           (i < 2 || !detail::ident_char(sql[i - 2]));
            next = detail::skip_quoted(sql, i, escapes);
        } else if (c == '-' && sql.compare(i, 2, "--") == 0) {
            next = sql.find('\n', i);
        } else if (c == '/' && sql.compare(i, 2, "/*") == 0) {
            size_t depth = 0, j = i;
            for (; j < sql.size(); ++j) {
                if (sql.compare(j, 2, "/*") == 0) { ++depth; ++j; }
                else if (sql.compare(j, 2, "*/") == 0) { ++j; if (--depth == 0) break; }
            }
            next = j < sql.size() ? j + 1 : std::string_view::npos;
        } else if (c == '$' && (i == 0 || !detail::ident_char(sql[i - 1]))) {
            size_t j = i + 1;
            while (j < sql.size() && detail::ident_char(sql[j]) && sql[j] != '$') ++j;
            if (j < sql.size() && sql[j] == '$' && !(j > i + 1 && sql[i + 1] >= '0' && sql[i + 1] <= '9')) {
                std::string_view tag = sql.substr(i, j - i + 1);
                size_t end = sql.find(tag, j + 1);
                next = end == std::string_view::npos ? end : end + tag.size();
            }
        } else if (c == '(') {
            size_t close;
            std::string type;
            if (detail::literal_array_cast(sql, i, close, type)) {
                out.append(sql.substr(i, close + 1 - i));
                out += "::" + type + "[]";
                i = close + 1;
                continue;
            }
        }
        if (next == std::string_view::npos) next = sql.size();
        out.append(sql.substr(i, next - i));
        i = next;
    }
    return out;
}

}  // namespace pgdiff
