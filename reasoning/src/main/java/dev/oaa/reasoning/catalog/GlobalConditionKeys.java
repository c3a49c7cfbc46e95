package dev.oaa.reasoning.catalog;

import java.util.List;

/**
 * The AWS global condition keys ({@code aws:SourceIp}, {@code aws:PrincipalArn}, …) and their
 * types. The Service Reference JSON lists only the few a service names itself, so the catalog uses
 * this hand-written table (resource {@code global-condition-keys.tsv}) as a fallback.
 */
final class GlobalConditionKeys {
  private static final List<ConditionKeyDefinition> DEFINITIONS = load();

  private GlobalConditionKeys() {}

  /** The global keys. */
  static List<ConditionKeyDefinition> definitions() {
    return DEFINITIONS;
  }

  private static List<ConditionKeyDefinition> load() {
    return Tables.read("global-condition-keys.tsv", 2).stream()
        .map(
            row ->
                new ConditionKeyDefinition(
                    row.get(0),
                    ConditionKeyType.fromJsonName(row.get(1))
                        .orElseThrow(
                            () ->
                                new IllegalStateException(
                                    "Unknown type `" + row.get(1) + "` for " + row.get(0)))))
        .toList();
  }
}
