package dev.oaa.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI end to end, in process: arguments in, stdout JSON, stderr line and exit code out. */
class OaaCommandTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String BROAD =
      "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"s3:Get*\",\"Resource\":\"*\"}}";
  private static final String NARROW =
      "{\"Version\":\"2012-10-17\",\"Statement\":{\"Sid\":\"Read\",\"Effect\":\"Allow\","
          + "\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::b/*\"}}";

  record Run(int exitCode, String out, String err) {
    JsonNode json() throws IOException {
      return MAPPER.readTree(out);
    }
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = OaaCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void checkNoNewAccessPassesWithExitZero() throws IOException {
    Run r =
        run(
            "check-no-new-access",
            "--existing-policy-document",
            BROAD,
            "--new-policy-document",
            NARROW,
            "--policy-type",
            "IDENTITY_POLICY");
    assertThat(r.exitCode()).isZero();
    assertThat(r.json().get("result").asText()).isEqualTo("PASS");
    assertThat(r.json().get("reasons")).isEmpty();
    assertThat(r.err()).isEmpty();
  }

  @Test
  void checkNoNewAccessFailsWithReasonWitnessAndExitTwo(@TempDir Path dir) throws IOException {
    Path existing = Files.writeString(dir.resolve("old.json"), NARROW);
    Run r =
        run(
            "check-no-new-access",
            "--existing-policy-document",
            "file://" + existing,
            "--new-policy-document",
            BROAD,
            "--policy-type",
            "IDENTITY_POLICY");
    assertThat(r.exitCode()).isEqualTo(2);
    JsonNode json = r.json();
    assertThat(json.get("result").asText()).isEqualTo("FAIL");
    assertThat(json.get("message").asText())
        .isEqualTo("The modified permissions grant new access compared to your existing policy.");
    assertThat(json.get("reasons").get(0).get("description").asText())
        .isEqualTo("New access in the statement with index: 0.");
    assertThat(json.get("reasons").get(0).get("statementIndex").asInt()).isZero();
    JsonNode witness = json.get("witness");
    assertThat(witness.get("action").asText()).startsWith("s3:get");
    assertThat(witness.get("principalType").asText()).isIn("IAM_USER", "ROLE_SESSION");
  }

  @Test
  void checkAccessNotGrantedReadsTheAccessList() throws IOException {
    Run fail =
        run(
            "check-access-not-granted",
            "--policy-document",
            NARROW,
            "--access",
            "[{\"actions\":[\"s3:GetObject\"],\"resources\":[\"arn:aws:s3:::b/secret\"]}]",
            "--policy-type",
            "IDENTITY_POLICY");
    assertThat(fail.exitCode()).isEqualTo(2);
    assertThat(fail.json().get("witness").get("resource").asText())
        .isEqualTo("arn:aws:s3:::b/secret");
    assertThat(fail.json().get("witness").get("action").asText()).isEqualTo("s3:GetObject");
    Run pass =
        run(
            "check-access-not-granted",
            "--policy-document",
            NARROW,
            "--access",
            "[{\"actions\":[\"s3:PutObject\"]}, {\"resources\":[\"arn:aws:s3:::other/*\"]}]",
            "--policy-type",
            "IDENTITY_POLICY");
    assertThat(pass.exitCode()).isZero();
    assertThat(pass.json().get("result").asText()).isEqualTo("PASS");
  }

  @Test
  void checkNoPublicAccessFlagsAnOpenBucketStatement() throws IOException {
    Run r =
        run(
            "check-no-public-access",
            "--policy-document",
            "file://" + Path.of("..", "conf", "examples", "bucket-policy.json"),
            "--resource-type",
            "AWS::S3::Bucket");
    assertThat(r.exitCode()).isEqualTo(2);
    JsonNode reason = r.json().get("reasons").get(0);
    assertThat(reason.get("statementIndex").asInt()).isEqualTo(1);
    assertThat(reason.get("statementId").asText()).isEqualTo("PublicWebsiteAssets");
    assertThat(r.json().get("witness").get("resource").asText())
        .startsWith("arn:aws:s3:::example-reports/public/");
  }

  @Test
  void checksEveryResourcePolicyOfACloudFormationTemplate() throws IOException {
    Run r =
        run(
            "check-no-public-access",
            "--template-path",
            Path.of("src/test/resources/cli/public-and-private.yaml").toString());
    assertThat(r.exitCode()).isEqualTo(2);
    JsonNode blocking = r.json().get("BlockingFindings");
    assertThat(blocking).hasSize(2);
    assertThat(blocking.get(0).get("policyName").asText()).isEqualTo("AssetsPolicy.BucketPolicy");
    assertThat(blocking.get(0).get("code").asText())
        .isEqualTo("policy-analysis-CheckNoPublicAccess");
    assertThat(blocking.get(0).get("details").get("reasons").get(0).get("statementId").asText())
        .isEqualTo("PublicRead");
    assertThat(blocking.get(1).get("policyName").asText()).isEqualTo("DeployRole.TrustPolicy");
    assertThat(blocking.get(1).get("details").get("witness").get("principalType").asText())
        .isEqualTo("FEDERATED");
    assertThat(r.json().get("NonBlockingFindings")).isEmpty();
  }

  @Test
  void previewsTheFindingsOfOneResourcePolicy() throws IOException {
    Run r =
        run(
            "preview-access",
            "--policy-document",
            "file://" + Path.of("..", "conf", "examples", "bucket-policy.json"),
            "--resource-type",
            "AWS::S3::Bucket",
            "--resource-arn",
            "arn:aws:s3:::example-reports",
            "--zone-of-trust-account",
            "111122223333");
    assertThat(r.exitCode()).isZero();
    JsonNode findings = r.json().get("findings");
    assertThat(findings).hasSize(2);
    assertThat(findings.get(0).get("principal").get("AWS").asText())
        .isEqualTo("arn:aws:iam::444455556666:role/report-reader");
    assertThat(findings.get(0).get("action").toString())
        .isEqualTo("[\"s3:GetObject\",\"s3:ListBucket\"]");
    assertThat(findings.get(0).get("isPublic").asBoolean()).isFalse();
    assertThat(findings.get(0).get("resourceOwnerAccount").asText()).isEqualTo("111122223333");
    assertThat(findings.get(1).get("principal").get("AWS").asText()).isEqualTo("*");
    assertThat(findings.get(1).get("isPublic").asBoolean()).isTrue();
    // The partner's own organization analyzer, which includes 444455556666, sees only the public
    // one.
    Run org =
        run(
            "preview-access",
            "--policy-document",
            "file://" + Path.of("..", "conf", "examples", "bucket-policy.json"),
            "--resource-type",
            "AWS::S3::Bucket",
            "--resource-arn",
            "arn:aws:s3:::example-reports",
            "--zone-of-trust-account",
            "111122223333",
            "--organization-id",
            "o-example",
            "--organization-accounts",
            "111122223333,444455556666");
    assertThat(org.json().get("findings")).hasSize(1);
    Run bad =
        run(
            "preview-access",
            "--policy-document",
            "{}",
            "--resource-type",
            "AWS::S3::Bucket",
            "--resource-arn",
            "arn:aws:s3:::b",
            "--zone-of-trust-account",
            "1111");
    assertThat(bad.exitCode()).isEqualTo(1);
    assertThat(bad.err().strip())
        .isEqualTo(
            "oaa: error: --policy-document: Cannot parse policy (line 1, column 1): a policy needs a"
                + " `Statement` element");
  }

  @Test
  void writesSarifForATemplate() throws IOException {
    Run r =
        run(
            "check-no-public-access",
            "--template-path",
            Path.of("src/test/resources/cli/public-and-private.yaml").toString(),
            "--output",
            "sarif");
    assertThat(r.exitCode()).isEqualTo(2);
    JsonNode results = r.json().get("runs").get(0).get("results");
    assertThat(results).hasSize(2);
    assertThat(results.get(0).get("level").asText()).isEqualTo("error");
    assertThat(
            results
                .get(0)
                .get("locations")
                .get(0)
                .get("physicalLocation")
                .get("artifactLocation")
                .get("uri")
                .asText())
        .isEqualTo("AssetsPolicy.BucketPolicy");
    assertThat(results.get(1).get("properties").get("witness").get("principalType").asText())
        .isEqualTo("FEDERATED");
  }

  @Test
  void writesSarifForCodeScanning() throws IOException {
    Run r =
        run(
            "check-no-new-access",
            "--existing-policy-document",
            NARROW,
            "--new-policy-document",
            BROAD,
            "--policy-type",
            "IDENTITY_POLICY",
            "--output",
            "sarif");
    assertThat(r.exitCode()).isEqualTo(2);
    JsonNode result = r.json().get("runs").get(0).get("results").get(0);
    assertThat(r.json().get("version").asText()).isEqualTo("2.1.0");
    assertThat(result.get("ruleId").asText()).isEqualTo("check-no-new-access");
    assertThat(result.get("level").asText()).isEqualTo("error");
  }

  @Test
  void badInputIsOneLineOnStderrAndExitOne() {
    Run parse =
        run(
            "check-no-new-access",
            "--existing-policy-document",
            "{\"Statement\": {\"Effect\": \"Alow\", \"Action\": \"*\"}}",
            "--new-policy-document",
            NARROW,
            "--policy-type",
            "IDENTITY_POLICY");
    assertThat(parse.exitCode()).isEqualTo(1);
    assertThat(parse.out()).isEmpty();
    assertThat(parse.err())
        .isEqualTo(
            "oaa: error: --existing-policy-document: Cannot parse policy at /Statement/Effect (line"
                + " 1, column 26): expected `Allow` or `Deny`, got `Alow`"
                + System.lineSeparator());
    Run missingFile =
        run(
            "check-no-public-access",
            "--policy-document",
            "file:///no/such/policy.json",
            "--resource-type",
            "AWS::S3::Bucket");
    assertThat(missingFile.exitCode()).isEqualTo(1);
    assertThat(missingFile.err().strip())
        .isEqualTo("oaa: error: --policy-document: no such file /no/such/policy.json");
    Run badType =
        run(
            "check-no-public-access",
            "--policy-document",
            NARROW,
            "--resource-type",
            "AWS::S3::Bukket");
    assertThat(badType.exitCode()).isEqualTo(1);
    assertThat(badType.err())
        .startsWith("oaa: error: --resource-type: unsupported `AWS::S3::Bukket`");
    Run missingOption = run("check-no-new-access", "--new-policy-document", NARROW);
    assertThat(missingOption.exitCode()).isEqualTo(1);
    assertThat(missingOption.err().lines().findFirst().orElseThrow())
        .isEqualTo("oaa: error: Missing required option: '--policy-type=<policyType>'");
  }

  @Test
  void evaluatesARequestWithTheDecidingStatements() throws IOException {
    Path examples = Path.of("..", "conf", "examples");
    Run r =
        run(
            "evaluate",
            "--request",
            "file://" + examples.resolve("request.json"),
            "--identity-policy",
            "file://" + examples.resolve("reader-identity-policy.json"),
            "--resource-policy",
            "file://" + examples.resolve("bucket-policy.json"));
    assertThat(r.exitCode()).isZero();
    assertThat(r.json().get("decision").asText()).isEqualTo("ALLOW");
    assertThat(r.json().get("statements").get(0).get("sid").asText())
        .isEqualTo("PartnerReadsReports");
    Run noIdentity =
        run(
            "evaluate",
            "--request",
            "file://" + examples.resolve("request.json"),
            "--resource-policy",
            "file://" + examples.resolve("bucket-policy.json"));
    // Cross-account: the bucket policy alone is not enough.
    assertThat(noIdentity.json().get("decision").asText()).isEqualTo("IMPLICIT_DENY");
  }
}
