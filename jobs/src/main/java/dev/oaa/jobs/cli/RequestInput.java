package dev.oaa.jobs.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.oaa.reasoning.eval.Request;
import dev.oaa.reasoning.eval.RequestContext;
import dev.oaa.reasoning.eval.RequestPrincipal;
import dev.oaa.reasoning.eval.RequestResource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a request for {@code oaa evaluate}: {@code {"principal": ARN | service name | "anonymous",
 * "action", "resource", "resourceAccount"?, "context"?: {key: value | [values]}, "principalOrgId"?,
 * "principalTags"?: {key: value}}}.
 */
final class RequestInput {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private RequestInput() {}

  static Request parse(String json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new CliException("--request: invalid JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw new CliException("--request: expected a JSON object");
    }
    RequestPrincipal principal = principal(text(root, "principal", true));
    String orgId = text(root, "principalOrgId", false);
    if (!orgId.isEmpty()) {
      principal = principal.inOrganization(orgId, List.of());
    }
    Map<String, String> tags = new LinkedHashMap<>();
    root.path("principalTags")
        .fields()
        .forEachRemaining(e -> tags.put(e.getKey(), e.getValue().asText()));
    if (!tags.isEmpty()) {
      principal = principal.withTags(tags);
    }
    RequestResource resource =
        RequestResource.of(text(root, "resource", true), text(root, "resourceAccount", false));
    return Request.of(principal, text(root, "action", true), resource)
        .withContext(RequestContext.of(context(root.path("context"))));
  }

  private static RequestPrincipal principal(String text) {
    if (text.equals("anonymous")) {
      return RequestPrincipal.anonymous();
    }
    try {
      return RequestPrincipal.fromArn(text);
    } catch (IllegalArgumentException e) {
      throw new CliException("--request: principal: " + e.getMessage());
    }
  }

  private static Map<String, List<String>> context(JsonNode node) {
    Map<String, List<String>> context = new LinkedHashMap<>();
    node.fields()
        .forEachRemaining(
            e -> {
              List<String> values = new ArrayList<>();
              if (e.getValue().isArray()) {
                e.getValue().forEach(v -> values.add(v.asText()));
              } else {
                values.add(e.getValue().asText());
              }
              context.put(e.getKey(), values);
            });
    return context;
  }

  private static String text(JsonNode root, String field, boolean required) {
    JsonNode node = root.get(field);
    if (node == null || node.isNull()) {
      if (required) {
        throw new CliException("--request: missing `" + field + "`");
      }
      return "";
    }
    if (!node.isTextual()) {
      throw new CliException("--request: `" + field + "` must be a string");
    }
    return node.asText();
  }
}
