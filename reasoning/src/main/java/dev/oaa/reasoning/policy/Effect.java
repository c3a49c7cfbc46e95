package dev.oaa.reasoning.policy;

/** The {@code Effect} of a statement. */
public enum Effect {
  ALLOW("Allow"),
  DENY("Deny");

  private final String json;

  Effect(String json) {
    this.json = json;
  }

  /** The spelling used in policy JSON ({@code Allow} or {@code Deny}). */
  public String json() {
    return json;
  }
}
