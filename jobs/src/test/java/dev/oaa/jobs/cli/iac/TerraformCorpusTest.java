package dev.oaa.jobs.cli.iac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Extraction over terraform-iam-policy-validator's own test plans (never copied into the repo). */
class TerraformCorpusTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private Path tests;

  @BeforeEach
  void locateCorpus() {
    String data = System.getProperty("oaa.data", "");
    tests = Path.of(data, "external-tests", "terraform-iam-policy-validator", "iam_check", "test");
    assumeTrue(
        !data.isEmpty() && Files.isDirectory(tests),
        "Skipping: corpus not found at " + tests + " (set -Doaa.data to the shared data root)");
  }

  @Test
  void everyPlanExtractsWithoutUnresolvedOrInvalidPolicies() throws IOException {
    Map<String, Integer> counts = new TreeMap<>();
    try (Stream<Path> plans = Files.walk(tests)) {
      for (Path plan : plans.filter(p -> p.endsWith("test_plan.json")).sorted().toList()) {
        List<ExtractedPolicy> policies = TerraformPlan.extract(Files.readString(plan));
        counts.put(tests.relativize(plan).toString(), policies.size());
        assertThat(policies)
            .as("policies of %s", plan)
            .isNotEmpty()
            .allSatisfy(p -> assertThat(p.document()).as(p.policyName()).isPresent());
      }
    }
    System.out.println("Terraform corpus: policies per plan " + counts);
    assertThat(counts)
        .containsExactlyEntriesOf(
            new TreeMap<>(
                Map.of(
                    "iam_policy/test_plan.json", 1,
                    "identity_policies/test_plan.json", 8,
                    "multiple_policies/test_plan.json", 2,
                    "public_access/test_plan.json", 15)));
  }

  @Test
  void publicAccessCoversEveryExpectedFinding() throws IOException {
    Path dir = tests.resolve("public_access");
    List<ExtractedPolicy> policies =
        TerraformPlan.extract(Files.readString(dir.resolve("test_plan.json")));
    Set<String> extracted =
        policies.stream()
            .filter(p -> p.resourceType().isPresent())
            .map(p -> p.policyName() + " " + p.resourceType().get().awsName())
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> expected = new TreeSet<>();
    Map<String, String> expectedNames = new TreeMap<>();
    for (JsonNode finding : findings(dir.resolve("public_access_findings.json"))) {
      expected.add(finding.path("policyName").asText());
      expectedNames.put(finding.path("policyName").asText(), finding.path("resourceName").asText());
    }
    System.out.printf(
        "Terraform public_access: %d extracted with a resource type, %d expected findings%n",
        extracted.size(), expected.size());
    assertThat(extracted)
        .containsExactly(
            "aws_api_gateway_rest_api_policy.example AWS::ApiGateway::RestApi",
            "aws_backup_vault_policy.example AWS::Backup::BackupVault",
            "aws_codeartifact_domain_permissions_policy.example AWS::CodeArtifact::Domain",
            "aws_dynamodb_resource_policy.example AWS::DynamoDB::Table",
            "aws_iam_role.default AWS::IAM::AssumeRolePolicyDocument",
            "aws_iam_role.test_role AWS::IAM::AssumeRolePolicyDocument",
            "aws_kinesis_resource_policy.example_consumer_policy AWS::Kinesis::StreamConsumer",
            "aws_kinesis_resource_policy.example_strem_policy AWS::Kinesis::Stream",
            "aws_lambda_permission.with_sns AWS::Lambda::Function",
            "aws_opensearch_domain_policy.main AWS::OpenSearchService::Domain",
            "aws_s3_bucket_policy.allow_public_access AWS::S3::Bucket",
            "aws_s3_bucket_policy.no_public_access_bucket AWS::S3::Bucket",
            "aws_s3tables_table_bucket_policy.example AWS::S3Tables::TableBucket",
            "aws_s3tables_table_policy.example AWS::S3Tables::Table",
            "aws_sns_topic_policy.default AWS::SNS::Topic");
    Set<String> extractedNames =
        policies.stream()
            .filter(p -> p.resourceType().isPresent())
            .map(ExtractedPolicy::policyName)
            .collect(Collectors.toCollection(TreeSet::new));
    // Not flagged by the validator: an IP-restricted API policy, an account-restricted bucket, and
    // a
    // Lambda permission, which its version does not map to a resource type.
    Set<String> notFlagged = new TreeSet<>(extractedNames);
    notFlagged.removeAll(expected);
    assertThat(notFlagged)
        .containsExactly(
            "aws_api_gateway_rest_api_policy.example",
            "aws_lambda_permission.with_sns",
            "aws_s3_bucket_policy.no_public_access_bucket");
    assertThat(extractedNames).containsAll(expected);
    Map<String, String> names =
        policies.stream()
            .filter(p -> expected.contains(p.policyName()))
            .collect(
                Collectors.toMap(
                    ExtractedPolicy::policyName,
                    ExtractedPolicy::resourceName,
                    (a, b) -> a,
                    TreeMap::new));
    assertThat(names).containsExactlyEntriesOf(expectedNames);
  }

  @Test
  void everyExpectedFindingNamesAnExtractedPolicyAndItsResource() throws IOException {
    Map<String, String> expected = new TreeMap<>();
    Map<String, String> extracted = new TreeMap<>();
    try (Stream<Path> files = Files.walk(tests)) {
      for (Path file :
          files.filter(p -> p.toString().endsWith("findings.json")).sorted().toList()) {
        String plan = Files.readString(file.resolveSibling("test_plan.json"));
        for (ExtractedPolicy p : TerraformPlan.extract(plan)) {
          extracted.put(file.getParent().getFileName() + " " + p.policyName(), p.resourceName());
        }
        for (JsonNode finding : findings(file)) {
          expected.put(
              file.getParent().getFileName() + " " + finding.path("policyName").asText(),
              finding.path("resourceName").asText());
        }
      }
    }
    // AWS-DIVERGENCE: the validator prints `fakename` for a role's inline policies (its name
    // lookup fails on the nested block); the role's name is more useful.
    expected.replaceAll(
        (name, resource) -> name.contains(".inline_policy.") ? "yak_role" : resource);
    System.out.printf(
        "Terraform corpus: %d expected findings, all among %d extracted policies%n",
        expected.size(), extracted.size());
    assertThat(expected).hasSize(20);
    assertThat(extracted).containsAllEntriesOf(expected);
  }

  private static JsonNode findings(Path file) throws IOException {
    return MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8)).path("BlockingFindings");
  }
}
