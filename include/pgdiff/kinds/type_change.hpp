// What ALTER COLUMN ... TYPE does to the rows, following PostgreSQL's own
// rules (ATPrepAlterColumnType / ATColumnChangeRequiresRewrite): the table is
// not rewritten when the conversion, once planned, is only a relabelling of
// the stored value:
//   - a binary-coercible cast (pg_cast.castmethod = 'b', read from the
//     catalog) to a type without a length limit (varchar(10) -> text);
//   - a length/precision change that the type's planner support function
//     drops: varchar, bit varying (wider or unlimited), numeric (same scale,
//     wider precision, or unlimited), timestamp/timestamptz/time/interval
//     (wider or unlimited precision).
// Everything else (int -> bigint, char(n) -> char(m), text -> varchar(5),
// enums through text, domains) rewrites every row.
#pragma once
#include <cstdint>
#include <set>
#include <string>
#include <vector>

namespace pgdiff::kinds {

struct TypeName {
    std::string base;        // format_type without the modifier: "character varying"
    std::vector<int> mods;   // (10) -> {10}, (10,2) -> {10, 2}
    int array_dims = 0;
};

// Reads "(digits[,digits])" at s[p]: the modifier list and the position
// after it, or false. (By hand: a std::regex is compiled on first use, which
// cost more than a whole 200-table diff in the browser.)
inline bool read_modifier(const std::string& s, size_t p, std::vector<int>& mods, size_t& end) {
    if (p >= s.size() || s[p] != '(') return false;
    std::vector<int> out;
    ++p;
    for (;;) {
        size_t start = p;
        long long v = 0;
        while (p < s.size() && s[p] >= '0' && s[p] <= '9' && v <= INT32_MAX) v = v * 10 + (s[p++] - '0');
        if (p == start || v > INT32_MAX) return false;
        out.push_back(int(v));
        if (p < s.size() && s[p] == ',' && out.size() == 1) { ++p; continue; }
        if (p < s.size() && s[p] == ')') break;
        return false;
    }
    mods = std::move(out);
    end = p + 1;
    return true;
}

inline TypeName parse_type_name(const std::string& formatted) {
    TypeName t;
    std::string s = formatted;
    while (s.size() > 2 && s.compare(s.size() - 2, 2, "[]") == 0) {
        ++t.array_dims;
        s.resize(s.size() - 2);
    }
    // The modifier is the only "(digits[,digits])" format_type writes; it
    // stands after the first word(s) ("timestamp(3) with time zone").
    if (!s.empty() && s.front() != '"') {
        for (size_t p = s.find('('); p != std::string::npos; p = s.find('(', p + 1)) {
            size_t end = 0;
            if (read_modifier(s, p, t.mods, end)) {
                s.erase(p, end - p);
                break;
            }
        }
    }
    t.base = s;
    return t;
}

// PostgreSQL's length-coercion support functions (varchar_support,
// numeric_support, varbit_support, timestamp_support, time_support,
// interval_support) turn a modifier change into a no-op when no stored
// value can change.
inline bool modifier_change_is_noop(const std::string& base, const std::vector<int>& from,
                                    const std::vector<int>& to) {
    if (to.empty()) return base != "character";  // unlimited (bpchar(n) -> bpchar still pads)
    if (from.empty()) return false;               // a new limit must be checked
    static const std::set<std::string> by_length = {
        "character varying", "bit varying", "timestamp without time zone", "timestamp with time zone",
        "time without time zone", "interval"};
    if (by_length.count(base)) return to[0] >= from[0];
    if (base == "numeric") {
        int fs = from.size() > 1 ? from[1] : 0, ts = to.size() > 1 ? to[1] : 0;
        return fs == ts && to[0] >= from[0];
    }
    return false;
}

// PostgreSQL has no cast between a scalar and an array (an array converts
// element by element, into an array), nor between two different built-in
// range or multirange types: `col::new_type` is refused. Every type has an
// I/O conversion to and from text, so such a retype goes through text.
inline bool needs_text_route(const std::string& from, const std::string& to) {
    if (from == to) return false;
    TypeName a = parse_type_name(from), b = parse_type_name(to);
    if ((a.array_dims == 0) != (b.array_dims == 0)) return true;
    static const std::set<std::string> ranges = {
        "int4range", "int8range", "numrange", "tsrange", "tstzrange", "daterange",
        "int4multirange", "int8multirange", "nummultirange", "tsmultirange", "tstzmultirange", "datemultirange"};
    return a.base != b.base && ranges.count(a.base) && ranges.count(b.base);
}

// Does changing a column from `from` to `to` (format_type text) rewrite
// the table? `casts` are the binary-coercible pairs of the catalog;
// `via_text` is a conversion written through text (enums).
inline bool type_change_rewrites(const std::string& from, const std::string& to,
                                 const std::set<std::pair<std::string, std::string>>& casts, bool via_text) {
    if (from == to) return false;  // a collation change only
    if (via_text) return true;
    TypeName a = parse_type_name(from), b = parse_type_name(to);
    if (a.array_dims != b.array_dims) return true;
    if (a.base == b.base) return !modifier_change_is_noop(a.base, a.mods, b.mods);
    // Different types: arrays are converted element by element (ArrayCoerceExpr).
    if (a.array_dims > 0) return true;
    if (!casts.count({a.base, b.base})) return true;
    // Relabelled; a limit on the target is then checked by a length coercion.
    return !b.mods.empty();
}

}  // namespace pgdiff::kinds
