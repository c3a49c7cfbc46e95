package dev.oaa.jobs.cli;

import dev.oaa.reasoning.analysis.CheckResult;
import dev.oaa.reasoning.analysis.PolicyChecks;
import dev.oaa.reasoning.analysis.ResourceType;
import dev.oaa.reasoning.policy.PolicyDocument;
import java.util.Arrays;
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

  @Option(
      names = "--policy-document",
      required = true,
      description = "The resource policy: JSON, or file://path.")
  String document;

  @Option(
      names = "--resource-type",
      required = true,
      description = "AWS::S3::Bucket, AWS::KMS::Key, AWS::IAM::AssumeRolePolicyDocument, ...")
  String resourceType;

  @Mixin CheckOptions options = new CheckOptions();

  @Override
  public Integer call() {
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
}
