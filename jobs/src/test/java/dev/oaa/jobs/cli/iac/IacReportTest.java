package dev.oaa.jobs.cli.iac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.oaa.reasoning.analysis.CheckResult;
import dev.oaa.reasoning.analysis.PolicyType;
import dev.oaa.reasoning.errors.AccessAnalyzerException;
import dev.oaa.reasoning.smt.ConcreteRequest;
import dev.oaa.reasoning.smt.PrincipalKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class IacReportTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String POLICY =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"Open\",\"Effect\":\"Allow\","
          + "\"Principal\":\"*\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]}";
  private static final ConcreteRequest ANONYMOUS =
      new ConcreteRequest(
          PrincipalKind.ANONYMOUS, "", "", "s3:GetObject", "arn:aws:s3:::b/k", Map.of());
  private static final Function<CheckResult.Fail, ObjectNode> WITNESS =
      fail -> JsonNodeFactory.instance.objectNode().put("action", fail.witness().action());

  private static ExtractedPolicy policy(String name, PolicyContent content) {
    return new ExtractedPolicy(
        name, "bucket", PolicyType.RESOURCE_POLICY, "AWS::S3::Bucket", content);
  }

  @Test
  void rendersEveryOutcomeInTheValidatorsShape() throws IOException {
    ExtractedPolicy parsed = policy("aws_s3_bucket_policy.a", PolicyContent.parse(POLICY));
    CheckResult.Fail fail =
        new CheckResult.Fail(
            "The resource policy grants public access for the given resource type.",
            List.of(
                new CheckResult.Reason(
                    "Public access granted in the following statement with sid: Open.", 0, "Open"),
                new CheckResult.Reason(
                    "Public access granted in the following statement with index: 1.", 1, "")),
            ANONYMOUS);
    List<IacReport.Entry> entries =
        List.of(
            new IacReport.Entry(parsed, Outcome.of(fail)),
            new IacReport.Entry(parsed, Outcome.of(new CheckResult.Pass("No public access."))),
            new IacReport.Entry(parsed, Outcome.of(new CheckResult.Unknown("Solver timed out."))),
            new IacReport.Entry(
                policy("b", PolicyContent.unresolvable("Cannot resolve `policy`.")),
                Outcome.notApplicable("ignored")),
            new IacReport.Entry(
                policy("c", new PolicyContent.Invalid("Cannot parse policy.")),
                Outcome.notApplicable("ignored")),
            new IacReport.Entry(parsed, Outcome.error("Cannot check: too large.")),
            new IacReport.Entry(parsed, Outcome.notApplicable("Type not supported.")));

    ObjectNode report = IacReport.render(IacCheck.CHECK_NO_PUBLIC_ACCESS, entries, WITNESS);

    assertThat(report)
        .isEqualTo(
            MAPPER.readTree(
                """
                {"BlockingFindings": [
                  {"findingType": "SECURITY_WARNING", "code": "policy-analysis-CheckNoPublicAccess",
                   "message": "The resource policy grants public access for the given resource type.",
                   "resourceName": "bucket", "policyName": "aws_s3_bucket_policy.a",
                   "details": {"result": "FAIL",
                     "message": "The resource policy grants public access for the given resource type.",
                     "reasons": [
                       {"description": "Public access granted in the following statement with sid: Open.",
                        "statementIndex": 0, "statementId": "Open"},
                       {"description": "Public access granted in the following statement with index: 1.",
                        "statementIndex": 1}],
                     "witness": {"action": "s3:GetObject"}}},
                  {"findingType": "ERROR", "code": "policy-analysis-Unknown",
                   "message": "Solver timed out.", "resourceName": "bucket",
                   "policyName": "aws_s3_bucket_policy.a",
                   "details": {"result": "UNKNOWN", "message": "Solver timed out.", "reasons": []}},
                  {"findingType": "ERROR", "code": "unresolvable-policy",
                   "message": "Cannot resolve `policy`.", "resourceName": "bucket", "policyName": "b",
                   "details": {"reason": "Cannot resolve `policy`."}},
                  {"findingType": "ERROR", "code": "invalid-policy",
                   "message": "Cannot parse policy.", "resourceName": "bucket", "policyName": "c",
                   "details": {"reason": "Cannot parse policy."}},
                  {"findingType": "ERROR", "code": "policy-analysis-Error",
                   "message": "Cannot check: too large.", "resourceName": "bucket",
                   "policyName": "aws_s3_bucket_policy.a",
                   "details": {"reason": "Cannot check: too large."}}],
                 "NonBlockingFindings": [
                  {"findingType": "WARNING", "code": "policy-analysis-NotApplicable",
                   "message": "Type not supported.", "resourceName": "bucket",
                   "policyName": "aws_s3_bucket_policy.a",
                   "details": {"reason": "Type not supported."}}]}
                """));
  }

  @Test
  void evaluatesOnlyParsedPoliciesAndKeepsCheckErrorsAsValues() {
    ExtractedPolicy parsed = policy("a", PolicyContent.parse(POLICY));
    ExtractedPolicy unresolved = policy("b", PolicyContent.unresolvable("unknown"));
    List<String> checked = new ArrayList<>();

    IacReport.Entry pass =
        IacReport.evaluate(
            parsed,
            d -> {
              checked.add(d.statements().get(0).sid());
              return new CheckResult.Pass("ok");
            });
    IacReport.Entry skipped =
        IacReport.evaluate(
            unresolved,
            d -> {
              throw new AssertionError("not called");
            });
    IacReport.Entry error =
        IacReport.evaluate(
            parsed,
            d -> {
              throw new AccessAnalyzerException("Cannot check policy: too large");
            });

    assertThat(checked).containsExactly("Open");
    assertThat(pass.outcome()).isEqualTo(Outcome.of(new CheckResult.Pass("ok")));
    assertThat(skipped.outcome()).isEqualTo(Outcome.notApplicable("the policy was not extracted"));
    assertThat(error.outcome()).isEqualTo(Outcome.error("Cannot check policy: too large"));
    assertThat(IacCheck.CHECK_ACCESS_NOT_GRANTED.code())
        .isEqualTo("policy-analysis-CheckAccessNotGranted");
    assertThat(IacCheck.CHECK_NO_NEW_ACCESS.command()).isEqualTo("check-no-new-access");
  }

  /**
   * Replays terraform-iam-policy-validator's expected findings: FAIL results built from each
   * expected finding, rendered for the policies extracted from its plan, give the expected file
   * (with our witness removed).
   */
  @Test
  void reproducesTheValidatorsFindingFiles() throws IOException {
    Path tests =
        Path.of(
            System.getProperty("oaa.data", ""),
            "external-tests/terraform-iam-policy-validator/iam_check/test");
    assumeTrue(Files.isDirectory(tests), "Skipping: corpus not found at " + tests);
    for (String file :
        List.of(
            "public_access/public_access_findings.json",
            "multiple_policies/resource_findings.json",
            "multiple_policies/identity_findings.json",
            "iam_policy/findings.json")) {
      Path path = tests.resolve(file);
      JsonNode expected = MAPPER.readTree(Files.readString(path));
      List<ExtractedPolicy> policies =
          TerraformPlan.extract(Files.readString(path.resolveSibling("test_plan.json")));
      List<IacReport.Entry> entries = new ArrayList<>();
      IacCheck check = IacCheck.CHECK_NO_NEW_ACCESS;
      for (JsonNode finding : expected.path("BlockingFindings")) {
        check =
            finding.path("code").asText().endsWith("PublicAccess")
                ? IacCheck.CHECK_NO_PUBLIC_ACCESS
                : IacCheck.CHECK_NO_NEW_ACCESS;
        ExtractedPolicy policy =
            policies.stream()
                .filter(p -> p.policyName().equals(finding.path("policyName").asText()))
                .findFirst()
                .orElseThrow();
        entries.add(new IacReport.Entry(policy, Outcome.of(fail(finding.path("details")))));
      }
      ObjectNode report = IacReport.render(check, entries, WITNESS);
      report
          .path("BlockingFindings")
          .forEach(f -> ((ObjectNode) f.path("details")).remove("witness"));
      assertThat(report).as(file).isEqualTo(expected);
    }
  }

  private static CheckResult.Fail fail(JsonNode details) {
    List<CheckResult.Reason> reasons = new ArrayList<>();
    for (JsonNode r : details.path("reasons")) {
      reasons.add(
          new CheckResult.Reason(
              r.path("description").asText(),
              r.path("statementIndex").asInt(),
              r.path("statementId").asText("")));
    }
    return new CheckResult.Fail(details.path("message").asText(), reasons, ANONYMOUS);
  }
}
