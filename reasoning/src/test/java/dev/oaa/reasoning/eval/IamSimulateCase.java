package dev.oaa.reasoning.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.oaa.reasoning.policy.PolicyDocument;
import dev.oaa.reasoning.policy.json.PolicyParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one core-engine case of cloud-copilot/iam-simulate (AGPL test data, read from the shared
 * corpus and never copied here) into a request, a policy set and the expected result.
 */
record IamSimulateCase(String name, Request request, PolicySet policies, Decision.Result expected) {

  /** The allow-all RCP that AWS attaches to every level (RCPFullAWSAccess), as the harness does. */
  private static final PolicyDocument RCP_FULL_ACCESS =
      PolicyParser.parse(
          """
          {"Version": "2012-10-17",
           "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "*"}]}""");

  static IamSimulateCase read(JsonNode c) {
    return new IamSimulateCase(
        c.path("name").asText(), request(c.path("request")), policies(c), expected(c));
  }

  private static Request request(JsonNode r) {
    JsonNode p = r.path("principal");
    RequestPrincipal principal =
        p.isObject() && p.path("type").asText().equals("Anonymous")
            ? RequestPrincipal.anonymous()
            : RequestPrincipal.fromArn(p.asText());
    JsonNode resource = r.path("resource");
    Map<String, List<String>> context = new LinkedHashMap<>();
    r.path("context")
        .fields()
        .forEachRemaining(e -> context.put(e.getKey(), strings(e.getValue())));
    return new Request(
        principal,
        r.path("action").asText(),
        RequestResource.of(
            resource.path("resource").asText(), resource.path("accountId").asText("")),
        RequestContext.of(context));
  }

  private static PolicySet policies(JsonNode c) {
    PolicySet set =
        PolicySet.empty()
            .withIdentityPolicies(documents(c.path("identityPolicies")))
            .withPermissionsBoundaries(documents(c.path("permissionBoundaries")))
            .withEndpointPolicies(documents(c.path("endpointPolicies")))
            .withServiceControlPolicies(levels(c.path("serviceControlPolicies"), List.of()))
            .withResourceControlPolicies(
                levels(c.path("resourceControlPolicies"), List.of(RCP_FULL_ACCESS)));
    if (c.has("sessionPolicy")) {
      set = set.withSessionPolicies(List.of(document(c.path("sessionPolicy"))));
    }
    // The harness reads `resourcePolicy` only; a few cases spell it `resourcePolicies`, which it
    // (and so the expected result) ignores.
    return c.has("resourcePolicy")
        ? set.withResourcePolicy(document(c.path("resourcePolicy")))
        : set;
  }

  private static List<ControlPolicies> levels(JsonNode node, List<PolicyDocument> implicit) {
    List<ControlPolicies> levels = new ArrayList<>();
    for (JsonNode level : node) {
      List<PolicyDocument> docs = new ArrayList<>(implicit);
      docs.addAll(documents(level.path("policies")));
      levels.add(new ControlPolicies(level.path("orgIdentifier").asText(), docs));
    }
    return levels;
  }

  private static List<PolicyDocument> documents(JsonNode node) {
    List<PolicyDocument> docs = new ArrayList<>();
    node.forEach(d -> docs.add(document(d)));
    return docs;
  }

  private static PolicyDocument document(JsonNode node) {
    JsonNode copy = node.deepCopy();
    JsonNode statements = copy.path("Statement");
    if (statements.isObject()) {
      wrapStringPrincipal((ObjectNode) statements);
    } else {
      statements.forEach(s -> wrapStringPrincipal((ObjectNode) s));
    }
    return PolicyParser.parse(copy.toString());
  }

  /**
   * Some cases write {@code "Principal": "<arn>"}, which IAM rejects and the harness's parser reads
   * as {@code {"AWS": "<arn>"}}; we read it the same way so that the case can run.
   */
  private static void wrapStringPrincipal(ObjectNode statement) {
    for (String element : List.of("Principal", "NotPrincipal")) {
      JsonNode value = statement.path(element);
      if (value.isTextual() && !value.asText().equals("*")) {
        statement.putObject(element).put("AWS", value.asText());
      }
    }
  }

  private static List<String> strings(JsonNode value) {
    List<String> values = new ArrayList<>();
    if (value.isArray()) {
      value.forEach(v -> values.add(v.asText()));
    } else {
      values.add(value.asText());
    }
    return values;
  }

  private static Decision.Result expected(JsonNode c) {
    String response = c.path("expected").path("response").asText();
    return switch (response) {
      case "Allowed" -> Decision.Result.ALLOW;
      case "ExplicitlyDenied" -> Decision.Result.EXPLICIT_DENY;
      case "ImplicitlyDenied" -> Decision.Result.IMPLICIT_DENY;
      default -> throw new IllegalArgumentException("Unknown expected response `" + response + "`");
    };
  }
}
