package dev.oaa.reasoning.smt;

import dev.oaa.reasoning.policy.Condition;
import java.util.Objects;

/**
 * What an {@link Term.Opaque} atom stands for: a match the encoding does not interpret (it involves
 * a policy variable, or a canonical user id). Witness repair reads it back to choose concrete
 * values that give the atom the truth value the solver picked.
 */
public sealed interface OpaqueFact
    permits OpaqueFact.ConditionFact, OpaqueFact.ResourceFact, OpaqueFact.CanonicalUserFact {

  /** A unique, readable name. */
  String name();

  /** A condition whose values use policy variables. */
  record ConditionFact(Condition condition) implements OpaqueFact {
    public ConditionFact {
      Objects.requireNonNull(condition, "condition");
    }

    @Override
    public String name() {
      return condition.operator()
          + " "
          + condition.key().canonical()
          + " "
          + condition.valueTexts();
    }
  }

  /** "The resource matches this pattern", which uses policy variables. */
  record ResourceFact(String pattern) implements OpaqueFact {
    public ResourceFact {
      Objects.requireNonNull(pattern, "pattern");
    }

    @Override
    public String name() {
      return "resource matches " + pattern;
    }
  }

  /** "The caller is this S3 canonical user". */
  record CanonicalUserFact(String id) implements OpaqueFact {
    public CanonicalUserFact {
      Objects.requireNonNull(id, "id");
    }

    @Override
    public String name() {
      return "canonical user " + id;
    }
  }
}
