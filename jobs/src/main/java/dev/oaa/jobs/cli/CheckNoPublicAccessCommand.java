package dev.oaa.jobs.cli;

import dev.oaa.jobs.cli.iac.ExtractedPolicy;
import dev.oaa.jobs.cli.iac.IacCheck;
import dev.oaa.jobs.cli.iac.IacReport;
import dev.oaa.jobs.cli.iac.Outcome;
import dev.oaa.reasoning.analysis.CheckResult;
import dev.oaa.reasoning.analysis.PolicyChecks;
import dev.oaa.reasoning.analysis.PolicyType;
import dev.oaa.reasoning.analysis.ResourceType;
import dev.oaa.reasoning.policy.PolicyDocument;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code oaa check-no-public-access}: can anyone reach a resource through this policy. */
@Command(
    name = "check-no-public-access",
    mixinStandardHelpOptions = true,
    description =
        "FAIL when the resource policy grants access to anyone (a caller outside every named"
            + " account, not pinned by a restricting condition), with a witness request.")
final class CheckNoPublicAccessCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--policy-document", description = "The resource policy: JSON, or file://path.")
  String document;

  @Option(
      names = "--resource-type",
      description = "AWS::S3::Bucket, AWS::KMS::Key, AWS::IAM::AssumeRolePolicyDocument, ...")
  String resourceType;

  @Mixin CheckOptions options = new CheckOptions();

  @Mixin IacOptions iac = new IacOptions();

  @Override
  public Integer call() {
    if (iac.isSet()) {
      return checkTemplate();
    }
    if (document == null || resourceType == null) {
      throw new CliException(
          "give --policy-document and --resource-type, or --template-path or --terraform-plan");
    }
    PolicyDocument policy =
        Documents.parse("--policy-document", PolicyInput.read("--policy-document", document));
    ResourceType type =
        ResourceType.fromAwsName(resourceType)
            .orElseThrow(
                () ->
                    new CliException(
                        "--resource-type: unsupported `"
                            + resourceType
                            + "` (expected one of "
                            + String.join(
                                ", ",
                                Arrays.stream(ResourceType.values())
                                    .map(ResourceType::awsName)
                                    .toList())
                            + ")"));
    try (PolicyChecks checks = Engines.checks(options.timeout())) {
      CheckResult result = checks.checkNoPublicAccess(policy, type);
      return CheckOutput.print(
          "check-no-public-access",
          result,
          options,
          spec.commandLine().getOut(),
          spec.commandLine().getErr());
    }
  }

  /** Every resource policy of the template or plan; identity policies are not this check's. */
  private int checkTemplate() {
    List<ExtractedPolicy> policies =
        iac.extract().stream().filter(p -> p.policyType() == PolicyType.RESOURCE_POLICY).toList();
    try (PolicyChecks checks = Engines.checks(options.timeout())) {
      return IacRun.run(
          IacCheck.CHECK_NO_PUBLIC_ACCESS,
          policies,
          p ->
              p.resourceType()
                  .map(type -> IacReport.evaluate(p, doc -> checks.checkNoPublicAccess(doc, type)))
                  .orElseGet(
                      () ->
                          new IacReport.Entry(
                              p,
                              Outcome.notApplicable(
                                  "check-no-public-access does not support " + p.awsType()))),
          options,
          spec.commandLine().getOut(),
          spec.commandLine().getErr());
    }
  }
}
