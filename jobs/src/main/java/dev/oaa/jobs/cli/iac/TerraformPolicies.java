package dev.oaa.jobs.cli.iac;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the policies of one planned resource for one {@link TerraformTypes.Spec}. */
final class TerraformPolicies {
  private TerraformPolicies() {}

  /** The policies {@code spec} finds in {@code resource}; empty when it holds none. */
  static List<ExtractedPolicy> extract(PlannedResource resource, TerraformTypes.Spec spec) {
    if (resource.type().equals(TerraformTypes.LAMBDA_PERMISSION)) {
      return List.of(
          policy(resource, spec, resource.address(), TerraformLambda.permission(resource)));
    }
    Optional<String> block = spec.block();
    if (block.isPresent()) {
      return blocks(resource, spec, block.get());
    }
    String attribute = spec.attribute();
    return content(resource, resource.values().path(attribute), attribute, attribute)
        .map(c -> List.of(policy(resource, spec, resource.address(), c)))
        .orElse(List.of());
  }

  private static List<ExtractedPolicy> blocks(
      PlannedResource resource, TerraformTypes.Spec spec, String block) {
    JsonNode list = resource.values().path(block);
    String blockAddress = resource.address() + "." + block;
    if (!list.isArray()) {
      if (resource.isUnknown(block) && resource.configures(block)) {
        return List.of(policy(resource, spec, blockAddress, unknown(resource, block)));
      }
      return List.of();
    }
    List<ExtractedPolicy> result = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      String path = block + "." + i + "." + spec.key();
      Optional<PolicyContent> content =
          content(resource, list.get(i).path(spec.key()), block, path, block, i, spec.key());
      String name = blockAddress + "." + i;
      content.ifPresent(c -> result.add(policy(resource, spec, name, c)));
    }
    return result;
  }

  /**
   * The content of a policy-valued attribute: parsed when it is a string, unresolvable when it is
   * unknown at plan time and configured, absent when it is not set.
   *
   * @param configured the top-level attribute or block the configuration would set
   * @param path how to name the value in a message
   * @param unknownPath the names and indexes of the value in {@code after_unknown}
   */
  private static Optional<PolicyContent> content(
      PlannedResource resource,
      JsonNode value,
      String configured,
      String path,
      Object... unknownPath) {
    if (value.isTextual()) {
      return value.asText().isBlank()
          ? Optional.empty()
          : Optional.of(PolicyContent.parse(value.asText()));
    }
    if (!value.isMissingNode() && !value.isNull()) {
      return Optional.of(
          new PolicyContent.Invalid(
              "Cannot read `"
                  + path
                  + "` of `"
                  + resource.address()
                  + "`: expected a JSON string"));
    }
    Object[] where = unknownPath.length == 0 ? new Object[] {configured} : unknownPath;
    if (resource.isUnknown(where) && resource.configures(configured)) {
      return Optional.of(unknown(resource, path));
    }
    return Optional.empty();
  }

  /** The reason for a value that Terraform knows only after apply. */
  static PolicyContent unknown(PlannedResource resource, String path) {
    return PolicyContent.unresolvable(
        "Cannot resolve `"
            + path
            + "` of `"
            + resource.address()
            + "`: the value is known only after apply (resource_changes[].change.after_unknown)");
  }

  private static ExtractedPolicy policy(
      PlannedResource resource, TerraformTypes.Spec spec, String name, PolicyContent content) {
    String resourceName = resourceName(resource.values(), spec);
    return new ExtractedPolicy(
        name,
        resourceName,
        spec.policyType(),
        AwsTypes.refine(spec.awsType(), resourceName),
        content);
  }

  private static String resourceName(JsonNode values, TerraformTypes.Spec spec) {
    String attribute = spec.nameAttribute();
    if (attribute.isEmpty()) {
      return spec.fallbackName();
    }
    int dot = attribute.indexOf('.');
    JsonNode node = values;
    if (dot >= 0) {
      node = node.path(attribute.substring(0, dot));
      node = node.isArray() ? node.path(0) : node;
    }
    JsonNode name = node.path(attribute.substring(dot + 1));
    return name.isTextual() && !name.asText().isEmpty() ? name.asText() : spec.fallbackName();
  }
}
