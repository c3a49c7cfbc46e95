package dev.oaa.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The CLI on terraform-iam-policy-validator's test plans gives the blocking findings that AWS
 * Access Analyzer gave there (awslabs/terraform-iam-policy-validator, iam_check/test).
 */
class TerraformValidatorCorpusTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private Path tests;

  @BeforeEach
  void locateCorpus() {
    tests =
        Path.of(System.getProperty("oaa.data", "../shared/data"))
            .resolve("external-tests/terraform-iam-policy-validator/iam_check/test");
    assumeTrue(
        Files.isDirectory(tests),
        "Skipping: corpus not found at " + tests + " (set -Doaa.data to the shared data root)");
  }

  @Test
  void publicAccessFindingsMatchAccessAnalyzers() throws IOException {
    OaaCommandTest.Run run =
        OaaCommandTest.run(
            "check-no-public-access",
            "--terraform-plan",
            tests.resolve("public_access/test_plan.json").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    // The validator version that produced the expected file did not check Lambda permissions;
    // this one grants lambda:InvokeFunction to "*" with no source condition: public.
    assertSameFindings(
        run,
        tests.resolve("public_access/public_access_findings.json"),
        Set.of("policy-analysis-CheckNoPublicAccess aws_lambda_permission.with_sns"));
  }

  @Test
  void newAccessFindingsMatchAccessAnalyzers() throws IOException {
    for (String[] c :
        List.of(
            new String[] {"identity_policies", "identity", "IDENTITY_POLICY"},
            new String[] {"multiple_policies", "identity", "IDENTITY_POLICY"},
            new String[] {"multiple_policies", "resource", "RESOURCE_POLICY"})) {
      Path folder = tests.resolve(c[0]);
      OaaCommandTest.Run run =
          OaaCommandTest.run(
              "check-no-new-access",
              "--terraform-plan",
              folder.resolve("test_plan.json").toString(),
              "--reference-policy",
              "file://" + folder.resolve(c[1] + "_reference_policy.json"),
              "--policy-type",
              c[2]);
      assertThat(run.exitCode()).as(c[0] + " " + c[1]).isEqualTo(2);
      assertSameFindings(run, folder.resolve(c[1] + "_findings.json"), Set.of());
    }
  }

  private static void assertSameFindings(
      OaaCommandTest.Run run, Path expectedFile, Set<String> alsoExpected) throws IOException {
    JsonNode expected = MAPPER.readTree(expectedFile.toFile());
    JsonNode actual = run.json();
    System.out.printf(
        "%s: %d blocking findings expected, %d reported%n",
        expectedFile.getParent().getFileName() + "/" + expectedFile.getFileName(),
        expected.get("BlockingFindings").size(),
        actual.get("BlockingFindings").size());
    Set<String> expectedNames = names(expected.get("BlockingFindings"));
    expectedNames.addAll(alsoExpected);
    assertThat(names(actual.get("BlockingFindings"))).as(run.out()).isEqualTo(expectedNames);
    assertThat(actual.get("NonBlockingFindings")).isEmpty();
    for (JsonNode finding : actual.get("BlockingFindings")) {
      assertThat(finding.get("details").get("witness")).as(finding.toString()).isNotNull();
    }
  }

  private static Set<String> names(JsonNode findings) {
    List<String> names = new ArrayList<>();
    findings.forEach(f -> names.add(f.get("code").asText() + " " + f.get("policyName").asText()));
    return new TreeSet<>(names);
  }
}
