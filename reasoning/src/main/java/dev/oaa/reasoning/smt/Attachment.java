package dev.oaa.reasoning.smt;

/** Where a compiled policy is attached, which decides what its Principal element means. */
public enum Attachment {
  /**
   * An identity policy (or SCP, boundary, session policy): it has no Principal element and applies
   * to whoever holds it.
   */
  IDENTITY,
  /**
   * A resource policy: a statement applies only to the principals it names; a statement without a
   * Principal element applies to nobody.
   */
  RESOURCE
}
