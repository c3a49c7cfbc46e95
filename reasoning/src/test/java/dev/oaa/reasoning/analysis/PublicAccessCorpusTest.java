package dev.oaa.reasoning.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.oaa.reasoning.errors.PolicyParseException;
import dev.oaa.reasoning.policy.json.PolicyParser;
import dev.oaa.reasoning.smt.z3.Z3Solver;
import dev.oaa.reasoning.testing.CorpusData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * check-no-public-access against the "is this policy public?" verdicts of policyuniverse and
 * prowler. Their notions differ from Access Analyzer's in places; every disagreement is listed with
 * the reason, so that any other difference fails the test.
 */
class PublicAccessCorpusTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private PolicyChecks checks;

  @BeforeEach
  void openChecks() {
    checks =
        new PolicyChecks(
            new Z3Solver(),
            EvaluatorReplay.INSTANCE,
            Duration.ofSeconds(10),
            UnaryOperator.identity());
  }

  @AfterEach
  void closeChecks() {
    checks.close();
  }

  @Test
  void agreesWithPolicyuniverse() throws IOException {
    Path file =
        CorpusData.require("external-tests/policyuniverse-internet-accessible")
            .resolve("cases.jsonl");
    Map<String, String> disagreements = new TreeMap<>();
    int agreed = 0;
    for (String line : Files.readAllLines(file)) {
      JsonNode c = MAPPER.readTree(line);
      String verdict = verdict(c.get("policy"));
      String expected = c.get("expectedInternetAccessible").asBoolean() ? "FAIL" : "PASS";
      if (verdict.equals(expected)) {
        agreed++;
      } else {
        disagreements.put(c.get("id").asText(), "expected " + expected + ", got " + verdict);
      }
    }
    System.out.printf("policyuniverse: %d agreed, %d disagreed%n", agreed, disagreements.size());
    disagreements.forEach((id, d) -> System.out.println("  " + id + ": " + d));
    assertThat(disagreements).isEqualTo(POLICYUNIVERSE_DIFFERENCES);
  }

  @Test
  void agreesWithProwler() throws IOException {
    Path file = CorpusData.require("external-tests/prowler-policy-checks").resolve("cases.jsonl");
    Map<String, String> disagreements = new TreeMap<>();
    int agreed = 0;
    for (String line : Files.readAllLines(file)) {
      JsonNode c = MAPPER.readTree(line);
      if (!c.get("function").asText().equals("is_policy_public")) {
        continue;
      }
      String verdict = verdict(c.get("args").get(0));
      String expected = c.get("expected").asBoolean() ? "FAIL" : "PASS";
      if (verdict.equals(expected)) {
        agreed++;
      } else {
        disagreements.put(
            c.get("testFunction").asText(), "expected " + expected + ", got " + verdict);
      }
    }
    System.out.printf(
        "prowler is_policy_public: %d agreed, %d disagreed%n", agreed, disagreements.size());
    disagreements.forEach((id, d) -> System.out.println("  " + id + ": " + d));
    assertThat(disagreements).isEqualTo(PROWLER_DIFFERENCES);
  }

  private String verdict(JsonNode policy) {
    try {
      return checks
          .checkNoPublicAccess(PolicyParser.parse(policy.toString()), ResourceType.S3_BUCKET)
          .verdict()
          .name();
    } catch (PolicyParseException e) {
      return "INVALID";
    }
  }

  /**
   * policyuniverse's differences, with the reason: its inputs that IAM rejects (a Principal given
   * as a bare string, versions other than 2012-10-17 and 2008-10-17), and two semantic choices.
   */
  private static final Map<String, String> POLICYUNIVERSE_DIFFERENCES =
      Map.of(
          // "Version": "2012-10-08" (and a SourceIp of 0.0.0.0/0): not a policy IAM accepts.
          "policy:policy01", "expected FAIL, got INVALID",
          // "Version": "2010-08-14".
          "policy:policy02", "expected PASS, got INVALID",
          "policy:policy03", "expected FAIL, got INVALID",
          // "Principal": "arn:aws:iam::012345678910:root" as a string: IAM wants {"AWS": ...}.
          "statement:statement02", "expected PASS, got INVALID",
          "statement:statement17", "expected PASS, got INVALID",
          // ForAllValues:ArnEqualsIfExists on aws:SourceArn holds when the key is absent, so a
          // direct call by anyone (no SourceArn) is allowed: public, as IAM evaluates it.
          "statement:statement27", "expected PASS, got FAIL",
          // StringEquals (not StringLike) on "o-*/r-ab12/...": the `*` is a literal character,
          // which no real organization path contains: nobody matches, so nothing is public.
          "statement:statement35", "expected FAIL, got PASS");

  /** prowler's differences: its configuration-dependent modes, inputs IAM rejects, choices. */
  private static final Map<String, String> PROWLER_DIFFERENCES =
      Map.of(
          // check_cross_service_confused_deputy=True: prowler flags service principals without a
          // source condition; a service principal is not "anyone".
          "test_is_policy_public_cross_cross_service_confused_deputy",
          "expected FAIL, got PASS",
          // kms:ViaService names a service, not an account: any account can call KMS through
          // Glue, so the key stays reachable by anyone.
          "test_is_policy_public_kms_via_service_without_account_restriction",
          "expected PASS, got FAIL",
          // A condition value given as a JSON object: IAM rejects the policy.
          "test_is_policy_public_with_secure_conditions_and_allowed_conditions_nested_dict",
          "expected PASS, got INVALID",
          "test_is_policy_public_with_secure_conditions_and_allowed_conditions_nested_dict_key",
          "expected PASS, got INVALID",
          // trusted_ips=[1.2.3.4, 5.6.7.8] is prowler configuration: public addresses are the
          // internet, so a policy open to them is public.
          "test_is_policy_public_with_trusted_ips",
          "expected PASS, got FAIL");
}
