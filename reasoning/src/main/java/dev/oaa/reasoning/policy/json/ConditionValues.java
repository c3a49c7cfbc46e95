package dev.oaa.reasoning.policy.json;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Text-to-value conversions for condition values, shared with the evaluator's request side. */
public final class ConditionValues {
  private ConditionValues() {}

  /**
   * Parses a date as IAM accepts it: ISO 8601 (date, date-time with or without zone, with or
   * without seconds and fractions; no zone means UTC) or epoch seconds.
   *
   * @throws IllegalArgumentException naming the text when it is neither
   */
  public static Instant date(String text) {
    String s = text.strip();
    if (!s.isEmpty() && s.chars().allMatch(Character::isDigit)) {
      return Instant.ofEpochSecond(Long.parseLong(s));
    }
    try {
      return OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      // try the next form
    }
    try {
      return LocalDateTime.parse(s, DateTimeFormatter.ISO_LOCAL_DATE_TIME)
          .toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      // try the next form
    }
    try {
      return LocalDate.parse(s, DateTimeFormatter.ISO_LOCAL_DATE)
          .atStartOfDay(ZoneOffset.UTC)
          .toInstant();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "Invalid date `" + text + "`: expected ISO 8601 (2024-01-31T12:00:00Z) or epoch seconds",
          e);
    }
  }

  /**
   * Parses {@code true} or {@code false} in any case.
   *
   * @throws IllegalArgumentException naming the text otherwise
   */
  public static Boolean bool(String text) {
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default ->
          throw new IllegalArgumentException(
              "Invalid boolean `" + text + "`: expected true or false");
    };
  }
}
