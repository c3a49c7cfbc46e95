package dev.oaa.jobs.cli.iac;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Extracts the IAM policies of a Terraform plan, as printed by {@code terraform show -json
 * plan.out}.
 *
 * <p>Walks {@code planned_values.root_module} and its {@code child_modules}, recursively, and reads
 * every managed resource of a type listed in {@code TerraformTypes}: for example {@code policy} of
 * {@code aws_s3_bucket_policy}, {@code assume_role_policy} and {@code inline_policy[].policy} of
 * {@code aws_iam_role}, {@code access_policies} of {@code aws_opensearch_domain}; an {@code
 * aws_lambda_permission} becomes the one-statement policy Lambda adds to the function. Data sources
 * such as {@code aws_iam_policy_document} are inputs of those resources, not policies of their own.
 *
 * <p>A policy that is unknown at plan time (absent from {@code planned_values} and marked in {@code
 * resource_changes[].change.after_unknown}) is reported as {@link PolicyContent.Unresolvable} when
 * the configuration sets it. When the configuration does not, the attribute is merely computed by
 * the provider (such as {@code policy} of an {@code aws_s3_bucket} whose policy is attached
 * separately) and there is no policy to report.
 */
public final class TerraformPlan {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Map<String, JsonNode> afterUnknown;
  private final JsonNode configuration;
  private final List<ExtractedPolicy> policies = new ArrayList<>();

  private TerraformPlan(Map<String, JsonNode> afterUnknown, JsonNode configuration) {
    this.afterUnknown = afterUnknown;
    this.configuration = configuration;
  }

  /**
   * The policies of a plan, in the order of {@code planned_values}: each module's resources, then
   * its child modules.
   *
   * @param json the output of {@code terraform show -json}
   * @throws dev.oaa.reasoning.errors.AccessAnalyzerException when {@code json} is not a plan
   */
  public static List<ExtractedPolicy> extract(String json) {
    JsonNode plan = read(json);
    JsonNode root = plan.path("planned_values").path("root_module");
    if (!root.isObject()) {
      throw IacErrors.terraformPlan(
          "/planned_values/root_module",
          "missing; expected the output of `terraform show -json <planfile>`");
    }
    TerraformPlan walker =
        new TerraformPlan(afterUnknown(plan), plan.path("configuration").path("root_module"));
    walker.module(root, List.of());
    return List.copyOf(walker.policies);
  }

  private static JsonNode read(String json) {
    try {
      JsonNode plan = MAPPER.readTree(json);
      if (plan == null || !plan.isObject()) {
        throw IacErrors.terraformPlan("", "expected a JSON object");
      }
      return plan;
    } catch (JsonProcessingException e) {
      throw IacErrors.terraformPlan("", "invalid JSON: " + e.getOriginalMessage());
    }
  }

  private static Map<String, JsonNode> afterUnknown(JsonNode plan) {
    Map<String, JsonNode> result = new HashMap<>();
    for (JsonNode change : plan.path("resource_changes")) {
      result.put(change.path("address").asText(), change.path("change").path("after_unknown"));
    }
    return result;
  }

  private void module(JsonNode module, List<String> calls) {
    for (JsonNode resource : module.path("resources")) {
      if (resource.path("mode").asText("managed").equals("managed")) {
        resource(resource, calls);
      }
    }
    for (JsonNode child : module.path("child_modules")) {
      module(child, ModuleAddress.calls(child.path("address").asText("")));
    }
  }

  private void resource(JsonNode resource, List<String> calls) {
    String type = resource.path("type").asText();
    List<TerraformTypes.Spec> specs = TerraformTypes.specs(type);
    if (specs.isEmpty()) {
      return;
    }
    String address = resource.path("address").asText();
    PlannedResource planned =
        new PlannedResource(
            address,
            type,
            resource.path("values"),
            afterUnknown.getOrDefault(address, MissingNode.getInstance()),
            expressions(calls, type + "." + resource.path("name").asText()));
    for (TerraformTypes.Spec spec : specs) {
      policies.addAll(TerraformPolicies.extract(planned, spec));
    }
  }

  /** The configured expressions of a resource, if its configuration is in the plan. */
  private Optional<JsonNode> expressions(List<String> calls, String relativeAddress) {
    JsonNode module = configuration;
    for (String call : calls) {
      module = module.path("module_calls").path(call).path("module");
    }
    for (JsonNode resource : module.path("resources")) {
      if (resource.path("address").asText().equals(relativeAddress)) {
        return Optional.of(resource.path("expressions"));
      }
    }
    return Optional.empty();
  }
}
