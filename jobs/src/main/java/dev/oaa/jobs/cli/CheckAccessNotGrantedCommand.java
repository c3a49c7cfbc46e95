package dev.oaa.jobs.cli;

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

  @Option(
      names = "--policy-document",
      required = true,
      description = "The policy: JSON, or file://path.")
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
      required = true,
      description = "IDENTITY_POLICY or RESOURCE_POLICY.")
  String policyType;

  @Mixin CheckOptions options = new CheckOptions();

  @Override
  public Integer call() {
    PolicyDocument policy =
        Documents.parse("--policy-document", PolicyInput.read("--policy-document", document));
    List<Access> accesses = Documents.accesses(PolicyInput.read("--access", access));
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
