/**
 * The concrete evaluator: given a {@link dev.oaa.reasoning.eval.Request} and the {@link
 * dev.oaa.reasoning.eval.PolicySet} that applies to it, {@link
 * dev.oaa.reasoning.eval.Evaluator#evaluate} decides Allow, explicit Deny or implicit Deny the way
 * AWS does, and names the statements that decided it. It is the simple, readable oracle that the
 * SMT engine's answers are replayed on.
 */
package dev.oaa.reasoning.eval;
