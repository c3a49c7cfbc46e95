/**
 * JSON for the policy model: {@link dev.oaa.reasoning.policy.json.PolicyParser} (JSON to model,
 * with located errors), {@link dev.oaa.reasoning.policy.json.PolicyWriter} (model to JSON) and
 * {@link dev.oaa.reasoning.policy.json.CanonicalPolicy} (canonical form and meaning hash).
 */
package dev.oaa.reasoning.policy.json;
