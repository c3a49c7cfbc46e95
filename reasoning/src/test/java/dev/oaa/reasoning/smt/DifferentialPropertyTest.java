package dev.oaa.reasoning.smt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oaa.reasoning.analysis.EvaluatorReplay;
import dev.oaa.reasoning.eval.PolicyAlone;
import dev.oaa.reasoning.eval.PolicyKind;
import dev.oaa.reasoning.policy.Condition;
import dev.oaa.reasoning.policy.PolicyDocument;
import dev.oaa.reasoning.policy.json.PolicyWriter;
import dev.oaa.reasoning.smt.z3.Z3Solver;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * The SMT engine and the concrete evaluator answer the same question about each concrete request:
 * does this policy, on its own, allow it? The SMT side conjoins the policy's formula with a term
 * that pins the request; both answers must be equal, for identity and resource attachments.
 */
class DifferentialPropertyTest {
  private static final Solver SOLVER = new RefiningSolver(new Z3Solver());

  @AfterContainer
  static void closeSolver() {
    SOLVER.close();
  }

  @Provide
  Arbitrary<PolicyDocument> policies() {
    return DifferentialGenerators.policies();
  }

  @Provide
  Arbitrary<List<ConcreteRequest>> requests() {
    return DifferentialGenerators.requests().list().ofSize(8);
  }

  @Property(tries = 600)
  void smtAndEvaluatorAgreeOnEveryRequest(
      @ForAll("policies") PolicyDocument policy,
      @ForAll("requests") List<ConcreteRequest> requests) {
    compare(policy, requests, false);
  }

  /** The same comparison through atomic dimensions and refinement (realized strings, lemmas). */
  @Property(tries = 250)
  void refinementOverAtomicDimensionsAgreesWithTheEvaluator(
      @ForAll("policies") PolicyDocument policy,
      @ForAll("requests") List<ConcreteRequest> requests) {
    compare(policy, requests, true);
  }

  private static void compare(
      PolicyDocument policy, List<ConcreteRequest> requests, boolean atomic) {
    for (Attachment attachment : Attachment.values()) {
      Term allows = PolicyCompiler.allows(policy, attachment);
      for (ConcreteRequest request : requests) {
        Term pinned = Terms.and(allows, RequestPinning.pin(request, keysOf(policy)));
        RequestSpace space =
            atomic
                ? RequestSpace.allAtomic(List.of(pinned), RequestSpace.ARN_SHAPE)
                : RequestSpace.of(List.of(pinned), RequestSpace.ARN_SHAPE);
        Outcome outcome = SOLVER.check(space.resolve(pinned), space, Duration.ofSeconds(10));
        if (outcome instanceof Outcome.Sat sat) {
          // The model's request, read back as strings, is one the evaluator allows too.
          ConcreteRequest witness = new WitnessBuilder(space, a -> a).build(sat.model());
          PolicyKind witnessKind =
              attachment == Attachment.IDENTITY ? PolicyKind.IDENTITY : PolicyKind.RESOURCE;
          assertThat(PolicyAlone.allows(EvaluatorReplay.toRequest(witness), policy, witnessKind))
              .as("witness %s of %s policy %s", witness, attachment, PolicyWriter.write(policy))
              .isTrue();
        }
        if (outcome instanceof Outcome.Sat sat && atomic) {
          // Every atomic dimension's matches are realized by a string with exactly those matches.
          sat.model()
              .atoms()
              .forEach(
                  (dimension, matched) -> {
                    String value = sat.model().realized().get(dimension);
                    AtomicDimension d = space.atomics().get(dimension);
                    for (int i = 0; i < d.patterns().size(); i++) {
                      assertThat(d.patterns().get(i).matches(value)).isEqualTo(matched.get(i));
                    }
                  });
        }
        PolicyKind kind =
            attachment == Attachment.IDENTITY ? PolicyKind.IDENTITY : PolicyKind.RESOURCE;
        boolean evaluator = PolicyAlone.allows(EvaluatorReplay.toRequest(request), policy, kind);
        Statistics.label(atomic ? "atomic" : "exact")
            .collect(attachment + " " + (evaluator ? "ALLOW" : "DENY"));
        assertThat(outcome)
            .as(
                "%s policy %s%nrequest %s%nevaluator says %s",
                attachment, PolicyWriter.write(policy), request, evaluator ? "ALLOW" : "DENY")
            .isInstanceOf(evaluator ? Outcome.Sat.class : Outcome.Unsat.class);
      }
    }
  }

  private static Set<String> keysOf(PolicyDocument policy) {
    Set<String> keys = new TreeSet<>();
    policy
        .statements()
        .forEach(
            s -> s.conditions().stream().map(Condition::key).forEach(k -> keys.add(k.canonical())));
    return keys;
  }
}
