package dev.oaa.reasoning.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.oaa.reasoning.errors.PolicyParseException;
import dev.oaa.reasoning.policy.PolicyDocument;
import dev.oaa.reasoning.policy.json.PolicyParser;
import dev.oaa.reasoning.smt.z3.Z3Solver;
import dev.oaa.reasoning.testing.CorpusData;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * AWS's own CheckNoNewAccess samples (aws-samples/iam-access-analyzer-custom-policy-check-samples),
 * each candidate labelled PASS or FAIL by AWS: our verdicts must agree.
 */
class CustomPolicyCheckSamplesCorpusTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /**
   * The samples are templates: their markdown tells the reader to put their account id in place of
   * {@code <ACCOUNT ID>}, and the candidates use 111111111111, so the comparison does the same.
   */
  private static final String ACCOUNT_PLACEHOLDER = "<ACCOUNT ID>";

  /**
   * Labels we believe wrong, with the reason. The candidate allows DeleteNetworkAclEntry on
   * acl-123456 only, which the reference allows (it denies only acl-sensitive): no new access,
   * whatever the heading of the sample says.
   */
  private static final List<String> WRONG_LABELS =
      List.of(
          "Check for access to an EC2 network ACL / Candidate policy 3: FAIL - grants access to"
              + " use the DeleteNetworkAclEntry action on the sensitive network ACL");

  @Test
  void agreesWithAwsOnEveryLabelledCandidate() throws IOException {
    Path folder = CorpusData.require("external-tests/aws-custom-policy-check-samples");
    JsonNode cases = MAPPER.readTree(folder.resolve("cases.json").toFile()).get("cases");
    List<String> disagreements = new ArrayList<>();
    List<String> unparsable = new ArrayList<>();
    List<String> wrongLabels = new ArrayList<>();
    int agreed = 0;
    try (PolicyChecks checks =
        new PolicyChecks(
            new Z3Solver(),
            EvaluatorReplay.INSTANCE,
            Duration.ofSeconds(10),
            UnaryOperator.identity())) {
      for (JsonNode c : cases) {
        PolicyType type = PolicyType.valueOf(c.get("policyType").asText());
        PolicyDocument reference;
        try {
          reference =
              PolicyParser.parse(
                  c.get("referencePolicy").toString().replace(ACCOUNT_PLACEHOLDER, "111111111111"));
        } catch (PolicyParseException e) {
          unparsable.add(c.get("title").asText() + ": " + e.getMessage());
          continue;
        }
        for (JsonNode candidate : c.get("candidates")) {
          String name = c.get("title").asText() + " / " + candidate.get("name").asText();
          PolicyDocument policy;
          try {
            policy = PolicyParser.parse(candidate.get("policy").toString());
          } catch (PolicyParseException e) {
            unparsable.add(name + ": " + e.getMessage());
            continue;
          }
          CheckResult result = checks.checkNoNewAccess(reference, policy, type);
          String expected = candidate.get("expected").asText();
          if (result.verdict().name().equals(expected)) {
            agreed++;
          } else if (WRONG_LABELS.contains(name)) {
            wrongLabels.add(name);
          } else {
            disagreements.add(name + ": expected " + expected + ", got " + describe(result));
          }
        }
      }
    }
    System.out.printf(
        "aws-custom-policy-check-samples: %d agreed, %d disagreed, %d unparsable, %d wrong"
            + " labels%n",
        agreed, disagreements.size(), unparsable.size(), wrongLabels.size());
    disagreements.forEach(d -> System.out.println("  DISAGREE " + d));
    unparsable.forEach(u -> System.out.println("  UNPARSABLE " + u));
    assertThat(disagreements).isEmpty();
    assertThat(unparsable).isEmpty();
    assertThat(wrongLabels).containsExactlyElementsOf(WRONG_LABELS);
    assertThat(agreed).isEqualTo(140);
  }

  private static String describe(CheckResult result) {
    return result instanceof CheckResult.Fail f
        ? "FAIL " + f.reasons() + " witness " + f.witness()
        : result.verdict() + " (" + result.message() + ")";
  }
}
