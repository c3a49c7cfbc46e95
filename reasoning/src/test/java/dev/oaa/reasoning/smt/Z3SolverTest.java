package dev.oaa.reasoning.smt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oaa.reasoning.policy.PolicyDocument;
import dev.oaa.reasoning.policy.json.PolicyParser;
import dev.oaa.reasoning.smt.partition.StringPattern;
import dev.oaa.reasoning.smt.z3.Z3Solver;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class Z3SolverTest {
  private final Z3Solver solver = new Z3Solver();

  @AfterEach
  void close() {
    solver.close();
  }

  private Outcome newAccess(String existing, String candidate) {
    PolicyDocument e = PolicyParser.parse(existing);
    PolicyDocument c = PolicyParser.parse(candidate);
    Term formula =
        Terms.and(
            PolicyCompiler.allows(c, Attachment.IDENTITY),
            Terms.not(PolicyCompiler.allows(e, Attachment.IDENTITY)));
    RequestSpace space = RequestSpace.of(List.of(formula), RequestSpace.ARN_SHAPE);
    return solver.check(space.resolve(formula), space, Duration.ofSeconds(10));
  }

  private static String allow(String action, String resource) {
    return "{\"Version\": \"2012-10-17\", \"Statement\": {\"Effect\": \"Allow\", \"Action\": \""
        + action
        + "\", \"Resource\": \""
        + resource
        + "\"}}";
  }

  @Test
  void findsAnActionOutsideTheExistingPolicy() {
    Outcome outcome = newAccess(allow("s3:GetObject", "*"), allow("s3:Get*", "*"));
    assertThat(outcome).isInstanceOf(Outcome.Sat.class);
    SymbolicModel model = ((Outcome.Sat) outcome).model();
    StringPattern get = StringPattern.globIgnoringCase("s3:get*");
    assertThat(model.regions()).containsKey(Dimensions.ACTION);
    assertThat(model.present()).contains(Dimensions.ACTION);
    assertThat(get).isNotNull();
  }

  @Test
  void provesASubsetGrantsNothingNew() {
    assertThat(newAccess(allow("s3:Get*", "*"), allow("s3:GetObject", "arn:aws:s3:::b/*")))
        .isInstanceOf(Outcome.Unsat.class);
  }
}
