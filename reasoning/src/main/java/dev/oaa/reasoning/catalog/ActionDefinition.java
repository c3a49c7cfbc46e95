package dev.oaa.reasoning.catalog;

import java.util.List;
import java.util.Objects;

/**
 * An action of a service as the catalog defines it.
 *
 * @param service the service prefix, e.g. {@code s3}
 * @param name the action name in the catalog's spelling, e.g. {@code GetObject}
 * @param accessLevel the access level
 * @param resourceTypes the names of the resource types the action applies to (empty: only {@code
 *     "*"})
 * @param conditionKeys the condition keys listed for the action itself ({@code
 *     ActionConditionKeys}); keys of its resource types are in {@link ResourceTypeDefinition}
 */
public record ActionDefinition(
    String service,
    String name,
    AccessLevel accessLevel,
    List<String> resourceTypes,
    List<String> conditionKeys) {

  /** Copies the lists. */
  public ActionDefinition {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(accessLevel, "accessLevel");
    resourceTypes = List.copyOf(resourceTypes);
    conditionKeys = List.copyOf(conditionKeys);
  }

  /** The action as a policy writes it: {@code service:Name}. */
  public String qualifiedName() {
    return service + ":" + name;
  }
}
