package dev.oaa.reasoning.analysis;

/** The kind of policy a custom check compares, as in AWS's API. */
public enum PolicyType {
  /** Attached to a user or role: no Principal element; the caller is whoever holds it. */
  IDENTITY_POLICY,
  /** Attached to a resource: its Principal element says who may call. */
  RESOURCE_POLICY
}
