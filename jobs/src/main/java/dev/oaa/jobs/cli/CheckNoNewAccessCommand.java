package dev.oaa.jobs.cli;

import dev.oaa.reasoning.analysis.CheckResult;
import dev.oaa.reasoning.analysis.PolicyChecks;
import dev.oaa.reasoning.policy.PolicyDocument;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code oaa check-no-new-access}: does the new policy allow anything the existing one does not.
 */
@Command(
    name = "check-no-new-access",
    mixinStandardHelpOptions = true,
    description =
        "PASS when the new policy grants no access that the existing policy does not; FAIL with"
            + " the statements that add access and a witness request.")
final class CheckNoNewAccessCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--existing-policy-document",
      required = true,
      description = "The reference policy: JSON, or file://path.")
  String existing;

  @Option(
      names = "--new-policy-document",
      required = true,
      description = "The candidate policy: JSON, or file://path.")
  String candidate;

  @Option(
      names = "--policy-type",
      required = true,
      description = "IDENTITY_POLICY or RESOURCE_POLICY.")
  String policyType;

  @Mixin CheckOptions options = new CheckOptions();

  @Override
  public Integer call() {
    PolicyDocument before =
        Documents.parse(
            "--existing-policy-document", PolicyInput.read("--existing-policy-document", existing));
    PolicyDocument after =
        Documents.parse(
            "--new-policy-document", PolicyInput.read("--new-policy-document", candidate));
    try (PolicyChecks checks = Engines.checks(options.timeout())) {
      CheckResult result = checks.checkNoNewAccess(before, after, Documents.policyType(policyType));
      return CheckOutput.print(
          "check-no-new-access",
          result,
          options,
          spec.commandLine().getOut(),
          spec.commandLine().getErr());
    }
  }
}
