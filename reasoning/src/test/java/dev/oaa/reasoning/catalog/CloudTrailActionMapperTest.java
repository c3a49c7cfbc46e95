package dev.oaa.reasoning.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oaa.reasoning.catalog.ActionMapping.Basis;
import dev.oaa.reasoning.catalog.ActionMapping.Known;
import dev.oaa.reasoning.catalog.ActionMapping.NoActionRequired;
import dev.oaa.reasoning.catalog.ActionMapping.NotInCatalog;
import dev.oaa.reasoning.catalog.ActionMapping.UnknownService;
import java.util.List;
import org.junit.jupiter.api.Test;

class CloudTrailActionMapperTest {
  private final CloudTrailActionMapper mapper = CloudTrailActionMapper.of(Fixtures.catalog());

  private ActionMapping map(String source, String name) {
    return mapper.map(source, name);
  }

  private static Known known(String service, Basis basis, String... actions) {
    return new Known(service, List.of(actions), List.of(), basis);
  }

  @Test
  void mapsEventsNamedAfterTheirActionInTheCatalogSpelling() {
    assertThat(map("s3.amazonaws.com", "GetObject"))
        .isEqualTo(known("s3", Basis.SAME_NAME, "s3:GetObject"));
    assertThat(map("s3.amazonaws.com", "PutBucketCors"))
        .isEqualTo(known("s3", Basis.SAME_NAME, "s3:PutBucketCORS"));
    assertThat(map("iam.amazonaws.com", "PassRole"))
        .isEqualTo(known("iam", Basis.SAME_NAME, "iam:PassRole"));
  }

  @Test
  void mapsS3RestNamesThroughTheExplicitTable() {
    assertThat(map("s3.amazonaws.com", "ListObjects"))
        .isEqualTo(known("s3", Basis.EXPLICIT_TABLE, "s3:ListBucket"));
    assertThat(map("s3.amazonaws.com", "ListObjectsV2"))
        .isEqualTo(known("s3", Basis.EXPLICIT_TABLE, "s3:ListBucket"));
    assertThat(map("s3.amazonaws.com", "ListObjectVersions"))
        .isEqualTo(known("s3", Basis.EXPLICIT_TABLE, "s3:ListBucketVersions"));
    assertThat(map("s3.amazonaws.com", "HeadBucket"))
        .isEqualTo(known("s3", Basis.EXPLICIT_TABLE, "s3:ListBucket"));
    assertThat(map("s3.amazonaws.com", "DeleteBucketCors"))
        .isEqualTo(known("s3", Basis.EXPLICIT_TABLE, "s3:PutBucketCORS"));
    assertThat(map("s3.amazonaws.com", "CopyObject"))
        .isEqualTo(known("s3", Basis.EXPLICIT_TABLE, "s3:GetObject", "s3:PutObject"));
  }

  @Test
  void prefersTheExplicitTableToTheCatalogOperations() {
    // The fixture's Operations list HeadObject -> GetObject, GetObjectVersion (the version is
    // needed only with a versionId); the table says what every HeadObject needs.
    assertThat(map("s3.amazonaws.com", "HeadObject"))
        .isEqualTo(known("s3", Basis.EXPLICIT_TABLE, "s3:GetObject"));
    assertThat(map("s3.amazonaws.com", "PutBucketReplication"))
        .isEqualTo(
            new Known(
                "s3",
                List.of("s3:PutReplicationConfiguration"),
                List.of("iam:PassRole"),
                Basis.EXPLICIT_TABLE));
  }

  @Test
  void usesTheCatalogOperationsForOtherNames() {
    assertThat(map("apigateway.amazonaws.com", "ExportApi"))
        .isEqualTo(known("apigateway", Basis.CATALOG_OPERATION, "apigateway:GET"));
  }

  @Test
  void addsCrossServiceActionsOfTheSameNamedOperationAsDependent() {
    assertThat(map("amplify.amazonaws.com", "CreateApp"))
        .isEqualTo(
            new Known(
                "amplify", List.of("amplify:CreateApp"), List.of("iam:PassRole"), Basis.SAME_NAME));
    assertThat(map("amplify.amazonaws.com", "CreateWebhook"))
        .isEqualTo(known("amplify", Basis.SAME_NAME, "amplify:CreateWebHook"));
  }

  @Test
  void stripsApiVersionSuffixes() {
    assertThat(map("lambda.amazonaws.com", "ListVersionsByFunction20150331"))
        .isEqualTo(known("lambda", Basis.SAME_NAME, "lambda:ListVersionsByFunction"));
    assertThat(map("lambda.amazonaws.com", "GetFunctionConfiguration20150331v2"))
        .isEqualTo(known("lambda", Basis.SAME_NAME, "lambda:GetFunctionConfiguration"));
    assertThat(map("lambda.amazonaws.com", "Invoke"))
        .isEqualTo(known("lambda", Basis.EXPLICIT_TABLE, "lambda:InvokeFunction"));
    assertThat(CloudTrailActionMapper.operationName("UpdateDistribution2016_11_25"))
        .isEqualTo("UpdateDistribution");
    assertThat(CloudTrailActionMapper.operationName("ListObjectsV2")).isEqualTo("ListObjectsV2");
    assertThat(CloudTrailActionMapper.operationName("20150331")).isEqualTo("20150331");
  }

  @Test
  void mapsApiGatewayManagementCallsToHttpVerbs() {
    assertThat(map("apigateway.amazonaws.com", "CreateRestApi"))
        .isEqualTo(known("apigateway", Basis.API_GATEWAY_VERB, "apigateway:POST"));
    assertThat(map("apigateway.amazonaws.com", "UpdateMethod"))
        .isEqualTo(known("apigateway", Basis.API_GATEWAY_VERB, "apigateway:PATCH"));
    assertThat(map("apigateway.amazonaws.com", "GetResource"))
        .isEqualTo(known("apigateway", Basis.API_GATEWAY_VERB, "apigateway:GET"));
    assertThat(map("apigateway.amazonaws.com", "ImportRestApi"))
        .isEqualTo(known("apigateway", Basis.EXPLICIT_TABLE, "apigateway:POST"));
    assertThat(map("apigateway.amazonaws.com", "CreatePortal"))
        .isEqualTo(known("apigateway", Basis.SAME_NAME, "apigateway:CreatePortal"));
    assertThat(map("apigateway.amazonaws.com", "Getaway"))
        .isEqualTo(new NotInCatalog("apigateway", List.of("apigateway:Getaway")));
  }

  @Test
  void mapsEventsThatNeedNoPermissionToNoAction() {
    assertThat(map("sts.amazonaws.com", "GetCallerIdentity"))
        .isInstanceOfSatisfying(
            NoActionRequired.class, m -> assertThat(m.reason()).startsWith("needs no permission"));
    assertThat(map("signin.amazonaws.com", "ConsoleLogin").actions()).isEmpty();
    assertThat(map("sts.amazonaws.com", "AssumeRole"))
        .isEqualTo(known("sts", Basis.SAME_NAME, "sts:AssumeRole"));
  }

  @Test
  void derivesTheServicePrefixFromTheEventSource() {
    assertThat(mapper.servicePrefix("monitoring.amazonaws.com")).isEqualTo("cloudwatch");
    assertThat(mapper.servicePrefix("Monitoring.AmazonAWS.com")).isEqualTo("cloudwatch");
    assertThat(mapper.servicePrefix("autoscaling.amazonaws.com")).isEqualTo("autoscaling");
    assertThat(mapper.servicePrefix("tagging.amazonaws.com")).isEqualTo("tag");
    assertThat(mapper.servicePrefix("lambda")).isEqualTo("lambda");
    assertThat(map("monitoring.amazonaws.com", "DescribeAlarms"))
        .isEqualTo(known("cloudwatch", Basis.SAME_NAME, "cloudwatch:DescribeAlarms"));
  }

  @Test
  void reportsDerivedActionsThatTheCatalogLacks() {
    assertThat(map("monitoring.amazonaws.com", "DescribeLogStreams"))
        .isEqualTo(new NotInCatalog("cloudwatch", List.of("cloudwatch:DescribeLogStreams")));
    // The table's action is right, but this small catalog does not have it.
    assertThat(map("s3.amazonaws.com", "ListParts"))
        .isEqualTo(new NotInCatalog("s3", List.of("s3:ListMultipartUploadParts")));
  }

  @Test
  void reportsUnknownServices() {
    assertThat(map("unknown.amazonaws.com", "something"))
        .isEqualTo(new UnknownService("unknown", List.of("unknown:something")));
    assertThat(map("cloudfront.amazonaws.com", "UpdateDistribution2016_11_25"))
        .isEqualTo(new UnknownService("cloudfront", List.of("cloudfront:UpdateDistribution")));
  }

  @Test
  void cachesResultsPerSourceAndName() {
    assertThat(map("s3.amazonaws.com", "ListObjects"))
        .isSameAs(map("s3.amazonaws.com", "ListObjects"));
  }
}
