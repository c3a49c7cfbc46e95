package dev.oaa.reasoning.smt.partition;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oaa.reasoning.smt.partition.StringPattern.CharClass;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class PartitionTest {
  private static final StringPattern ANY = StringPattern.glob("*");

  @Test
  void splitsActionsIntoTheRegionsThePatternsDistinguish() {
    StringPattern action =
        StringPattern.oneOrMore(CharClass.NOT_COLON)
            .then(StringPattern.literal(":"))
            .then(StringPattern.oneOrMore(CharClass.NOT_COLON));
    Partition p =
        Partition.of(
            List.of(StringPattern.globIgnoringCase("s3:Get*"), StringPattern.glob("s3:*")), action);
    assertThat(p.regions())
        .extracting(r -> r.signature().toString(), Partition.Region::witness)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("{}", "a:a"),
            org.assertj.core.groups.Tuple.tuple("{1}", "s3:a"),
            org.assertj.core.groups.Tuple.tuple("{0, 1}", "s3:get"));
    assertThat(p.regionOf("s3:getobject", action)).isEqualTo(p.regionOf("s3:get", action));
    assertThat(p.regionOf("s3", action)).isEqualTo(-1);
  }

  @Test
  void accountShapedDomainsGiveTwelveDigitWitnesses() {
    StringPattern account = StringPattern.repeat(CharClass.DIGIT, 12);
    Partition p =
        Partition.of(
            List.of(StringPattern.literal("111122223333"), StringPattern.glob("1111*")), account);
    assertThat(p.regions())
        .extracting(Partition.Region::witness)
        .containsExactlyInAnyOrder("000000000000", "111100000000", "111122223333");
  }

  @Test
  void arnPatternsDoNotLetWildcardsCrossFields() {
    StringPattern arn = StringPattern.arnGlob("arn:aws:sns:*:111122223333:*");
    assertThat(arn.matches("arn:aws:sns:us-east-1:111122223333:topic")).isTrue();
    assertThat(arn.matches("arn:aws:sns:us-east-1:x:111122223333:topic")).isFalse();
    assertThat(arn.matches("arn:aws:sns::111122223333:a:b")).isTrue();
    assertThat(
            StringPattern.glob("arn:aws:sns:*:111122223333:*")
                .matches("arn:aws:sns:a:b:111122223333:c"))
        .isTrue();
  }

  @Provide
  Arbitrary<List<String>> globs() {
    return Arbitraries.strings()
        .withChars("ab:1*?")
        .ofMaxLength(5)
        .list()
        .ofMinSize(1)
        .ofMaxSize(4);
  }

  @Provide
  Arbitrary<List<String>> texts() {
    return Arbitraries.strings().withChars("ab:12c").ofMaxLength(7).list().ofSize(40);
  }

  /** Every string falls in exactly one region; every witness has its region's signature. */
  @Property(tries = 400)
  void thePartitionIsExact(
      @ForAll("globs") List<String> globs, @ForAll("texts") List<String> texts) {
    List<StringPattern> patterns = globs.stream().map(StringPattern::glob).toList();
    Partition p = Partition.of(patterns, ANY);
    Set<BitSet> signatures = new HashSet<>();
    for (Partition.Region r : p.regions()) {
      assertThat(signatures.add(r.signature())).as("distinct signatures").isTrue();
      for (int i = 0; i < patterns.size(); i++) {
        assertThat(patterns.get(i).matches(r.witness())).isEqualTo(r.matches(i));
      }
    }
    for (String text : texts) {
      int region = p.regionOf(text, ANY);
      assertThat(region).as(text).isGreaterThanOrEqualTo(0);
      for (int i = 0; i < patterns.size(); i++) {
        assertThat(p.regionsMatching(i).get(region))
            .as("%s against %s", text, globs.get(i))
            .isEqualTo(patterns.get(i).matches(text));
      }
    }
  }

  /** The automaton agrees with the plain glob matcher of the evaluator. */
  @Property(tries = 1000)
  void patternsMatchLikeIamGlobs(
      @ForAll("globs") List<String> globs, @ForAll("texts") List<String> texts) {
    for (String glob : globs) {
      for (String text : texts) {
        assertThat(StringPattern.glob(glob).matches(text))
            .as("%s ~ %s", glob, text)
            .isEqualTo(dev.oaa.reasoning.internal.Glob.matches(glob, text));
      }
    }
  }
}
