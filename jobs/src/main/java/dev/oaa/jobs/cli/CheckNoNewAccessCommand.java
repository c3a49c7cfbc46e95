package dev.oaa.jobs.cli;

import dev.oaa.jobs.cli.iac.IacCheck;
import dev.oaa.jobs.cli.iac.IacReport;
import dev.oaa.reasoning.analysis.CheckResult;
import dev.oaa.reasoning.analysis.PolicyChecks;
import dev.oaa.reasoning.analysis.PolicyType;
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
      description = "The reference policy: JSON, or file://path.")
  String existing;

  @Option(
      names = "--new-policy-document",
      description = "The candidate policy: JSON, or file://path.")
  String candidate;

  @Option(
      names = "--policy-type",
      required = true,
      description =
          "IDENTITY_POLICY or RESOURCE_POLICY; with a template or plan, the type of the policies"
              + " compared with --reference-policy.")
  String policyType;

  @Option(
      names = "--reference-policy",
      description = "With a template or plan: the existing policy, JSON or file://path.")
  String reference;

  @Mixin CheckOptions options = new CheckOptions();

  @Mixin IacOptions iac = new IacOptions();

  @Override
  public Integer call() {
    PolicyType type = Documents.policyType(policyType);
    if (iac.isSet()) {
      if (reference == null) {
        throw new CliException("--reference-policy is required with a template or plan");
      }
      PolicyDocument before =
          Documents.parse("--reference-policy", PolicyInput.read("--reference-policy", reference));
      try (PolicyChecks checks = Engines.checks(options.timeout())) {
        return IacRun.run(
            IacCheck.CHECK_NO_NEW_ACCESS,
            iac.extract().stream().filter(p -> p.policyType() == type).toList(),
            p -> IacReport.evaluate(p, doc -> checks.checkNoNewAccess(before, doc, type)),
            options,
            spec.commandLine().getOut(),
            spec.commandLine().getErr());
      }
    }
    if (existing == null || candidate == null) {
      throw new CliException(
          "give --existing-policy-document and --new-policy-document, or --template-path or"
              + " --terraform-plan with --reference-policy");
    }
    PolicyDocument before =
        Documents.parse(
            "--existing-policy-document", PolicyInput.read("--existing-policy-document", existing));
    PolicyDocument after =
        Documents.parse(
            "--new-policy-document", PolicyInput.read("--new-policy-document", candidate));
    try (PolicyChecks checks = Engines.checks(options.timeout())) {
      CheckResult result = checks.checkNoNewAccess(before, after, type);
      return CheckOutput.print(
          "check-no-new-access",
          result,
          options,
          spec.commandLine().getOut(),
          spec.commandLine().getErr());
    }
  }
}
