package dev.oaa.jobs.cli.iac;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Builds the policy statement of an {@code aws_lambda_permission}. */
final class TerraformLambda {
  private static final List<String> REQUIRED = List.of("action", "function_name", "principal");

  private TerraformLambda() {}

  /**
   * The one-statement policy, or unresolvable when a value that decides who gets what (action,
   * function, principal, or one of the restricting conditions) is unknown at plan time.
   */
  static PolicyContent permission(PlannedResource resource) {
    JsonNode values = resource.values();
    for (String field : REQUIRED) {
      if (!values.path(field).isTextual()) {
        return resource.isUnknown(field)
            ? TerraformPolicies.unknown(resource, field)
            : new PolicyContent.Invalid(
                "Cannot read `" + field + "` of `" + resource.address() + "`: it is not set");
      }
    }
    List<LambdaPermissions.Condition> conditions = new ArrayList<>();
    for (Condition c : CONDITIONS) {
      JsonNode value = values.path(c.field());
      if (value.isTextual() && !value.asText().isEmpty()) {
        conditions.add(c.make().apply(value.asText()));
      } else if (resource.isUnknown(c.field())) {
        return TerraformPolicies.unknown(resource, c.field());
      }
    }
    return PolicyContent.parse(policy(values, conditions));
  }

  private static String policy(JsonNode values, List<LambdaPermissions.Condition> conditions) {
    String function =
        LambdaPermissions.functionArn(values.path("function_name").asText(), "aws", "*", "*");
    String qualifier = values.path("qualifier").asText("");
    return LambdaPermissions.policy(
            values.path("statement_id").asText(""),
            values.path("action").asText(),
            values.path("principal").asText(),
            qualifier.isEmpty() ? function : function + ":" + qualifier,
            conditions)
        .toString();
  }

  private record Condition(String field, Function<String, LambdaPermissions.Condition> make) {}

  private static final List<Condition> CONDITIONS =
      List.of(
          new Condition("source_arn", LambdaPermissions.Condition::sourceArn),
          new Condition("source_account", LambdaPermissions.Condition::sourceAccount),
          new Condition("principal_org_id", LambdaPermissions.Condition::principalOrgId),
          new Condition("function_url_auth_type", LambdaPermissions.Condition::functionUrlAuthType),
          new Condition("event_source_token", LambdaPermissions.Condition::eventSourceToken));
}
