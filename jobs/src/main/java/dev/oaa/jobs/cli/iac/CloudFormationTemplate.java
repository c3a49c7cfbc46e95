package dev.oaa.jobs.cli.iac;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Extracts the IAM policies of a CloudFormation template, JSON or YAML (short-form tags such as
 * {@code !Ref}, {@code !Sub} and {@code !GetAtt} included).
 *
 * <p>Policies are read from the resource types of {@code CfnTypes} (bucket, queue, topic, key,
 * secret, repository, API, vault, domain, table, stream, file system… policies, managed and inline
 * IAM policies, permission sets) and from {@code AWS::IAM::Role} (the trust policy, {@code
 * Logical.TrustPolicy}, and each {@code Policies} entry, {@code Logical.PolicyName}), {@code
 * AWS::IAM::User}, {@code AWS::IAM::Group}, {@code AWS::SQS::QueuePolicy} and {@code
 * AWS::SNS::TopicPolicy} (one policy per queue or topic), {@code AWS::Lambda::Permission} and
 * {@code AWS::Lambda::LayerVersionPermission} (the statement Lambda adds). Policy names are the
 * logical id and the policy name ({@code MyBucketPolicy.BucketPolicy}); resource names are the
 * resolved name property (bucket, queue, role… name or ARN), else the logical id.
 *
 * <p>Intrinsic functions are evaluated by {@link Intrinsics}. A policy with a value known only at
 * deployment is reported as {@link PolicyContent.Unresolvable} with the function and its path,
 * never dropped; a resource whose {@code Condition} is false is not created and yields nothing. SAM
 * resources ({@code AWS::Serverless::*}) with policies are reported as unresolvable, since the SAM
 * transform is not evaluated.
 */
public final class CloudFormationTemplate {
  private CloudFormationTemplate() {}

  /**
   * The policies of a template, in resource order, with {@link StackContext#defaults()}.
   *
   * @param text the template
   * @param fileName its name: {@code .json} files are read as JSON, others as YAML
   * @throws dev.oaa.reasoning.errors.AccessAnalyzerException when the text is not a template
   */
  public static List<ExtractedPolicy> extract(String text, String fileName) {
    return extract(text, fileName, StackContext.defaults());
  }

  /**
   * The policies of a template deployed with {@code context}.
   *
   * @throws dev.oaa.reasoning.errors.AccessAnalyzerException when the text is not a template
   */
  public static List<ExtractedPolicy> extract(String text, String fileName, StackContext context) {
    Template template = new Template(TemplateReader.read(text, fileName), fileName);
    Intrinsics intrinsics = new Intrinsics(template, context);
    CfnPolicies policies = new CfnPolicies(intrinsics, context);
    List<ExtractedPolicy> result = new ArrayList<>();
    for (Map.Entry<String, JsonNode> resource : template.resources()) {
      if (intrinsics.mayExist(resource.getKey())) {
        result.addAll(policies.extract(resource.getKey(), resource.getValue()));
      }
    }
    return List.copyOf(result);
  }
}
