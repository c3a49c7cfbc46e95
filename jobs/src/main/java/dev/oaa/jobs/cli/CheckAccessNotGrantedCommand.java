package dev.oaa.jobs.cli;

import dev.oaa.jobs.cli.iac.IacCheck;
import dev.oaa.jobs.cli.iac.IacReport;
import dev.oaa.reasoning.analysis.Access;
import dev.oaa.reasoning.analysis.CheckResult;
import dev.oaa.reasoning.analysis.PolicyChecks;
import dev.oaa.reasoning.policy.PolicyDocument;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code oaa check-access-not-granted}: does the policy grant any of the listed accesses. */
@Command(
    name = "check-access-not-granted",
    mixinStandardHelpOptions = true,
    description =
        "FAIL when the policy allows any listed access under some satisfiable condition, with a"
            + " witness request; PASS otherwise.")
final class CheckAccessNotGrantedCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--policy-document", description = "The policy: JSON, or file://path.")
  String document;

  @Option(
      names = "--access",
      required = true,
      description =
          "JSON list of {\"actions\": [...], \"resources\": [...]} (either may be absent), or"
              + " file://path.")
  String access;

  @Option(
      names = "--policy-type",
      description = "IDENTITY_POLICY or RESOURCE_POLICY (with --policy-document).")
  String policyType;

  @Mixin CheckOptions options = new CheckOptions();

  @Mixin IacOptions iac = new IacOptions();

  @Override
  public Integer call() {
    List<Access> accesses = Documents.accesses(PolicyInput.read("--access", access));
    if (iac.isSet()) {
      try (PolicyChecks checks = Engines.checks(options.timeout())) {
        return IacRun.run(
            IacCheck.CHECK_ACCESS_NOT_GRANTED,
            iac.extract(),
            p ->
                IacReport.evaluate(
                    p, doc -> checks.checkAccessNotGranted(doc, accesses, p.policyType())),
            options,
            spec.commandLine().getOut(),
            spec.commandLine().getErr());
      }
    }
    if (document == null || policyType == null) {
      throw new CliException(
          "give --policy-document and --policy-type, or --template-path or --terraform-plan");
    }
    PolicyDocument policy =
        Documents.parse("--policy-document", PolicyInput.read("--policy-document", document));
    try (PolicyChecks checks = Engines.checks(options.timeout())) {
      CheckResult result =
          checks.checkAccessNotGranted(policy, accesses, Documents.policyType(policyType));
      return CheckOutput.print(
          "check-access-not-granted",
          result,
          options,
          spec.commandLine().getOut(),
          spec.commandLine().getErr());
    }
  }
}
