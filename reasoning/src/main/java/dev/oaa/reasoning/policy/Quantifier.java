package dev.oaa.reasoning.policy;

/** The set qualifier of a condition operator. */
public enum Quantifier {
  /** No qualifier: the key is treated as single-valued (any of its values may match). */
  SINGLE(""),
  /** {@code ForAnyValue:}: at least one request value matches some policy value. */
  FOR_ANY_VALUE("ForAnyValue:"),
  /** {@code ForAllValues:}: every request value matches some policy value (true when absent). */
  FOR_ALL_VALUES("ForAllValues:");

  private final String prefix;

  Quantifier(String prefix) {
    this.prefix = prefix;
  }

  /** The operator prefix as written in JSON, empty for {@link #SINGLE}. */
  public String prefix() {
    return prefix;
  }
}
