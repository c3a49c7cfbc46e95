package dev.oaa.reasoning.policy.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oaa.reasoning.policy.PolicyDocument;
import dev.oaa.reasoning.policy.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PolicyRoundTripPropertyTest {

  @Provide
  Arbitrary<PolicyDocument> documents() {
    return PolicyGenerators.documents();
  }

  @Property(tries = 500)
  void parsingTheWrittenJsonGivesTheSameDocument(@ForAll("documents") PolicyDocument doc) {
    assertThat(PolicyParser.parse(PolicyWriter.write(doc))).isEqualTo(doc);
    assertThat(PolicyParser.parse(PolicyWriter.writePretty(doc))).isEqualTo(doc);
  }

  @Property(tries = 500)
  void canonicalizingIsIdempotentAndKeepsTheHash(@ForAll("documents") PolicyDocument doc) {
    PolicyDocument canonical = CanonicalPolicy.canonicalize(doc);
    assertThat(CanonicalPolicy.canonicalize(canonical)).isEqualTo(canonical);
    assertThat(CanonicalPolicy.hash(canonical)).isEqualTo(CanonicalPolicy.hash(doc));
  }

  @Property(tries = 300)
  void reorderingAndRelabelingStatementsKeepsTheHash(
      @ForAll("documents") PolicyDocument doc, @ForAll long seed) {
    List<Statement> shuffled = new ArrayList<>();
    for (Statement s : doc.statements()) {
      List<dev.oaa.reasoning.policy.Condition> conditions = new ArrayList<>(s.conditions());
      Collections.shuffle(conditions, new Random(seed));
      shuffled.add(
          new Statement(
              s.sid() + "x", s.effect(), s.principal(), s.action(), s.resource(), conditions));
    }
    shuffled.add(shuffled.get(0)); // a repeated statement adds nothing
    Collections.shuffle(shuffled, new Random(seed));
    PolicyDocument relabeled = new PolicyDocument(doc.version(), "other-id", shuffled);
    assertThat(CanonicalPolicy.hash(relabeled)).isEqualTo(CanonicalPolicy.hash(doc));
  }
}
