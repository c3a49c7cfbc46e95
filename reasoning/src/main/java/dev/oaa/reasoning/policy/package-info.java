/**
 * The IAM policy language as immutable records and sealed interfaces: {@link
 * dev.oaa.reasoning.policy.PolicyDocument}, {@link dev.oaa.reasoning.policy.Statement}, the clause
 * forms, {@link dev.oaa.reasoning.policy.Principal} and the {@link
 * dev.oaa.reasoning.policy.Condition} families. No behaviour beyond validation and derivations.
 */
package dev.oaa.reasoning.policy;
