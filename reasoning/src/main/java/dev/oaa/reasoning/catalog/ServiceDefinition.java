package dev.oaa.reasoning.catalog;

import java.util.List;
import java.util.Objects;

/**
 * One service of the catalog: one {@code <prefix>.json} file of the Service Reference.
 *
 * @param prefix the service prefix ({@code Name} in the file), e.g. {@code s3}
 * @param version the file's {@code Version}, or {@code ""} when absent
 * @param actions the actions
 * @param resourceTypes the resource types
 * @param conditionKeys the condition keys the service defines
 * @param operations the API operations with their authorized actions (often empty)
 */
public record ServiceDefinition(
    String prefix,
    String version,
    List<ActionDefinition> actions,
    List<ResourceTypeDefinition> resourceTypes,
    List<ConditionKeyDefinition> conditionKeys,
    List<OperationDefinition> operations) {

  /** Copies the lists. */
  public ServiceDefinition {
    Objects.requireNonNull(prefix, "prefix");
    Objects.requireNonNull(version, "version");
    actions = List.copyOf(actions);
    resourceTypes = List.copyOf(resourceTypes);
    conditionKeys = List.copyOf(conditionKeys);
    operations = List.copyOf(operations);
  }
}
