package dev.oaa.jobs.notify.format;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.oaa.jobs.notify.change.Finding;
import dev.oaa.jobs.notify.change.FindingChange;
import dev.oaa.jobs.notify.change.FindingStatus;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A finding in the AWS Security Finding Format (ASFF, schema {@value #SCHEMA_VERSION}), as Security
 * Hub's {@code BatchImportFindings} takes it, modelled on the findings that IAM Access Analyzer
 * itself sends to Security Hub.
 *
 * <p>Mapping (finding column → ASFF):
 *
 * <ul>
 *   <li>{@code Id}: {@code oaa/<analyzer>/<id>}, stable, so a later import updates the same
 *       finding; {@code ProductArn} and {@code GeneratorId} ({@code oaa/<analyzer>}) from the
 *       settings and the analyzer; {@code AwsAccountId}: {@code resource_owner_account}.
 *   <li>{@code Types}, {@code Title}, {@code Description}: Access Analyzer's — public access is
 *       {@code Effects/Data Exposure/External Access Granted} and "allows public access",
 *       cross-account access {@code Software and Configuration Checks/AWS Security Best
 *       Practices/External Access Granted} and "allows cross-account access".
 *   <li>{@code Severity.Label}: {@code HIGH} for public access, {@code LOW} for cross-account
 *       access (Access Analyzer's own label for it), {@code MEDIUM} for an undecided analysis
 *       ({@code UNKNOWN}). Severity and Types are repeated in {@code FindingProviderFields}, which
 *       is where Security Hub takes a provider's updates from.
 *   <li>{@code CreatedAt}/{@code FirstObservedAt}: {@code created_at}; {@code UpdatedAt}: {@code
 *       updated_at}; {@code LastObservedAt}: {@code analyzed_at}.
 *   <li>{@code Resources}: one resource with the ASFF type ({@code AwsS3Bucket}, …, or {@code
 *       Other}), the ARN, its partition and region (the settings' region for global resources), and
 *       Access Analyzer's {@code Details.Other} keys: External Principal Type, External Principal,
 *       Action Granted, Condition.
 *   <li>{@code RecordState}: {@code ACTIVE} for ACTIVE and UNKNOWN, {@code ARCHIVED} for ARCHIVED
 *       and RESOLVED. {@code Workflow.Status}: {@code NEW}, {@code SUPPRESSED} (ARCHIVED) or {@code
 *       RESOLVED}; Security Hub takes it only when it creates the finding.
 *   <li>{@code ProductFields}: {@code oaa/FindingId}, {@code oaa/Analyzer}, {@code oaa/Status},
 *       {@code oaa/RunId}.
 * </ul>
 */
public final class AsffFinding {

  /** The only ASFF schema version. */
  public static final String SCHEMA_VERSION = "2018-10-08";

  /** The most findings one {@code BatchImportFindings} request may carry. */
  public static final int MAX_FINDINGS_PER_REQUEST = 100;

  /** The most one finding may weigh, in bytes of JSON. */
  public static final int MAX_FINDING_BYTES = 240 * 1024;

  static final String PUBLIC_TYPE = "Effects/Data Exposure/External Access Granted";
  static final String CROSS_ACCOUNT_TYPE =
      "Software and Configuration Checks/AWS Security Best Practices/External Access Granted";

  private static final int MAX_TITLE = 256;
  private static final int MAX_DESCRIPTION = 1024;
  private static final int MAX_DETAIL_VALUE = 1024;

  /** CloudFormation resource types and their ASFF names; anything else is {@code Other}. */
  private static final Map<String, String> RESOURCE_TYPES =
      Map.ofEntries(
          Map.entry("AWS::S3::Bucket", "AwsS3Bucket"),
          Map.entry("AWS::S3::AccessPoint", "AwsS3AccessPoint"),
          Map.entry("AWS::IAM::Role", "AwsIamRole"),
          // The contract's name for a role's trust policy.
          Map.entry("AWS::IAM::AssumeRolePolicyDocument", "AwsIamRole"),
          Map.entry("AWS::IAM::User", "AwsIamUser"),
          Map.entry("AWS::KMS::Key", "AwsKmsKey"),
          Map.entry("AWS::Lambda::Function", "AwsLambdaFunction"),
          Map.entry("AWS::Lambda::LayerVersion", "AwsLambdaLayerVersion"),
          Map.entry("AWS::SQS::Queue", "AwsSqsQueue"),
          Map.entry("AWS::SNS::Topic", "AwsSnsTopic"),
          Map.entry("AWS::SecretsManager::Secret", "AwsSecretsManagerSecret"),
          Map.entry("AWS::ECR::Repository", "AwsEcrRepository"),
          Map.entry("AWS::DynamoDB::Table", "AwsDynamoDbTable"),
          Map.entry("AWS::RDS::DBSnapshot", "AwsRdsDbSnapshot"),
          Map.entry("AWS::RDS::DBClusterSnapshot", "AwsRdsDbClusterSnapshot"));

  private AsffFinding() {}

  /**
   * Where findings are imported.
   *
   * @param productArn the Security Hub product ARN, such as {@code
   *     arn:aws:securityhub:us-east-1:111122223333:product/111122223333/default}
   * @param region the region of global resources (S3 buckets, IAM roles)
   */
  public record Settings(String productArn, String region) {
    /** Checks both are present. */
    public Settings {
      Objects.requireNonNull(productArn, "productArn");
      Objects.requireNonNull(region, "region");
    }
  }

  /** The ASFF document of the finding after {@code change}. */
  public static ObjectNode of(FindingChange change, Settings settings) {
    Finding f = change.finding();
    boolean unknown = f.status() == FindingStatus.UNKNOWN;
    String type = f.isPublic() && !unknown ? PUBLIC_TYPE : CROSS_ACCOUNT_TYPE;
    String severity = unknown ? "MEDIUM" : f.isPublic() ? "HIGH" : "LOW";
    String asffType = RESOURCE_TYPES.getOrDefault(f.resourceType(), "Other");

    ObjectNode asff = Json.object();
    asff.put("SchemaVersion", SCHEMA_VERSION);
    asff.put("Id", "oaa/" + f.analyzer() + "/" + f.id());
    asff.put("ProductArn", settings.productArn());
    asff.put("GeneratorId", "oaa/" + f.analyzer());
    asff.put("AwsAccountId", f.resourceOwnerAccount());
    asff.set("Types", Json.strings(List.of(type)));
    asff.put("CreatedAt", Json.time(f.createdAt()));
    asff.put("UpdatedAt", Json.time(f.updatedAt()));
    asff.put("FirstObservedAt", Json.time(f.createdAt()));
    asff.put("LastObservedAt", Json.time(f.analyzedAt()));
    asff.putObject("Severity").put("Label", severity);
    asff.put("Title", Json.truncate(title(f, asffType, unknown), MAX_TITLE));
    asff.put("Description", Json.truncate(description(f, unknown), MAX_DESCRIPTION));
    asff.putObject("Remediation")
        .putObject("Recommendation")
        .put(
            "Text",
            "If the access isn't intended, change or remove the policy that grants it."
                + " The next OAA run then marks the finding RESOLVED.");
    asff.set("Resources", resources(f, asffType, settings));
    ObjectNode provider = asff.putObject("FindingProviderFields");
    provider.putObject("Severity").put("Label", severity);
    provider.set("Types", Json.strings(List.of(type)));
    ObjectNode fields = asff.putObject("ProductFields");
    fields.put("oaa/FindingId", f.id());
    fields.put("oaa/Analyzer", f.analyzer());
    fields.put("oaa/Status", f.status().name());
    fields.put("oaa/RunId", f.runId());
    asff.put("RecordState", recordState(f.status()));
    asff.putObject("Workflow").put("Status", workflowStatus(f.status()));
    return asff;
  }

  private static String title(Finding f, String asffType, boolean unknown) {
    String subject = asffType + "/" + f.resource() + "/ ";
    if (unknown) {
      return subject + "access could not be decided";
    }
    return subject + (f.isPublic() ? "allows public access" : "allows cross-account access");
  }

  private static String description(Finding f, boolean unknown) {
    String subject = f.resourceType() + "/" + f.resource() + "/ ";
    if (unknown) {
      return subject
          + "could not be analyzed: the analysis could not decide which principals outside the"
          + " zone of trust its policy allows";
    }
    String principals = String.join(", ", f.principalText()).replace(':', ' ');
    return subject
        + (f.isPublic() ? "allows public access" : "allows cross-account access")
        + (principals.isEmpty() ? "" : " from " + principals);
  }

  private static ArrayNode resources(Finding f, String asffType, Settings settings) {
    ArrayNode resources = Json.MAPPER.createArrayNode();
    ObjectNode resource = resources.addObject();
    resource.put("Type", asffType);
    resource.put("Id", f.resource());
    resource.put("Partition", f.partition().isEmpty() ? "aws" : f.partition());
    resource.put("Region", f.region().isEmpty() ? settings.region() : f.region());
    ObjectNode other = resource.putObject("Details").putObject("Other");
    other.put(
        "External Principal Type", detailValue(String.join(",", f.principal().keySet()), "none"));
    other.put("External Principal", detailValue(String.join(",", f.principal().values()), "none"));
    other.put("Action Granted", detailValue(String.join(",", f.action()), "none"));
    StringBuilder condition = new StringBuilder();
    f.conditionText()
        .forEach(
            (key, values) -> {
              if (condition.length() > 0) {
                condition.append(',');
              }
              condition.append(key).append('=').append(values);
            });
    other.put("Condition", detailValue(condition.toString(), "none"));
    return resources;
  }

  private static String detailValue(String value, String ifEmpty) {
    return value.isEmpty() ? ifEmpty : Json.truncate(value, MAX_DETAIL_VALUE);
  }

  private static String recordState(FindingStatus status) {
    return switch (status) {
      case ACTIVE, UNKNOWN -> "ACTIVE";
      case ARCHIVED, RESOLVED -> "ARCHIVED";
    };
  }

  private static String workflowStatus(FindingStatus status) {
    return switch (status) {
      case ACTIVE, UNKNOWN -> "NEW";
      case ARCHIVED -> "SUPPRESSED";
      case RESOLVED -> "RESOLVED";
    };
  }
}
