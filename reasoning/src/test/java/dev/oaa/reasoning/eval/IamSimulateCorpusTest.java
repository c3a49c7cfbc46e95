package dev.oaa.reasoning.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.oaa.reasoning.testing.CorpusData;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Runs every case of the iam-simulate corpus ({@code external-tests/iam-simulate}) through the
 * evaluator and checks the score exactly, so that a regression (or an improvement) fails the test
 * until the numbers below are updated. Cases where we believe the corpus is wrong about AWS are
 * listed in {@link #DISAGREEMENTS} with the reason.
 */
class IamSimulateCorpusTest {
  private static final System.Logger LOG = System.getLogger(IamSimulateCorpusTest.class.getName());
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Failing cases, each with why we believe AWS decides as the evaluator does. */
  static final Map<String, String> DISAGREEMENTS =
      Map.ofEntries(
          wildcardRequest("Allow/Resource: specific resource matches request wildcard '*'"),
          wildcardRequest("Allow/Resource: wildcard resource matches request wildcard '*'"),
          wildcardRequest("EC2 specific resource matches request wildcard '*'"),
          wildcardRequest("Multiple resources with one matching request wildcard '*'"),
          wildcardRequest("Cross-service policies with request wildcard '*'"),
          Map.entry(
              "deny iam:PassRole for AWS managed roles",
              "IAM Identity Center protects the roles it creates under /aws-reserved/ from being"
                  + " changed (IAM Identity Center User Guide); passing a role changes nothing and"
                  + " no AWS document says PassRole is refused for them, so the identity policy's"
                  + " Allow decides"));

  private static final int PASSED = 228;
  private static final Map<String, Integer> SKIPPED =
      Map.of(
          "discovery mode, and the expected response assumes that ignored conditions hold", 47,
          "simulation-engine case (a batch of requests, no single decision)", 26);

  @Test
  void scoresExactlyOnTheIamSimulateCorpus() throws IOException {
    Path root = CorpusData.require("external-tests/iam-simulate");
    int passed = 0;
    List<String> failed = new ArrayList<>();
    Map<String, Integer> skipped = new TreeMap<>();
    for (Path file : CorpusData.files(root, ".json")) {
      for (JsonNode c : MAPPER.readTree(file.toFile())) {
        String skip = skipReason(c);
        if (skip != null) {
          skipped.merge(skip, 1, Integer::sum);
          continue;
        }
        IamSimulateCase test = IamSimulateCase.read(c);
        Decision decision = Evaluator.evaluate(test.request(), test.policies());
        if (decision.result() == test.expected()) {
          passed++;
        } else {
          failed.add(
              root.relativize(file)
                  + " :: "
                  + test.name()
                  + " (expected "
                  + test.expected()
                  + ", got "
                  + decision.result()
                  + ": "
                  + decision.reason()
                  + ")");
        }
      }
    }
    LOG.log(
        System.Logger.Level.INFO,
        "iam-simulate: {0} passed, {1} failed, skipped {2}; failures:\n  {3}",
        passed,
        failed.size(),
        skipped,
        String.join("\n  ", failed));
    assertThat(
            failed.stream().map(f -> f.substring(f.indexOf(" :: ") + 4, f.indexOf(" (expected"))))
        .containsExactlyInAnyOrderElementsOf(DISAGREEMENTS.keySet());
    assertThat(passed).isEqualTo(PASSED);
    assertThat(skipped).isEqualTo(SKIPPED);
  }

  /**
   * iam-simulate reads a request resource of {@code *} as "some resource, unknown" and lets an
   * Allow for any specific ARN match it. AWS matches Resource patterns against the request's
   * resource as written (IAM User Guide, "IAM JSON policy elements: Resource"), and for actions
   * without resource-level permissions the resource is {@code *}, which only {@code "Resource":
   * "*"} covers (Service Authorization Reference: "you must specify all resources (*)").
   */
  private static Map.Entry<String, String> wildcardRequest(String name) {
    return Map.entry(
        name,
        "a request resource `*` is matched only by the pattern `*`; a specific ARN does not cover"
            + " it (IAM User Guide, Resource element; Service Authorization Reference)");
  }

  private static boolean hasIgnoredConditions(JsonNode ignored) {
    for (JsonNode byPolicyType : ignored) {
      for (JsonNode list : byPolicyType) {
        if (list.size() > 0) {
          return true;
        }
      }
    }
    return false;
  }

  /** Why a case is not run, or null to run it. */
  private static String skipReason(JsonNode c) {
    if (!c.has("request")) {
      return "simulation-engine case (a batch of requests, no single decision)";
    }
    if (c.path("simulation").path("mode").asText().equals("Discovery")
        && hasIgnoredConditions(c.path("expected").path("ignoredConditions"))) {
      return "discovery mode, and the expected response assumes that ignored conditions hold";
    }
    return null;
  }
}
