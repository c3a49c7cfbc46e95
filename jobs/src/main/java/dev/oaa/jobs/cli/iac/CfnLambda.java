package dev.oaa.jobs.cli.iac;

import dev.oaa.reasoning.analysis.PolicyType;
import dev.oaa.reasoning.analysis.ResourceType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * {@code AWS::Lambda::Permission} and {@code AWS::Lambda::LayerVersionPermission}: each becomes the
 * one-statement policy that Lambda adds to the function or layer version.
 */
final class CfnLambda {
  private record OptionalProperty(
      String property, Function<String, LambdaPermissions.Condition> make) {}

  private static final List<OptionalProperty> CONDITIONS =
      List.of(
          new OptionalProperty("SourceArn", LambdaPermissions.Condition::sourceArn),
          new OptionalProperty("SourceAccount", LambdaPermissions.Condition::sourceAccount),
          new OptionalProperty("PrincipalOrgID", LambdaPermissions.Condition::principalOrgId),
          new OptionalProperty(
              "FunctionUrlAuthType", LambdaPermissions.Condition::functionUrlAuthType),
          new OptionalProperty("EventSourceToken", LambdaPermissions.Condition::eventSourceToken));

  private final Intrinsics intrinsics;
  private final StackContext context;
  private final CfnPolicies policies;

  CfnLambda(Intrinsics intrinsics, StackContext context, CfnPolicies policies) {
    this.intrinsics = intrinsics;
    this.context = context;
    this.policies = policies;
  }

  /** The function policy statement of a permission; unresolvable when a value is unknown. */
  ExtractedPolicy permission(CfnPolicies.Source source) {
    String name = functionName(policies.name(source, "FunctionName", source.logicalId()));
    PolicyContent content;
    try {
      String arn =
          LambdaPermissions.functionArn(
              required(source, "FunctionName"),
              context.partition(),
              context.region(),
              context.accountId());
      content = parse(source, arn, conditions(source, CONDITIONS));
    } catch (UnresolvableException e) {
      content = PolicyContent.unresolvable(e.getMessage());
    }
    return new ExtractedPolicy(
        source.logicalId() + ".PermissionsPolicy",
        name,
        PolicyType.RESOURCE_POLICY,
        ResourceType.LAMBDA_FUNCTION.awsName(),
        content);
  }

  /** The layer version policy statement of a permission. */
  ExtractedPolicy layerPermission(CfnPolicies.Source source) {
    String layer = policies.name(source, "LayerVersionArn", source.logicalId());
    int at = layer.indexOf(":layer:");
    String name = at < 0 ? layer : layer.substring(at + ":layer:".length());
    PolicyContent content;
    try {
      String arn = required(source, "LayerVersionArn");
      List<OptionalProperty> org =
          List.of(
              new OptionalProperty("OrganizationId", LambdaPermissions.Condition::principalOrgId));
      content = parse(source, arn, conditions(source, org));
    } catch (UnresolvableException e) {
      content = PolicyContent.unresolvable(e.getMessage());
    }
    return new ExtractedPolicy(
        source.logicalId() + ".LayerVersionPermission",
        name,
        PolicyType.RESOURCE_POLICY,
        "AWS::Lambda::LayerVersion",
        content);
  }

  private PolicyContent parse(
      CfnPolicies.Source source, String resource, List<LambdaPermissions.Condition> conditions) {
    String policy =
        LambdaPermissions.policy(
                "", required(source, "Action"), required(source, "Principal"), resource, conditions)
            .toString();
    return PolicyContent.parse(policy);
  }

  private List<LambdaPermissions.Condition> conditions(
      CfnPolicies.Source source, List<OptionalProperty> optional) {
    List<LambdaPermissions.Condition> result = new ArrayList<>();
    for (OptionalProperty o : optional) {
      if (!source.property(o.property()).isMissingNode()) {
        intrinsics
            .resolve(source.property(o.property()), source.path(o.property()))
            .map(v -> o.make().apply(v.asText()))
            .ifPresent(result::add);
      }
    }
    return result;
  }

  private String required(CfnPolicies.Source source, String property) {
    if (source.property(property).isMissingNode()) {
      throw new UnresolvableException(
          "`" + property + "`", source.path(property), "the property is not set");
    }
    return intrinsics.string(source.property(property), source.path(property));
  }

  /** The function's name in a name, a partial ARN or an ARN, without version or alias. */
  private static String functionName(String function) {
    int at = function.indexOf("function:");
    String rest = at < 0 ? function : function.substring(at + "function:".length());
    int colon = rest.indexOf(':');
    return colon < 0 ? rest : rest.substring(0, colon);
  }
}
