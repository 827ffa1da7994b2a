// Which rules apply to which kind. Adding an object kind = one entry here,
// its rules header, its part of the catalog query and its loader function.
#pragma once
#include <map>
#include <set>
#include "pgdiff/kinds/acl.hpp"
#include "pgdiff/kinds/cast.hpp"
#include "pgdiff/kinds/comment.hpp"
#include "pgdiff/kinds/event_trigger.hpp"
#include "pgdiff/kinds/foreign.hpp"
#include "pgdiff/kinds/language.hpp"
#include "pgdiff/kinds/operator.hpp"
#include "pgdiff/kinds/owner.hpp"
#include "pgdiff/kinds/publication.hpp"
#include "pgdiff/kinds/replica_identity.hpp"
#include "pgdiff/kinds/routine.hpp"
#include "pgdiff/kinds/rule.hpp"
#include "pgdiff/kinds/schema.hpp"
#include "pgdiff/kinds/statistics.hpp"
#include "pgdiff/kinds/table.hpp"
#include "pgdiff/kinds/table_objects.hpp"
#include "pgdiff/kinds/text_search.hpp"
#include "pgdiff/kinds/typed_table.hpp"
#include "pgdiff/kinds/types.hpp"
#include "pgdiff/kinds/usertypes.hpp"
#include "pgdiff/kinds/view.hpp"

namespace pgdiff::kinds {

// Objects whose parsed expressions (a routine's SQL-standard body or
// parameter defaults) can read parts of another object (a composite type's
// attributes) and so hold dependencies PostgreSQL checks
// when those parts are dropped or retyped (Change::rebuild_readers).
inline bool reads_parts(const Node& n) {
    static const std::set<std::string> expression_kinds = {
        "view", "materialized_view", "rule", "default", "constraint", "index", "policy", "trigger", "statistics"};
    if (n.kind == "function" || n.kind == "procedure") return has_sql_standard_body(n) || has_parameter_defaults(n);
    return expression_kinds.count(n.kind) > 0;
}

inline const KindRules* rules_for(const std::string& kind) {
    static const std::map<std::string, KindRules> registry = [] {
        std::map<std::string, KindRules> m;
        m["schema"] = schema_rules();
        m["extension"] = extension_rules();
        m["collation"] = collation_rules();
        m["type"] = enum_rules();
        m["sequence"] = sequence_rules();
        m["sequence_owner"] = sequence_owner_rules();
        m["table"] = table_rules();
        m["column"] = column_rules();
        m["default"] = default_rules();
        m["constraint"] = constraint_rules();
        m["index"] = index_rules();
        m["view"] = view_rules();
        m["materialized_view"] = materialized_view_rules();
        m["function"] = routine_rules("FUNCTION");
        m["procedure"] = routine_rules("PROCEDURE");
        m["trigger"] = trigger_rules();
        m["trigger_state"] = trigger_state_rules();
        m["policy"] = policy_rules();
        m["acl"] = acl_rules();
        m["default_acl"] = default_acl_rules();
        m["comment"] = comment_rules();
        m["owner"] = owner_rules();
        m["domain"] = domain_rules();
        m["domain_constraint"] = domain_constraint_rules();
        m["composite_type"] = composite_type_rules();
        m["range_type"] = range_type_rules();
        m["aggregate"] = aggregate_rules();
        m["replica_identity"] = replica_identity_rules();
        m["rule"] = rule_rules();
        m["statistics"] = statistics_rules();
        m["foreign_data_wrapper"] = foreign_data_wrapper_rules();
        m["foreign_server"] = foreign_server_rules();
        m["user_mapping"] = user_mapping_rules();
        m["foreign_table"] = foreign_table_rules();
        m["ts_dictionary"] = ts_dictionary_rules();
        m["ts_configuration"] = ts_configuration_rules();
        m["typed_table"] = typed_table_rules();
        m["publication"] = publication_rules();
        m["publication_table"] = publication_table_rules();
        m["publication_schema"] = publication_schema_rules();
        m["event_trigger"] = event_trigger_rules();
        m["cast"] = cast_rules();
        m["operator"] = operator_rules();
        m["language"] = language_rules();
        m["operator_family"] = operator_family_rules();
        m["operator_class"] = operator_class_rules();
        return m;
    }();
    auto it = registry.find(kind);
    return it == registry.end() ? nullptr : &it->second;
}

}  // namespace pgdiff::kinds
