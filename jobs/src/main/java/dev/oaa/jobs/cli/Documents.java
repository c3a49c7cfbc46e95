package dev.oaa.jobs.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.oaa.reasoning.analysis.Access;
import dev.oaa.reasoning.analysis.PolicyType;
import dev.oaa.reasoning.analysis.ResourceType;
import dev.oaa.reasoning.errors.PolicyParseException;
import dev.oaa.reasoning.policy.PolicyDocument;
import dev.oaa.reasoning.policy.json.PolicyParser;
import java.util.ArrayList;
import java.util.List;

/** Parses the documents and enumerations of the command line into the reasoning model. */
final class Documents {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Documents() {}

  static PolicyDocument parse(String option, String json) {
    try {
      return PolicyParser.parse(json);
    } catch (PolicyParseException e) {
      throw new CliException(option + ": " + e.getMessage());
    }
  }

  static PolicyType policyType(String text) {
    try {
      return PolicyType.valueOf(text);
    } catch (IllegalArgumentException e) {
      throw new CliException(
          "--policy-type: expected IDENTITY_POLICY or RESOURCE_POLICY, got `" + text + "`");
    }
  }

  /** A resource type as AWS names it, or a one-line error listing the supported ones. */
  static ResourceType resourceType(String name) {
    return ResourceType.fromAwsName(name)
        .orElseThrow(
            () ->
                new CliException(
                    "--resource-type: unsupported `"
                        + name
                        + "` (expected one of "
                        + String.join(
                            ", ",
                            java.util.Arrays.stream(ResourceType.values())
                                .map(ResourceType::awsName)
                                .toList())
                        + ")"));
  }

  /** AWS's {@code --access} list: {@code [{"actions": [...], "resources": [...]}, ...]}. */
  static List<Access> accesses(String json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new CliException("--access: invalid JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isArray() || root.isEmpty()) {
      throw new CliException("--access: expected a non-empty JSON list of access entries");
    }
    List<Access> accesses = new ArrayList<>();
    for (int i = 0; i < root.size(); i++) {
      JsonNode entry = root.get(i);
      List<String> actions = strings(entry, "actions", i);
      List<String> resources = strings(entry, "resources", i);
      if (actions.isEmpty() && resources.isEmpty()) {
        throw new CliException("--access[" + i + "]: needs `actions`, `resources` or both");
      }
      accesses.add(new Access(actions, resources));
    }
    return accesses;
  }

  private static List<String> strings(JsonNode entry, String field, int index) {
    JsonNode node = entry.get(field);
    if (node == null) {
      return List.of();
    }
    if (!node.isArray()) {
      throw new CliException("--access[" + index + "]." + field + ": expected a list of strings");
    }
    List<String> values = new ArrayList<>();
    for (JsonNode v : node) {
      if (!v.isTextual()) {
        throw new CliException("--access[" + index + "]." + field + ": expected strings, got " + v);
      }
      values.add(v.asText());
    }
    return values;
  }
}
