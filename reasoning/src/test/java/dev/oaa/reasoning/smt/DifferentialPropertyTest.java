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
  private static final Z3Solver SOLVER = new Z3Solver();

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
    for (Attachment attachment : Attachment.values()) {
      Term allows = PolicyCompiler.allows(policy, attachment);
      for (ConcreteRequest request : requests) {
        Term pinned = Terms.and(allows, RequestPinning.pin(request, keysOf(policy)));
        RequestSpace space = RequestSpace.of(List.of(pinned), RequestSpace.ARN_SHAPE);
        Outcome outcome = SOLVER.check(space.resolve(pinned), space, Duration.ofSeconds(10));
        PolicyKind kind =
            attachment == Attachment.IDENTITY ? PolicyKind.IDENTITY : PolicyKind.RESOURCE;
        boolean evaluator = PolicyAlone.allows(EvaluatorReplay.toRequest(request), policy, kind);
        Statistics.label("decision").collect(attachment + " " + (evaluator ? "ALLOW" : "DENY"));
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
