package dev.oaa.reasoning.policy;

/** A visitor over the {@link Condition} families. */
public interface ConditionVisitor<R> {
  R visitString(StringCondition condition);

  R visitNumeric(NumericCondition condition);

  R visitDate(DateCondition condition);

  R visitBool(BoolCondition condition);

  R visitBinary(BinaryCondition condition);

  R visitIpAddress(IpAddressCondition condition);

  R visitArn(ArnCondition condition);

  R visitNull(NullCondition condition);
}
