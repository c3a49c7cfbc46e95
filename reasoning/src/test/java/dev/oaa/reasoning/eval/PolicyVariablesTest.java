package dev.oaa.reasoning.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oaa.reasoning.policy.PolicyVersion;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Policy variable substitution (IAM User Guide, "IAM policy elements: Variables and tags"). */
class PolicyVariablesTest {
  private static final RequestContext CONTEXT =
      RequestContext.empty()
          .with("aws:username", "alice")
          .with("aws:TagKeys", List.of("a", "b"))
          .with("aws:PrincipalTag/team", "d*v");

  private static Optional<String> resolve(String raw) {
    return PolicyVariables.resolve(raw, PolicyVersion.V2012_10_17, CONTEXT).map(Template::text);
  }

  @Test
  void substitutesKeysIgnoringTheirCase() {
    assertThat(resolve("home/${AWS:UserName}/*")).contains("home/alice/*");
  }

  @Test
  void usesTheDefaultOnlyWhenTheKeyIsMissing() {
    assertThat(resolve("${aws:username, 'x'}")).contains("alice");
    assertThat(resolve("${aws:userid, 'x'}")).contains("x");
    assertThat(resolve("${aws:userid,'it''s'}")).contains("it's");
  }

  @Test
  void treatsMissingMultivaluedAndMalformedVariablesAsUnresolvable() {
    assertThat(resolve("${aws:userid}")).isEmpty();
    assertThat(resolve("${aws:TagKeys}")).isEmpty();
    assertThat(resolve("${aws:username")).isEmpty();
    assertThat(resolve("${}")).isEmpty();
    assertThat(resolve("${aws:userid, x}")).isEmpty();
  }

  @Test
  void escapesAreLiteralCharacters() {
    Template t =
        PolicyVariables.resolve("a${*}b${?}${$}", PolicyVersion.V2012_10_17, CONTEXT).orElseThrow();

    assertThat(t.text()).isEqualTo("a*b?$");
    assertThat(t.globMatches("a*b?$", false)).isTrue();
    assertThat(t.globMatches("axxb?$", false)).isFalse();
  }

  @Test
  void substitutedValuesAreLiteralButThePolicyWildcardsStayWildcards() {
    Template t =
        PolicyVariables.resolve("${aws:PrincipalTag/team}/*", PolicyVersion.V2012_10_17, CONTEXT)
            .orElseThrow();

    assertThat(t.globMatches("d*v/anything", false)).isTrue();
    assertThat(t.globMatches("dev/anything", false)).isFalse();
  }

  @Test
  void olderVersionsKeepTheText() {
    assertThat(PolicyVariables.resolve("${aws:username}", PolicyVersion.V2008_10_17, CONTEXT))
        .map(Template::text)
        .contains("${aws:username}");
    assertThat(PolicyVariables.resolve("${aws:username}", PolicyVersion.ABSENT, CONTEXT))
        .map(Template::text)
        .contains("${aws:username}");
  }
}
