package dev.oaa.jobs.findings;

import java.util.List;
import java.util.Objects;

/**
 * The test an archive rule applies to one finding field, as AWS's {@code Criterion}: {@code eq},
 * {@code neq}, {@code contains} (lists of values; an empty list means the operator is absent) and
 * {@code exists} ({@code null} when absent). Operators given together must all hold.
 *
 * <p>Semantics, for a field with one value (such as {@code resource}) and for a field with several
 * (the actions of a finding, the values of one condition key):
 *
 * <ul>
 *   <li>{@code eq}: some value of the field equals some listed value;
 *   <li>{@code neq}: the field is present and none of its values equals a listed value;
 *   <li>{@code contains}: some value of the field contains some listed value as a substring;
 *   <li>{@code exists: true|false}: the field is present (a principal or condition key in the
 *       finding's map, at least one action) or absent.
 * </ul>
 */
public record Criterion(List<String> eq, List<String> neq, List<String> contains, Boolean exists) {

  /** Copies the lists and checks that at least one operator is present. */
  public Criterion {
    eq = List.copyOf(Objects.requireNonNull(eq, "eq"));
    neq = List.copyOf(Objects.requireNonNull(neq, "neq"));
    contains = List.copyOf(Objects.requireNonNull(contains, "contains"));
    if (eq.isEmpty() && neq.isEmpty() && contains.isEmpty() && exists == null) {
      throw new IllegalArgumentException(
          "a criterion needs at least one operator: eq, neq, contains or exists");
    }
  }

  /** Some value equals one of {@code values}. */
  public static Criterion equalTo(String... values) {
    return new Criterion(List.of(values), List.of(), List.of(), null);
  }

  /** The field is present and no value equals one of {@code values}. */
  public static Criterion notEqualTo(String... values) {
    return new Criterion(List.of(), List.of(values), List.of(), null);
  }

  /** Some value contains one of {@code values}. */
  public static Criterion containing(String... values) {
    return new Criterion(List.of(), List.of(), List.of(values), null);
  }

  /** The field is present. */
  public static Criterion present() {
    return new Criterion(List.of(), List.of(), List.of(), Boolean.TRUE);
  }

  /** The field is absent. */
  public static Criterion absent() {
    return new Criterion(List.of(), List.of(), List.of(), Boolean.FALSE);
  }
}
