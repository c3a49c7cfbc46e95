package dev.oaa.reasoning.policy.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.oaa.reasoning.errors.PolicyParseException;
import dev.oaa.reasoning.policy.PolicyDocument;
import dev.oaa.reasoning.testing.CorpusData;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every real policy of the shared corpora parses, round-trips and keeps its hash. */
class PolicyCorpusTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String COMMENTED_SCP = "deny-service-specific-credential-by-type.json";

  /**
   * Corpus files that are not valid IAM policies, with the reason IAM rejects them: documentation
   * templates with placeholders, a prose fragment, and SNS data-protection policies (another policy
   * language). Each must be rejected with a message that names the offending value.
   */
  private static final Map<String, String> NOT_POLICIES =
      Map.ofEntries(
          Map.entry(
              "id_roles_use_passrole__b0_09a5ffacb5.json",
              "Invalid action `A list of the permissions the role is allowed to use`"),
          Map.entry("sns-message-data-protection-examples__b0_ea2930f981.json", "`Name`"),
          Map.entry("sns-message-data-protection-examples__b2_143ed299b8.json", "`Name`"),
          Map.entry("sns-message-data-protection-examples__b4_001bb9d023.json", "`Name`"),
          Map.entry("network_perimeter_sourcevpc_rcp.json", "`<my-corporate-cidr>`"),
          Map.entry("sns_topic_policy.json", "`<my-corporate-cidr>`"),
          Map.entry("network_perimeter_sourcevpc_scp.json", "`<my-corporate-cidr>`"),
          Map.entry("network_perimeter_vpceorgid_scp.json", "`<my-corporate-cidr>`"),
          Map.entry("network_perimeter_lambda_scp.json", "`<my-corporate-cidr>`"),
          Map.entry("s3_endpoint_policy.json", "Invalid action `<action>`"),
          Map.entry(
              "S3-Prevent-long-term-presigned-url.json",
              "Invalid number `[MAX_SIGNATURE_AGE_IN_MILLISECONDS]`"),
          Map.entry(
              "Deny-use-of-IAM-user-credentials-from-unexpected-networks.json",
              "`<my-corporate-cidr>`"));

  @Test
  void everyAwsManagedPolicyParses() throws IOException {
    Path folder = CorpusData.require("aws-managed-policies/current");
    List<String> failures = new ArrayList<>();
    int parsed = 0;
    for (Path file : CorpusData.files(folder, ".json")) {
      if (file.getFileName().toString().equals("DEPRECATED.json")) {
        continue;
      }
      JsonNode document = MAPPER.readTree(file.toFile()).path("PolicyVersion").path("Document");
      parsed += checkOne(file, MAPPER.writeValueAsString(document), failures);
    }
    System.out.printf(
        "aws-managed-policies/current: %d parsed, %d failed%n", parsed, failures.size());
    assertThat(failures).isEmpty();
    assertThat(parsed).isGreaterThan(900);
  }

  @Test
  void everyHistoricalVersionOfTheManagedPoliciesParses() throws IOException {
    Path folder = CorpusData.require("aws-managed-policies/history");
    List<String> failures = new ArrayList<>();
    int parsed = 0;
    for (Path file : CorpusData.files(folder, ".jsonl")) {
      for (String line : CorpusData.read(file).split("\n")) {
        JsonNode document = MAPPER.readTree(line).path("Document");
        parsed += checkOne(file, MAPPER.writeValueAsString(document), failures);
      }
    }
    System.out.printf("aws-managed-policies/history: %d versions parsed%n", parsed);
    assertThat(failures).isEmpty();
    assertThat(parsed).isGreaterThan(2000);
  }

  @Test
  void everyIdentityResourceAndOrganizationPolicyParses() {
    List<String> failures = new ArrayList<>();
    List<String> rejected = new ArrayList<>();
    for (String set :
        List.of("identity-policies", "resource-policies", "org-and-perimeter-policies")) {
      Path folder = CorpusData.require(set);
      int parsed = 0;
      for (Path file : CorpusData.files(folder, ".json")) {
        String name = file.getFileName().toString();
        if (name.equals(COMMENTED_SCP) || name.endsWith("manifest.json")) {
          continue;
        }
        if (NOT_POLICIES.containsKey(name)) {
          assertThatThrownBy(() -> PolicyParser.parse(CorpusData.read(file)))
              .as(file.toString())
              .isInstanceOf(PolicyParseException.class)
              .hasMessageContaining(NOT_POLICIES.get(name));
          rejected.add(name);
          continue;
        }
        parsed += checkOne(file, CorpusData.read(file), failures);
      }
      System.out.printf("%s: %d parsed%n", set, parsed);
    }
    System.out.printf("rejected as not IAM policies: %d%n", rejected.size());
    assertThat(failures).isEmpty();
    assertThat(rejected).containsExactlyInAnyOrderElementsOf(NOT_POLICIES.keySet());
  }

  @Test
  void rejectsTheScpWithAComment() {
    Path folder = CorpusData.require("org-and-perimeter-policies");
    Path file = CorpusData.files(folder, COMMENTED_SCP).stream().findFirst().orElseThrow();
    assertThatThrownBy(() -> PolicyParser.parse(CorpusData.read(file)))
        .isInstanceOf(PolicyParseException.class)
        .hasMessageStartingWith("Cannot parse policy (line ")
        .hasMessageContaining(
            "invalid JSON: Unexpected character ('/' (code 47)): maybe a (non-standard) comment?");
  }

  /** Parses, writes, re-parses; 1 when all three agree, else 0 with a failure recorded. */
  private static int checkOne(Path file, String json, List<String> failures) {
    try {
      PolicyDocument doc = PolicyParser.parse(json);
      PolicyDocument again = PolicyParser.parse(PolicyWriter.write(doc));
      if (!again.equals(doc)) {
        failures.add(file + ": write then parse changed the document");
        return 0;
      }
      PolicyDocument canonical = CanonicalPolicy.canonicalize(doc);
      if (!CanonicalPolicy.hash(canonical).equals(CanonicalPolicy.hash(doc))) {
        failures.add(file + ": canonical form has another hash");
        return 0;
      }
      return 1;
    } catch (PolicyParseException e) {
      failures.add(file + ": " + e.getMessage());
      return 0;
    }
  }
}
