package dev.oaa.jobs.cli.iac;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.oaa.reasoning.analysis.PolicyType;
import dev.oaa.reasoning.analysis.ResourceType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Extracts the policies of one CloudFormation resource. */
final class CfnPolicies {
  private final Intrinsics intrinsics;
  private final CfnLambda lambda;

  CfnPolicies(Intrinsics intrinsics, StackContext context) {
    this.intrinsics = intrinsics;
    this.lambda = new CfnLambda(intrinsics, context, this);
  }

  /** The policies of resource {@code logicalId}, in property order. */
  List<ExtractedPolicy> extract(String logicalId, JsonNode resource) {
    String type = resource.path("Type").asText();
    Source source = new Source(logicalId, resource.path("Properties"));
    List<ExtractedPolicy> result = new ArrayList<>();
    switch (type) {
      case "AWS::IAM::Role" -> {
        result.add(trustPolicy(source));
        result.addAll(inline(source, "RoleName", "AWS::IAM::Role"));
      }
      case "AWS::IAM::User" -> result.addAll(inline(source, "UserName", "AWS::IAM::User"));
      case "AWS::IAM::Group" -> result.addAll(inline(source, "GroupName", "AWS::IAM::Group"));
      case "AWS::SQS::QueuePolicy" -> result.addAll(perTarget(source, "Queues", "QueuePolicy"));
      case "AWS::SNS::TopicPolicy" -> result.addAll(perTarget(source, "Topics", "TopicPolicy"));
      case "AWS::Lambda::Permission" -> result.add(lambda.permission(source));
      case "AWS::Lambda::LayerVersionPermission" -> result.add(lambda.layerPermission(source));
      default -> {
        for (CfnTypes.Spec spec : CfnTypes.specs(type)) {
          single(source, spec).ifPresent(result::add);
        }
        if (type.startsWith("AWS::Serverless::")) {
          result.addAll(serverless(source));
        }
      }
    }
    return result;
  }

  /** A resource's logical id and its {@code Properties}. */
  record Source(String logicalId, JsonNode properties) {
    String path(String property) {
      return "/Resources/" + logicalId + "/Properties/" + property.replace('.', '/');
    }

    JsonNode property(String dotted) {
      JsonNode node = properties;
      for (String step : dotted.split("\\.", -1)) {
        node = node.path(step);
      }
      return node;
    }
  }

  private Optional<ExtractedPolicy> single(Source source, CfnTypes.Spec spec) {
    JsonNode raw = source.property(spec.property());
    if (raw.isMissingNode() && !spec.required()) {
      return Optional.empty();
    }
    String suffix =
        spec.suffixProperty().isEmpty()
            ? spec.suffix()
            : name(source, spec.suffixProperty(), source.logicalId());
    String resourceName =
        spec.nameProperty().isEmpty()
            ? source.logicalId()
            : name(source, spec.nameProperty(), source.logicalId());
    return content(raw, source.path(spec.property()))
        .map(
            c ->
                new ExtractedPolicy(
                    source.logicalId() + "." + suffix,
                    resourceName,
                    spec.policyType(),
                    AwsTypes.refine(spec.awsType(), resourceName),
                    c));
  }

  private ExtractedPolicy trustPolicy(Source source) {
    String path = source.path("AssumeRolePolicyDocument");
    PolicyContent content =
        content(source.property("AssumeRolePolicyDocument"), path).orElseGet(() -> missing(path));
    return new ExtractedPolicy(
        source.logicalId() + ".TrustPolicy",
        name(source, "RoleName", source.logicalId()),
        PolicyType.RESOURCE_POLICY,
        ResourceType.IAM_ASSUME_ROLE_POLICY_DOCUMENT.awsName(),
        content);
  }

  /** The {@code Policies} list of a role, user or group: one identity policy each. */
  private List<ExtractedPolicy> inline(Source source, String nameProperty, String awsType) {
    String principal = name(source, nameProperty, source.logicalId());
    List<ExtractedPolicy> result = new ArrayList<>();
    JsonNode policies =
        resolvedList(source, "Policies", result, awsType, PolicyType.IDENTITY_POLICY);
    for (int i = 0; i < policies.size(); i++) {
      JsonNode policy = policies.get(i);
      String at = source.path("Policies") + "/" + i;
      String policyName = name(policy.path("PolicyName"), at + "/PolicyName", "Policies." + i);
      content(policy.path("PolicyDocument"), at + "/PolicyDocument")
          .ifPresent(
              c ->
                  result.add(
                      new ExtractedPolicy(
                          source.logicalId() + "." + policyName,
                          principal,
                          PolicyType.IDENTITY_POLICY,
                          awsType,
                          c)));
    }
    return result;
  }

  /** A queue or topic policy: one policy per queue URL or topic ARN, as cfn-policy-validator. */
  private List<ExtractedPolicy> perTarget(Source source, String property, String suffix) {
    boolean queues = property.equals("Queues");
    String awsType = (queues ? ResourceType.SQS_QUEUE : ResourceType.SNS_TOPIC).awsName();
    List<ExtractedPolicy> result = new ArrayList<>();
    JsonNode targets = resolvedList(source, property, result, awsType, PolicyType.RESOURCE_POLICY);
    String path = source.path("PolicyDocument");
    PolicyContent content =
        content(source.property("PolicyDocument"), path).orElseGet(() -> missing(path));
    if (targets.isEmpty() && result.isEmpty()) {
      // AWS-DIVERGENCE: CloudFormation would reject the template; the policy is still checked.
      result.add(
          new ExtractedPolicy(
              source.logicalId() + "." + suffix,
              source.logicalId(),
              PolicyType.RESOURCE_POLICY,
              awsType,
              content));
    }
    for (JsonNode target : targets) {
      result.add(
          new ExtractedPolicy(
              source.logicalId() + "." + suffix,
              lastSegment(target.asText()),
              PolicyType.RESOURCE_POLICY,
              awsType,
              content));
    }
    return result;
  }

  /**
   * Property {@code property} resolved to a list; when it cannot be, records one unresolvable
   * policy named after it in {@code result} and returns an empty list.
   */
  private JsonNode resolvedList(
      Source source,
      String property,
      List<ExtractedPolicy> result,
      String awsType,
      PolicyType kind) {
    JsonNode raw = source.property(property);
    if (raw.isMissingNode()) {
      return MissingNode.getInstance();
    }
    try {
      return intrinsics.list(raw, source.path(property));
    } catch (UnresolvableException e) {
      result.add(
          new ExtractedPolicy(
              source.logicalId() + "." + property,
              source.logicalId(),
              kind,
              awsType,
              PolicyContent.unresolvable(e.getMessage())));
      return MissingNode.getInstance();
    }
  }

  /** SAM resources are expanded by the SAM transform at deployment, which is not evaluated here. */
  private List<ExtractedPolicy> serverless(Source source) {
    List<ExtractedPolicy> result = new ArrayList<>();
    for (String property : List.of("Policies", "Policy", "ResourcePolicy")) {
      if (source.properties().has(property)) {
        result.add(
            new ExtractedPolicy(
                source.logicalId() + "." + property,
                source.logicalId(),
                property.equals("Policies")
                    ? PolicyType.IDENTITY_POLICY
                    : PolicyType.RESOURCE_POLICY,
                "AWS::Serverless",
                PolicyContent.unresolvable(
                    "Cannot resolve "
                        + source.path(property)
                        + ": the SAM transform is not evaluated; check the template that"
                        + " `sam package` or the AWS::Serverless transform produces")));
      }
    }
    return result;
  }

  /**
   * The content of a policy-valued property: parsed, unresolvable, or empty when it resolves to
   * {@code AWS::NoValue}. A string value is a policy in JSON.
   */
  Optional<PolicyContent> content(JsonNode raw, String path) {
    if (raw.isMissingNode()) {
      return Optional.of(missing(path));
    }
    try {
      return intrinsics
          .resolve(raw, path)
          .map(doc -> PolicyContent.parse(doc.isTextual() ? doc.asText() : doc.toString()));
    } catch (UnresolvableException e) {
      return Optional.of(PolicyContent.unresolvable(e.getMessage()));
    }
  }

  /** Property {@code property} as a string, or {@code fallback} when absent or unresolvable. */
  String name(Source source, String property, String fallback) {
    return name(source.property(property), source.path(property), fallback);
  }

  private String name(JsonNode raw, String path, String fallback) {
    if (raw.isMissingNode()) {
      return fallback;
    }
    try {
      return intrinsics.string(raw, path);
    } catch (UnresolvableException e) {
      return fallback;
    }
  }

  /** The queue name of a queue URL, the topic name of a topic ARN. */
  private static String lastSegment(String urlOrArn) {
    return urlOrArn.substring(Math.max(urlOrArn.lastIndexOf('/'), urlOrArn.lastIndexOf(':')) + 1);
  }

  private static PolicyContent missing(String path) {
    return new PolicyContent.Invalid("Cannot read policy at " + path + ": the property is not set");
  }
}
