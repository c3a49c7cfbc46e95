package dev.oaa.jobs.cli.iac;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code Ref} and {@code Fn::GetAtt} of the template's own resources: a plausible name, id or ARN
 * in the stack's account, region and partition, as cfn-policy-validator builds them. A resource's
 * name is its name property when set (such as {@code BucketName}), else its logical id; ARNs follow
 * each service's format, so that policies compare resources as they will once deployed.
 *
 * <p>Templates use tokens: {@code {partition}}, {@code {region}}, {@code {account}}, {@code
 * {urlsuffix}}, {@code {name}}, {@code {lower}} (the name in lower case, for services that require
 * it), {@code {path}} (an IAM path, {@code /} by default), {@code {url}} (the name without {@code
 * https://}) and {@code {property:X}} (property {@code X} of the resource, resolved).
 */
final class ResourceRefs {
  /**
   * How a resource type answers {@code Ref} and {@code Fn::GetAtt}.
   *
   * @param nameProperty the property that names the resource, or the empty string
   * @param ref the template of its {@code Ref} value
   * @param attributes the templates of its attributes
   */
  private record Shape(String nameProperty, String ref, Map<String, String> attributes) {}

  private static final Pattern TOKEN = Pattern.compile("\\{([a-z]+)(?::([A-Za-z0-9]+))?}");
  private static final Map<String, Shape> SHAPES = new HashMap<>();

  static {
    String bucket = "arn:{partition}:s3:::{lower}";
    shape("AWS::S3::Bucket", "BucketName", "{lower}", Map.of("Arn", bucket));
    shape(
        "AWS::S3::AccessPoint",
        "Name",
        "{lower}",
        Map.of("Arn", regional("s3", "accesspoint/{lower}"), "Name", "{lower}"));
    shape(
        "AWS::S3Express::DirectoryBucket",
        "BucketName",
        "{lower}",
        Map.of("Arn", regional("s3express", "bucket/{lower}")));
    String tableBucket = regional("s3tables", "bucket/{lower}");
    shape(
        "AWS::S3Tables::TableBucket",
        "TableBucketName",
        tableBucket,
        Map.of("TableBucketARN", tableBucket));
    String queueUrl = "https://sqs.{region}.{urlsuffix}/{account}/{name}";
    shape(
        "AWS::SQS::Queue",
        "QueueName",
        queueUrl,
        Map.of("Arn", regional("sqs", "{name}"), "QueueName", "{name}", "QueueUrl", queueUrl));
    String topic = regional("sns", "{name}");
    shape("AWS::SNS::Topic", "TopicName", topic, Map.of("TopicArn", topic, "TopicName", "{name}"));
    shape(
        "AWS::KMS::Key",
        "",
        "{name}",
        Map.of("Arn", regional("kms", "key/{name}"), "KeyId", "{name}"));
    shape(
        "AWS::KMS::ReplicaKey",
        "",
        "{name}",
        Map.of("Arn", regional("kms", "key/{name}"), "KeyId", "{name}"));
    shape("AWS::KMS::Alias", "AliasName", "{name}", Map.of());
    iam("AWS::IAM::Role", "RoleName", "role", Map.of("RoleId", "AROA{name}"));
    iam("AWS::IAM::User", "UserName", "user", Map.of());
    iam("AWS::IAM::Group", "GroupName", "group", Map.of("GroupId", "AGPA{name}"));
    iam("AWS::IAM::InstanceProfile", "InstanceProfileName", "instance-profile", Map.of());
    String policy = "arn:{partition}:iam::{account}:policy{path}{name}";
    shape("AWS::IAM::ManagedPolicy", "ManagedPolicyName", policy, Map.of("PolicyArn", policy));
    String oidc = "arn:{partition}:iam::{account}:oidc-provider/{url}";
    shape("AWS::IAM::OIDCProvider", "Url", oidc, Map.of("Arn", oidc));
    String saml = "arn:{partition}:iam::{account}:saml-provider/{name}";
    shape("AWS::IAM::SAMLProvider", "Name", saml, Map.of("Arn", saml));
    shape(
        "AWS::Lambda::Function",
        "FunctionName",
        "{name}",
        Map.of("Arn", regional("lambda", "function:{name}")));
    String layer = regional("lambda", "layer:{name}:1");
    shape("AWS::Lambda::LayerVersion", "LayerName", layer, Map.of("LayerVersionArn", layer));
    String table = regional("dynamodb", "table/{name}");
    shape(
        "AWS::DynamoDB::Table",
        "TableName",
        "{name}",
        Map.of("Arn", table, "StreamArn", table + "/stream/1970-01-01T00:00:00.000"));
    shape(
        "AWS::Kinesis::Stream",
        "Name",
        "{name}",
        Map.of("Arn", regional("kinesis", "stream/{name}")));
    String consumer = "{property:StreamARN}/consumer/{name}:1";
    shape(
        "AWS::Kinesis::StreamConsumer",
        "ConsumerName",
        consumer,
        Map.of("ConsumerARN", consumer, "ConsumerName", "{name}"));
    String secret = regional("secretsmanager", "secret:{name}-AbCdEf");
    shape("AWS::SecretsManager::Secret", "Name", secret, Map.of("Id", secret));
    shape(
        "AWS::ECR::Repository",
        "RepositoryName",
        "{lower}",
        Map.of("Arn", regional("ecr", "repository/{lower}")));
    shape(
        "AWS::Logs::LogGroup",
        "LogGroupName",
        "{name}",
        Map.of("Arn", regional("logs", "log-group:{name}:*")));
    shape(
        "AWS::Events::EventBus",
        "Name",
        "{name}",
        Map.of("Arn", regional("events", "event-bus/{name}"), "Name", "{name}"));
    shape("AWS::Events::Rule", "Name", "{name}", Map.of("Arn", regional("events", "rule/{name}")));
    String machine = regional("states", "stateMachine:{name}");
    shape(
        "AWS::StepFunctions::StateMachine",
        "StateMachineName",
        machine,
        Map.of("Arn", machine, "Name", "{name}"));
    String vault = regional("backup", "backup-vault:{name}");
    shape(
        "AWS::Backup::BackupVault",
        "BackupVaultName",
        "{name}",
        Map.of("BackupVaultArn", vault, "BackupVaultName", "{name}"));
    String domain = regional("codeartifact", "domain/{lower}");
    shape(
        "AWS::CodeArtifact::Domain",
        "DomainName",
        domain,
        Map.of("Arn", domain, "Name", "{lower}"));
    String repository = regional("codeartifact", "repository/{property:DomainName}/{name}");
    shape(
        "AWS::CodeArtifact::Repository",
        "RepositoryName",
        repository,
        Map.of("Arn", repository, "Name", "{name}"));
    String search = regional("es", "domain/{lower}");
    shape(
        "AWS::OpenSearchService::Domain",
        "DomainName",
        "{lower}",
        Map.of("Arn", search, "DomainArn", search));
    shape(
        "AWS::Elasticsearch::Domain",
        "DomainName",
        "{lower}",
        Map.of("Arn", search, "DomainArn", search));
    String fileSystem = "fs-{lower}";
    shape(
        "AWS::EFS::FileSystem",
        "",
        fileSystem,
        Map.of(
            "Arn",
            regional("elasticfilesystem", "file-system/" + fileSystem),
            "FileSystemId",
            fileSystem));
    shape(
        "AWS::ApiGateway::RestApi",
        "",
        "{lower}",
        Map.of("RestApiId", "{lower}", "RootResourceId", "{lower}root"));
    shape("AWS::EC2::VPC", "", "vpc-{lower}", Map.of("VpcId", "vpc-{lower}"));
    shape("AWS::EC2::VPCEndpoint", "", "vpce-{lower}", Map.of("Id", "vpce-{lower}"));
    shape("AWS::SSM::Parameter", "Name", "{name}", Map.of());
    String trail = regional("cloudtrail", "trail/{name}");
    shape("AWS::CloudTrail::Trail", "TrailName", "{name}", Map.of("Arn", trail));
    String store = regional("cloudtrail", "eventdatastore/{lower}");
    shape("AWS::CloudTrail::EventDataStore", "", store, Map.of("EventDataStoreArn", store));
    String dashboard = regional("cloudtrail", "dashboard/{name}");
    shape("AWS::CloudTrail::Dashboard", "Name", dashboard, Map.of("DashboardArn", dashboard));
    shape(
        "AWS::Cognito::UserPool",
        "",
        "{region}_{name}",
        Map.of("Arn", regional("cognito-idp", "userpool/{region}_{name}")));
    shape("AWS::Cognito::IdentityPool", "", "{region}:{lower}", Map.of("Name", "{name}"));
  }

  private final Template template;
  private final StackContext context;
  private final Intrinsics intrinsics;
  private final Set<String> resolving = new HashSet<>();

  ResourceRefs(Template template, StackContext context, Intrinsics intrinsics) {
    this.template = template;
    this.context = context;
    this.intrinsics = intrinsics;
  }

  /** The resource types whose {@code Ref} and {@code Fn::GetAtt} this class evaluates. */
  static Set<String> types() {
    return Set.copyOf(SHAPES.keySet());
  }

  /** The value of {@code Ref logicalId}. */
  String ref(String logicalId, String path) {
    return expand(logicalId, shape(logicalId, "`Ref` to `" + logicalId + "`", path).ref(), path);
  }

  /** The value of {@code Fn::GetAtt [logicalId, attribute]}. */
  String attribute(String logicalId, String attribute, String path) {
    String what = "`Fn::GetAtt` " + logicalId + "." + attribute;
    String pattern = shape(logicalId, what, path).attributes().get(attribute);
    if (pattern == null) {
      String type = template.resource(logicalId).path("Type").asText();
      throw new UnresolvableException(what, path, "attribute of `" + type + "` is not supported");
    }
    return expand(logicalId, pattern, path);
  }

  private Shape shape(String logicalId, String what, String path) {
    JsonNode resource = template.resource(logicalId);
    if (resource.isMissingNode()) {
      throw new UnresolvableException(what, path, "the template has no such resource");
    }
    Shape shape = SHAPES.get(resource.path("Type").asText());
    if (shape == null) {
      throw new UnresolvableException(
          what, path, "resource type `" + resource.path("Type").asText() + "` is not supported");
    }
    return shape;
  }

  private String expand(String logicalId, String pattern, String path) {
    if (!resolving.add(logicalId)) {
      throw new UnresolvableException(
          "the name of `" + logicalId + "`", path, "it depends on itself");
    }
    try {
      Matcher m = TOKEN.matcher(pattern);
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        m.appendReplacement(out, Matcher.quoteReplacement(token(logicalId, m, path)));
      }
      m.appendTail(out);
      return out.toString();
    } finally {
      resolving.remove(logicalId);
    }
  }

  private String token(String logicalId, Matcher token, String path) {
    return switch (token.group(1)) {
      case "partition" -> context.partition();
      case "region" -> context.region();
      case "account" -> context.accountId();
      case "urlsuffix" -> context.urlSuffix();
      case "name" -> name(logicalId);
      case "lower" -> name(logicalId).toLowerCase(Locale.ROOT);
      case "url" -> name(logicalId).replaceFirst("^https://", "");
      case "path" -> property(logicalId, "Path", "/");
      case "property" -> property(logicalId, token.group(2), null);
      default ->
          throw new IllegalStateException("Unknown token in " + token.group() + " at " + path);
    };
  }

  private String name(String logicalId) {
    String property = SHAPES.get(template.resource(logicalId).path("Type").asText()).nameProperty();
    return property.isEmpty() ? logicalId : property(logicalId, property, logicalId);
  }

  /** Property {@code name} of the resource, resolved; {@code fallback} when absent (null: fail). */
  private String property(String logicalId, String name, String fallback) {
    String path = "/Resources/" + logicalId + "/Properties/" + name;
    JsonNode value = template.resource(logicalId).path("Properties").path(name);
    if (value.isMissingNode()) {
      if (fallback == null) {
        throw new UnresolvableException("`" + name + "`", path, "the property is not set");
      }
      return fallback;
    }
    return intrinsics.string(value, path);
  }

  private static void shape(
      String type, String nameProperty, String ref, Map<String, String> attributes) {
    SHAPES.put(type, new Shape(nameProperty, ref, attributes));
  }

  private static void iam(String type, String nameProperty, String kind, Map<String, String> more) {
    Map<String, String> attributes = new HashMap<>(more);
    attributes.put("Arn", "arn:{partition}:iam::{account}:" + kind + "{path}{name}");
    shape(type, nameProperty, "{name}", attributes);
  }

  private static String regional(String service, String resource) {
    return "arn:{partition}:" + service + ":{region}:{account}:" + resource;
  }
}
