package dev.oaa.jobs.cli.iac;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Optional;

/**
 * One resource of a Terraform plan, with what is known about it.
 *
 * @param address its address, such as {@code module.app.aws_iam_role.this[0]}
 * @param type its type, such as {@code aws_iam_role}
 * @param values its planned values
 * @param afterUnknown its {@code after_unknown} tree: {@code true} for each value unknown at plan
 *     time; a missing node when the plan has no change for it
 * @param expressions its configured expressions when the plan has its configuration
 */
record PlannedResource(
    String address,
    String type,
    JsonNode values,
    JsonNode afterUnknown,
    Optional<JsonNode> expressions) {
  PlannedResource {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(values, "values");
    Objects.requireNonNull(afterUnknown, "afterUnknown");
    Objects.requireNonNull(expressions, "expressions");
  }

  /**
   * Whether the configuration sets {@code attribute} (a top-level attribute or a block). When the
   * plan has no configuration for the resource, assume it does: reporting an unresolvable policy is
   * safer than dropping one.
   */
  boolean configures(String attribute) {
    return expressions.map(e -> e.has(attribute)).orElse(true);
  }

  /** Whether {@code after_unknown} marks the value at {@code path} (names and indexes) unknown. */
  boolean isUnknown(Object... path) {
    JsonNode node = afterUnknown;
    for (Object step : path) {
      if (node.isBoolean()) {
        return node.asBoolean();
      }
      node = step instanceof Integer i ? node.path(i) : node.path((String) step);
    }
    return node.asBoolean(false);
  }
}
