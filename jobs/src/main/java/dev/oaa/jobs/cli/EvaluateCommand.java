package dev.oaa.jobs.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.oaa.reasoning.eval.ControlPolicies;
import dev.oaa.reasoning.eval.Decision;
import dev.oaa.reasoning.eval.Evaluator;
import dev.oaa.reasoning.eval.PolicySet;
import dev.oaa.reasoning.eval.Request;
import dev.oaa.reasoning.eval.StatementRef;
import dev.oaa.reasoning.policy.PolicyDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code oaa evaluate}: the concrete evaluator on one request, with every kind of policy that takes
 * part in an AWS authorization decision.
 */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description =
        "Decide one request as AWS would (ALLOW, EXPLICIT_DENY or IMPLICIT_DENY) and print the"
            + " statements that decided it.")
final class EvaluateCommand implements Callable<Integer> {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--request",
      required = true,
      description =
          "JSON {principal, action, resource, resourceAccount?, context?, principalOrgId?,"
              + " principalTags?}, or file://path.")
  String request;

  @Option(names = "--identity-policy", description = "An identity policy (repeatable).")
  List<String> identityPolicies = new ArrayList<>();

  @Option(names = "--resource-policy", description = "The resource's policy.")
  String resourcePolicy;

  @Option(names = "--permissions-boundary", description = "The caller's permissions boundary.")
  String boundary;

  @Option(names = "--session-policy", description = "The session policy.")
  String sessionPolicy;

  @Option(
      names = "--scp",
      description = "An SCP, one organization level each, root first (repeatable).")
  List<String> scps = new ArrayList<>();

  @Option(
      names = "--rcp",
      description = "An RCP, one organization level each, root first (repeatable).")
  List<String> rcps = new ArrayList<>();

  @Override
  public Integer call() {
    Request parsed = RequestInput.parse(PolicyInput.read("--request", request));
    PolicySet policies =
        PolicySet.empty().withIdentityPolicies(all("--identity-policy", identityPolicies));
    if (resourcePolicy != null) {
      policies = policies.withResourcePolicy(one("--resource-policy", resourcePolicy));
    }
    if (boundary != null) {
      policies = policies.withPermissionsBoundary(one("--permissions-boundary", boundary));
    }
    if (sessionPolicy != null) {
      policies = policies.withSessionPolicies(List.of(one("--session-policy", sessionPolicy)));
    }
    policies = policies.withServiceControlPolicies(levels("--scp", scps));
    policies = policies.withResourceControlPolicies(levels("--rcp", rcps));
    Decision decision = Evaluator.evaluate(parsed, policies);
    spec.commandLine().getOut().println(CheckOutput.write(toJson(decision)));
    return ExitCodes.OK;
  }

  private static ObjectNode toJson(Decision decision) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("decision", decision.result().name());
    node.put("reason", decision.reason());
    ArrayNode statements = node.putArray("statements");
    for (StatementRef ref : decision.statements()) {
      ObjectNode s = statements.addObject();
      s.put("policyKind", ref.kind().name());
      s.put("policyIndex", ref.policyIndex());
      s.put("statementIndex", ref.statementIndex());
      if (!ref.sid().isEmpty()) {
        s.put("sid", ref.sid());
      }
    }
    return node;
  }

  private static PolicyDocument one(String option, String argument) {
    return Documents.parse(option, PolicyInput.read(option, argument));
  }

  private static List<PolicyDocument> all(String option, List<String> arguments) {
    return arguments.stream().map(a -> one(option, a)).toList();
  }

  private static List<ControlPolicies> levels(String option, List<String> arguments) {
    List<ControlPolicies> levels = new ArrayList<>();
    for (int i = 0; i < arguments.size(); i++) {
      levels.add(
          new ControlPolicies(option + "[" + i + "]", List.of(one(option, arguments.get(i)))));
    }
    return levels;
  }
}
