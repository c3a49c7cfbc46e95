package dev.oaa.reasoning.analysis;

import dev.oaa.reasoning.policy.PolicyDocument;
import dev.oaa.reasoning.smt.ConcreteRequest;

/**
 * The concrete evaluator's verdict on one policy alone, used to confirm every witness before it is
 * returned: the SMT engine and the evaluator are independent, and must agree.
 */
@FunctionalInterface
public interface Replay {

  /**
   * Whether {@code policy}, evaluated alone as a policy of {@code type}, allows {@code request}.
   */
  boolean allows(PolicyDocument policy, PolicyType type, ConcreteRequest request);
}
