package dev.oaa.reasoning.eval;

import java.util.List;

/**
 * ARN matching, for the Resource element and the Arn condition operators: case-sensitive, and field
 * by field (IAM User Guide, "ARN condition operators": each of the six colon-delimited components
 * is checked separately, with {@code *} and {@code ?} inside each), so a wildcard in one of the
 * first five fields never spans a colon. The sixth field (the resource) keeps its own colons. A
 * pattern that is not a six-field ARN, such as {@code *}, is matched against the whole value.
 */
final class ArnPatterns {
  private static final int FIELDS = 6;

  private ArnPatterns() {}

  static boolean matches(Template pattern, String value) {
    List<Template> fields = pattern.split(':', FIELDS);
    if (fields.size() < FIELDS) {
      return pattern.globMatches(value, false);
    }
    String[] valueFields = value.split(":", FIELDS);
    if (valueFields.length < FIELDS) {
      return false;
    }
    for (int i = 0; i < FIELDS; i++) {
      if (!fields.get(i).globMatches(valueFields[i], false)) {
        return false;
      }
    }
    return true;
  }
}
