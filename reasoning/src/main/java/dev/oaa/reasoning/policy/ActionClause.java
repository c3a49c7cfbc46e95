package dev.oaa.reasoning.policy;

import java.util.List;

/** The Action element of a statement: {@code Action} or {@code NotAction}. Never empty. */
public sealed interface ActionClause permits ActionClause.Actions, ActionClause.NotActions {

  /** The listed patterns. */
  List<ActionPattern> patterns();

  /** {@code "Action": ...}: the statement covers actions matching any pattern. */
  record Actions(List<ActionPattern> patterns) implements ActionClause {
    public Actions {
      patterns = nonEmpty(patterns);
    }
  }

  /** {@code "NotAction": ...}: the statement covers actions matching no pattern. */
  record NotActions(List<ActionPattern> patterns) implements ActionClause {
    public NotActions {
      patterns = nonEmpty(patterns);
    }
  }

  /** {@code Action} with the given patterns. */
  static ActionClause of(String... patterns) {
    return new Actions(ActionPattern.listOf(patterns));
  }

  private static List<ActionPattern> nonEmpty(List<ActionPattern> patterns) {
    List<ActionPattern> copy = List.copyOf(patterns);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException(
          "An Action or NotAction element needs at least one action");
    }
    return copy;
  }
}
