package dev.oaa.reasoning.eval;

/**
 * The value of one element of a statement (its resource element, or one condition): true, false, or
 * invalid because a policy variable in it cannot be resolved. An invalid element makes the whole
 * statement not apply, whatever its effect, so it must never be negated into a match.
 */
enum Truth {
  TRUE,
  FALSE,
  INVALID;

  static Truth of(boolean value) {
    return value ? TRUE : FALSE;
  }
}
