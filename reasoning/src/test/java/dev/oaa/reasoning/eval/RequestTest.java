package dev.oaa.reasoning.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The request model: principals read from ARNs, and the errors of malformed input. */
class RequestTest {

  @Test
  void readsAnAssumedRoleArnAsASessionOfItsRole() {
    RequestPrincipal p = RequestPrincipal.fromArn("arn:aws:sts::111122223333:assumed-role/app/s1");

    assertThat(p.type()).isEqualTo(PrincipalType.ROLE_SESSION);
    assertThat(p.issuerArn()).isEqualTo("arn:aws:iam::111122223333:role/app");
    assertThat(p.account()).isEqualTo("111122223333");
  }

  @Test
  void readsARoleArnAsAnUnnamedSession() {
    RequestPrincipal p = RequestPrincipal.fromArn("arn:aws:iam::111122223333:role/path/app");

    assertThat(p)
        .isEqualTo(RequestPrincipal.roleSession("arn:aws:iam::111122223333:role/path/app", ""));
    assertThat(p.arn()).isEmpty();
    assertThat(p.principalArn()).isEqualTo("arn:aws:iam::111122223333:role/path/app");
  }

  @Test
  void buildsTheSessionArnWithoutTheRolePath() {
    RequestPrincipal p =
        RequestPrincipal.roleSession("arn:aws:iam::111122223333:role/path/app", "s1");

    assertThat(p.arn()).isEqualTo("arn:aws:sts::111122223333:assumed-role/app/s1");
  }

  @Test
  void readsRootUserAndServiceArns() {
    assertThat(RequestPrincipal.fromArn("arn:aws:iam::111122223333:root"))
        .isEqualTo(RequestPrincipal.root("111122223333"));
    assertThat(RequestPrincipal.fromArn("lambda.amazonaws.com").type())
        .isEqualTo(PrincipalType.SERVICE);
  }

  @Test
  void rejectsAnUnknownPrincipal() {
    assertThatThrownBy(() -> RequestPrincipal.fromArn("alice"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Cannot read principal `alice`: expected a root, user, role, session ARN or service");
  }

  @Test
  void rejectsARoleSessionOfSomethingElse() {
    assertThatThrownBy(
            () -> RequestPrincipal.roleSession("arn:aws:iam::111122223333:user/alice", "s"))
        .hasMessage(
            "Cannot build a role session from `arn:aws:iam::111122223333:user/alice`: expected a"
                + " role ARN");
  }

  @Test
  void rejectsAnActionWithoutService() {
    assertThatThrownBy(
            () -> Request.of(RequestPrincipal.anonymous(), "GetObject", RequestResource.none()))
        .hasMessage("Cannot build a request for action `GetObject`: expected `<service>:<action>`");
  }

  @Test
  void rejectsAnEmptyResource() {
    assertThatThrownBy(() -> RequestResource.of("", "111122223333"))
        .hasMessage("Cannot build a request resource from ``: expected an ARN or `*`");
  }

  @Test
  void contextKeysIgnoreCaseAndEmptyValuesAreAbsent() {
    RequestContext context =
        RequestContext.empty()
            .with("aws:SourceIp", "10.0.0.1")
            .with("aws:TagKeys", java.util.List.of());

    assertThat(context.values("AWS:SOURCEIP")).contains(java.util.List.of("10.0.0.1"));
    assertThat(context.values("aws:TagKeys")).isEmpty();
  }

  @Test
  void sameAccountFollowsTheResourceOwner() {
    RequestPrincipal alice = RequestPrincipal.iamUser("arn:aws:iam::111122223333:user/alice");

    assertThat(Request.of(alice, "s3:ListAllMyBuckets", RequestResource.none()).isSameAccount())
        .isTrue();
    assertThat(
            Request.of(
                    alice, "s3:GetObject", RequestResource.of("arn:aws:s3:::b/k", "444455556666"))
                .isSameAccount())
        .isFalse();
    assertThat(
            Request.of(RequestPrincipal.anonymous(), "s3:GetObject", RequestResource.none())
                .isSameAccount())
        .isFalse();
  }
}
