package dev.oaa.reasoning.policy;

import java.util.List;

/**
 * One (operator, key) entry of a Condition block, with its values (any of which may match).
 *
 * <p>The operator grammar of IAM is {@code [ForAnyValue:|ForAllValues:]<Family><Match>[IfExists]};
 * each family is one record, with its match kind as an enum and the set qualifier and {@code
 * IfExists} as orthogonal fields. Supported families:
 *
 * <table>
 *   <caption>Operator families</caption>
 *   <tr><th>Record</th><th>Operators</th></tr>
 *   <tr><td>{@link StringCondition}</td><td>StringEquals, StringNotEquals, StringEqualsIgnoreCase,
 *       StringNotEqualsIgnoreCase, StringLike, StringNotLike</td></tr>
 *   <tr><td>{@link NumericCondition}</td><td>NumericEquals, NumericNotEquals, NumericLessThan,
 *       NumericLessThanEquals, NumericGreaterThan, NumericGreaterThanEquals</td></tr>
 *   <tr><td>{@link DateCondition}</td><td>DateEquals ... DateGreaterThanEquals</td></tr>
 *   <tr><td>{@link BoolCondition}</td><td>Bool</td></tr>
 *   <tr><td>{@link BinaryCondition}</td><td>BinaryEquals</td></tr>
 *   <tr><td>{@link IpAddressCondition}</td><td>IpAddress, NotIpAddress</td></tr>
 *   <tr><td>{@link ArnCondition}</td><td>ArnEquals, ArnLike, ArnNotEquals, ArnNotLike</td></tr>
 *   <tr><td>{@link NullCondition}</td><td>Null (no qualifier, no IfExists)</td></tr>
 * </table>
 */
public sealed interface Condition
    permits StringCondition,
        NumericCondition,
        DateCondition,
        BoolCondition,
        BinaryCondition,
        IpAddressCondition,
        ArnCondition,
        NullCondition {

  /** The condition key. */
  ConditionKey key();

  /** The set qualifier. */
  Quantifier quantifier();

  /** Whether the operator has the {@code IfExists} suffix (true when the key is missing). */
  boolean ifExists();

  /** The family and match part of the operator, such as {@code StringLike}. */
  String baseOperator();

  /** Whether the match is negated ({@code StringNotEquals}, {@code NotIpAddress}, ...). */
  boolean isNegated();

  /** The values in their canonical text form. */
  List<String> valueTexts();

  /** Applies a visitor. */
  <R> R accept(ConditionVisitor<R> visitor);

  /** The full operator as written in JSON, such as {@code ForAnyValue:StringLikeIfExists}. */
  default String operator() {
    return quantifier().prefix() + baseOperator() + (ifExists() ? "IfExists" : "");
  }
}
