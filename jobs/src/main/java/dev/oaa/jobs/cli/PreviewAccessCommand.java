package dev.oaa.jobs.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.oaa.reasoning.analysis.ActionUniverse;
import dev.oaa.reasoning.analysis.EvaluatorReplay;
import dev.oaa.reasoning.analysis.ExternalAccessAnalyzer;
import dev.oaa.reasoning.analysis.ExternalAccessResult;
import dev.oaa.reasoning.analysis.ExternalFinding;
import dev.oaa.reasoning.analysis.ResourceType;
import dev.oaa.reasoning.analysis.ZoneOfTrust;
import dev.oaa.reasoning.catalog.ServiceReferenceLoader;
import dev.oaa.reasoning.policy.PolicyDocument;
import dev.oaa.reasoning.smt.z3.Z3Solver;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code oaa preview-access}: the findings one resource policy would produce (Access Analyzer's
 * access preview), without Spark.
 */
@Command(
    name = "preview-access",
    mixinStandardHelpOptions = true,
    description =
        "Print the external-access findings of one resource policy: who outside the zone of trust"
            + " gets which actions, under which conditions, whether anyone can, and a witness.")
final class PreviewAccessCommand implements Callable<Integer> {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--policy-document", required = true, description = "JSON, or file://path.")
  String document;

  @Option(names = "--resource-type", required = true, description = "AWS::S3::Bucket, ...")
  String resourceType;

  @Option(names = "--resource-arn", required = true, description = "The resource's ARN.")
  String resourceArn;

  @Option(
      names = "--zone-of-trust-account",
      required = true,
      description = "The resource's account (an account analyzer's zone of trust).")
  String account;

  @Option(
      names = "--organization-id",
      description = "With --organization-accounts: an organization analyzer.")
  String organizationId;

  @Option(
      names = "--organization-accounts",
      split = ",",
      description = "The organization's member accounts, comma-separated.")
  List<String> organizationAccounts = List.of();

  @Option(
      names = "--service-reference",
      description =
          "AWS Service Reference directory, to list concrete actions (else the policy's).")
  Path serviceReference;

  @Mixin CheckOptions options = new CheckOptions();

  @Override
  public Integer call() {
    PolicyDocument policy =
        Documents.parse("--policy-document", PolicyInput.read("--policy-document", document));
    ResourceType type = Documents.resourceType(resourceType);
    ZoneOfTrust zone = zone();
    ActionUniverse universe =
        serviceReference == null
            ? ActionUniverse.none()
            : ActionUniverse.of(ServiceReferenceLoader.load(serviceReference));
    ExternalAccessResult result;
    try (ExternalAccessAnalyzer analyzer =
        new ExternalAccessAnalyzer(
            new Z3Solver(), EvaluatorReplay.INSTANCE, options.timeout(), universe)) {
      result = analyzer.analyze(policy, type, resourceArn, zone);
    }
    ObjectNode root = MAPPER.createObjectNode();
    ArrayNode findings = root.putArray("findings");
    result.findings().forEach(f -> findings.add(toJson(f, type)));
    if (result instanceof ExternalAccessResult.Unknown unknown) {
      root.put("error", unknown.message());
    }
    spec.commandLine().getOut().println(CheckOutput.write(root));
    if (result instanceof ExternalAccessResult.Unknown unknown) {
      spec.commandLine().getErr().println("oaa: error: " + unknown.message());
      return ExitCodes.ERROR;
    }
    return ExitCodes.OK;
  }

  private ZoneOfTrust zone() {
    try {
      if (organizationId == null) {
        if (!organizationAccounts.isEmpty()) {
          throw new CliException("--organization-accounts needs --organization-id");
        }
        return ZoneOfTrust.account(account);
      }
      Set<String> accounts = new LinkedHashSet<>(organizationAccounts);
      accounts.add(account);
      return ZoneOfTrust.organization(organizationId, accounts);
    } catch (IllegalArgumentException e) {
      throw new CliException("--zone-of-trust-account: " + e.getMessage());
    }
  }

  private ObjectNode toJson(ExternalFinding f, ResourceType type) {
    ObjectNode node = MAPPER.createObjectNode();
    ObjectNode principal = node.putObject("principal");
    f.principal().forEach(principal::put);
    ArrayNode actions = node.putArray("action");
    f.actions().forEach(actions::add);
    ObjectNode condition = node.putObject("condition");
    f.condition()
        .forEach(
            (k, v) -> {
              if (v.size() == 1) {
                condition.put(k, v.get(0));
              } else {
                ArrayNode values = condition.putArray(k);
                v.forEach(values::add);
              }
            });
    node.put("isPublic", f.isPublic());
    node.put("resource", resourceArn);
    node.put("resourceType", type.awsName());
    node.put("resourceOwnerAccount", owner());
    ArrayNode statements = node.putArray("statements");
    f.statements().forEach(statements::add);
    node.set("witness", CheckOutput.witness(f.witness()));
    return node;
  }

  /** The account in the ARN, or the zone's account for ARNs without one (S3 buckets). */
  private String owner() {
    String[] parts = resourceArn.split(":", 6);
    return parts.length == 6 && parts[4].matches("\\d{12}") ? parts[4] : account;
  }
}
