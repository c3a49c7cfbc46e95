package dev.oaa.reasoning.analysis;

import dev.oaa.reasoning.catalog.ActionDefinition;
import dev.oaa.reasoning.catalog.ServiceCatalog;
import java.util.List;

/** The concrete actions of a service, for listing the actions of a finding. */
@FunctionalInterface
public interface ActionUniverse {

  /** The actions of the service {@code prefix} as {@code prefix:Name}; empty when unknown. */
  List<String> actions(String prefix);

  /** The catalog spelling of a lower-case action, or the action itself when unknown. */
  default String spell(String action) {
    int colon = action.indexOf(':');
    if (colon < 0) {
      return action;
    }
    return actions(action.substring(0, colon)).stream()
        .filter(a -> a.equalsIgnoreCase(action))
        .findFirst()
        .orElse(action);
  }

  /** No catalog: findings list the policy's own action patterns. */
  static ActionUniverse none() {
    return prefix -> List.of();
  }

  /** The actions of a service catalog. */
  static ActionUniverse of(ServiceCatalog catalog) {
    return prefix -> catalog.actions(prefix).stream().map(ActionDefinition::qualifiedName).toList();
  }
}
