package dev.oaa.reasoning.analysis;

import dev.oaa.reasoning.smt.ConcreteRequest;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One access from outside the zone of trust, as Access Analyzer reports it: who, which actions,
 * under which restricting conditions, whether anyone at all can use it, and a witness request the
 * evaluator confirmed.
 *
 * @param principal the external principal, such as {@code {"AWS": "444455556666"}}, {@code {"AWS":
 *     "*"}} or {@code {"Federated": "accounts.google.com"}}
 * @param actions the actions granted, sorted
 * @param condition the restricting condition keys of the grant, with their values
 * @param isPublic whether a caller no condition pins (anyone) has this access
 * @param statements the indexes of the statements that grant it
 * @param witness a request from outside the zone that the policy allows
 */
public record ExternalFinding(
    Map<String, String> principal,
    List<String> actions,
    Map<String, List<String>> condition,
    boolean isPublic,
    List<Integer> statements,
    ConcreteRequest witness) {
  public ExternalFinding {
    principal = Map.copyOf(principal);
    actions = List.copyOf(actions);
    condition = Map.copyOf(condition);
    statements = List.copyOf(statements);
    Objects.requireNonNull(witness, "witness");
  }
}
