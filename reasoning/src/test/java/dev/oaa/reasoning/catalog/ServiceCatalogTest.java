package dev.oaa.reasoning.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oaa.reasoning.policy.ActionClause;
import dev.oaa.reasoning.policy.ActionPattern;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceCatalogTest {
  private final ServiceCatalog catalog = Fixtures.catalog();

  private List<String> expand(String... patterns) {
    return names(catalog.expand(ActionPattern.listOf(patterns)));
  }

  private static List<String> names(List<ActionDefinition> actions) {
    return actions.stream().map(ActionDefinition::qualifiedName).toList();
  }

  @Test
  void expandsAPrefixWildcardWithinItsServiceInCatalogSpelling() {
    assertThat(expand("s3:Get*"))
        .containsExactly(
            "s3:GetBucketCORS",
            "s3:GetBucketPolicy",
            "s3:GetEncryptionConfiguration",
            "s3:GetObject",
            "s3:GetObjectTagging",
            "s3:GetObjectVersion");
  }

  @Test
  void ignoresCaseOfPatternsAndReturnsCanonicalSpelling() {
    assertThat(expand("S3:getbucketcors")).containsExactly("s3:GetBucketCORS");
    assertThat(expand("IAM:passrole")).containsExactly("iam:PassRole");
  }

  @Test
  void expandsQuestionMarkAsExactlyOneCharacter() {
    assertThat(expand("iam:?assRole")).containsExactly("iam:PassRole");
    assertThat(expand("s3:GetObjec?")).containsExactly("s3:GetObject");
    assertThat(expand("s3:GetObject?")).isEmpty();
  }

  @Test
  void expandsWildcardsInTheMiddleAndInTheServicePart() {
    assertThat(expand("s3:*Object*Tagging"))
        .containsExactly("s3:GetObjectTagging", "s3:PutObjectTagging");
    assertThat(expand("s3*:GetObject")).containsExactly("s3:GetObject", "s3-outposts:GetObject");
    assertThat(expand("*:PutObject")).containsExactly("s3:PutObject", "s3-outposts:PutObject");
  }

  @Test
  void expandsStarAndServiceStarToEveryAction() {
    assertThat(catalog.expand(ActionPattern.of("*"))).isEqualTo(catalog.actions());
    assertThat(catalog.actions()).hasSize(41);
    assertThat(expand("sts:*")).containsExactly("sts:AssumeRole", "sts:GetCallerIdentity");
  }

  @Test
  void expandsUnknownServicesAndActionsToNothing() {
    assertThat(expand("ec2:*")).isEmpty();
    assertThat(expand("s3:NoSuchAction")).isEmpty();
    assertThat(expand("s3:")).isEmpty();
  }

  @Test
  void expandsSeveralPatternsToTheirUnionInCatalogOrder() {
    assertThat(expand("sts:GetCallerIdentity", "iam:Get*", "sts:*"))
        .containsExactly("iam:GetRole", "sts:AssumeRole", "sts:GetCallerIdentity");
  }

  @Test
  void expandsNotActionToEveryActionMatchedByNoPattern() {
    List<String> rest =
        names(catalog.expandNot(ActionPattern.listOf("s3:*", "s3-outposts:*", "iam:*", "*:*e*")));
    assertThat(rest).containsExactly("apigateway:PATCH", "apigateway:POST", "apigateway:PUT");
  }

  @Test
  void expandsAnActionClauseByItsKind() {
    ActionClause notActions = new ActionClause.NotActions(ActionPattern.listOf("*:*"));
    assertThat(catalog.expand(notActions)).isEmpty();
    assertThat(names(catalog.expand(ActionClause.of("lambda:Invoke*"))))
        .containsExactly("lambda:InvokeFunction");
  }

  @Test
  void answersServicesAndActions() {
    assertThat(catalog.isKnownService("S3")).isTrue();
    assertThat(catalog.isKnownService("ec2")).isFalse();
    assertThat(catalog.servicePrefixes()).startsWith("amplify", "apigateway").hasSize(9);
    assertThat(names(catalog.actions("lambda")))
        .containsExactly(
            "lambda:GetFunctionConfiguration",
            "lambda:InvokeFunction",
            "lambda:ListVersionsByFunction",
            "lambda:UpdateFunctionConfiguration");
    assertThat(catalog.actions("ec2")).isEmpty();
    assertThat(catalog.action("S3:GETOBJECT")).map(ActionDefinition::name).hasValue("GetObject");
    assertThat(catalog.action("s3")).isEmpty();
    assertThat(catalog.service("s3")).map(ServiceDefinition::version).hasValue("v1.4");
    assertThat(catalog.service("sts")).map(ServiceDefinition::version).hasValue("");
  }

  @Test
  void derivesAccessLevelsFromTheAnnotations() {
    assertThat(catalog.accessLevel("s3:ListBucket")).hasValue(AccessLevel.LIST);
    assertThat(catalog.accessLevel("s3:GetObject")).hasValue(AccessLevel.READ);
    assertThat(catalog.accessLevel("iam:PassRole")).hasValue(AccessLevel.WRITE);
    // IsWrite is set too: the more specific flags win.
    assertThat(catalog.accessLevel("iam:PutRolePolicy"))
        .hasValue(AccessLevel.PERMISSIONS_MANAGEMENT);
    assertThat(catalog.accessLevel("iam:TagRole")).hasValue(AccessLevel.TAGGING);
    assertThat(catalog.accessLevel("iam:NoSuchAction")).isEmpty();
    assertThat(AccessLevel.PERMISSIONS_MANAGEMENT.label()).isEqualTo("Permissions management");
  }

  @Test
  void givesResourceTypesWithTheirArnFormats() {
    assertThat(catalog.resourceTypes("s3:GetObject"))
        .extracting(ResourceTypeDefinition::name, ResourceTypeDefinition::arnFormats)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "object", List.of("arn:${Partition}:s3:::${BucketName}/${ObjectName}")));
    assertThat(catalog.resourceTypes("s3:ListAllMyBuckets")).isEmpty();
    assertThat(catalog.resourceTypes("s3:NoSuchAction")).isEmpty();
  }

  @Test
  void givesTheConditionKeysOfAnActionAndOfItsResourceTypes() {
    assertThat(catalog.conditionKeys("s3:ListBucket"))
        .extracting(ConditionKeyDefinition::name, ConditionKeyDefinition::type)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("s3:prefix", ConditionKeyType.STRING),
            org.assertj.core.groups.Tuple.tuple("s3:max-keys", ConditionKeyType.NUMERIC),
            org.assertj.core.groups.Tuple.tuple(
                "aws:ResourceTag/${TagKey}", ConditionKeyType.STRING));
    assertThat(catalog.serviceConditionKeys("lambda"))
        .containsExactly(
            new ConditionKeyDefinition("lambda:Layer", ConditionKeyType.ARRAY_OF_STRING));
    assertThat(catalog.conditionKeys("s3:NoSuchAction")).isEmpty();
  }

  @Test
  void typesConcreteConditionKeysThroughTemplatesIgnoringCase() {
    assertThat(catalog.conditionKeyType("aws:RequestTag/Team")).hasValue(ConditionKeyType.STRING);
    assertThat(catalog.conditionKeyType("S3:ExistingObjectTag/classification"))
        .hasValue(ConditionKeyType.STRING);
    assertThat(catalog.conditionKeyType("token.actions.githubusercontent.com/org/repo:sub"))
        .hasValue(ConditionKeyType.STRING);
    assertThat(catalog.conditionKeyType("iam:passedtoservice")).hasValue(ConditionKeyType.STRING);
    assertThat(catalog.conditionKeyType("iam:PermissionsBoundary")).hasValue(ConditionKeyType.ARN);
    // A placeholder stands for at least one character.
    assertThat(catalog.conditionKeyType("s3:ExistingObjectTag/")).isEmpty();
    assertThat(catalog.conditionKeyType("s3:NoSuchKey")).isEmpty();
  }

  @Test
  void typesGlobalConditionKeysThatNoServiceFileLists() {
    assertThat(catalog.conditionKeyType("aws:SourceIp")).hasValue(ConditionKeyType.IP_ADDRESS);
    assertThat(catalog.conditionKeyType("aws:CurrentTime")).hasValue(ConditionKeyType.DATE);
    assertThat(catalog.conditionKeyType("aws:MultiFactorAuthPresent"))
        .hasValue(ConditionKeyType.BOOL);
    assertThat(catalog.conditionKeyType("aws:PrincipalArn")).hasValue(ConditionKeyType.ARN);
    assertThat(catalog.conditionKeyType("aws:MultiFactorAuthAge"))
        .hasValue(ConditionKeyType.NUMERIC);
    assertThat(catalog.conditionKeyType("aws:PrincipalTag/Department"))
        .hasValue(ConditionKeyType.STRING);
    assertThat(catalog.conditionKeyType("aws:TagKeys")).hasValue(ConditionKeyType.ARRAY_OF_STRING);
  }

  @Test
  void findsOperationsIgnoringCase() {
    assertThat(catalog.operation("S3", "headobject"))
        .map(OperationDefinition::authorizedActions)
        .hasValue(List.of("s3:GetObject", "s3:GetObjectVersion"));
    assertThat(catalog.operation("s3", "NoSuchOperation")).isEmpty();
    assertThat(catalog.operation("ec2", "RunInstances")).isEmpty();
  }

  @Test
  void conditionKeyTypesKnowArraysAndTheirElements() {
    assertThat(ConditionKeyType.ARRAY_OF_ARN.isArray()).isTrue();
    assertThat(ConditionKeyType.ARRAY_OF_ARN.elementType()).isEqualTo(ConditionKeyType.ARN);
    assertThat(ConditionKeyType.IP_ADDRESS.isArray()).isFalse();
    assertThat(ConditionKeyType.IP_ADDRESS.elementType()).isEqualTo(ConditionKeyType.IP_ADDRESS);
    assertThat(ConditionKeyType.fromJsonName("arrayofstring"))
        .hasValue(ConditionKeyType.ARRAY_OF_STRING);
    assertThat(ConditionKeyType.fromJsonName("Long")).isEmpty();
  }

  @Test
  void rejectsTwoServicesWithTheSamePrefix() {
    ServiceDefinition s3 = catalog.service("s3").orElseThrow();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ServiceCatalog.of(List.of(s3, s3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Duplicate service prefix `s3`");
  }
}
