package dev.oaa.reasoning.smt;

import dev.oaa.reasoning.smt.partition.StringPattern;
import dev.oaa.reasoning.smt.partition.StringPattern.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a pattern pins its values to something a policy author owns or names: an exact value, or
 * an ARN whose account (or, for account-less ARNs such as S3's, whose leading resource name) is
 * spelled out. Values outside every pinning pattern are "fresh": an outsider can have them. Public
 * and external access are access granted to fresh values.
 *
 * <p>AWS-DIVERGENCE: a wildcard inside an account id ({@code 1111*}) does not pin; the analysis
 * then counts unknown accounts that match it as outsiders, which errs on the side of reporting.
 */
final class Pinning {
  private Pinning() {}

  static boolean pins(StringPattern pattern) {
    List<Token> tokens = pattern.tokens();
    if (tokens.stream().noneMatch(Token::repeats) && tokens.stream().noneMatch(Pinning::isClass)) {
      return true;
    }
    List<List<Token>> fields = fields(tokens);
    if (fields.size() < 6) {
      return false;
    }
    List<Token> account = fields.get(4);
    if (!account.isEmpty()) {
      return account.stream().noneMatch(t -> t.repeats() || isClass(t));
    }
    // No account field (S3 buckets): pinned when a whole resource name precedes any wildcard.
    for (Token t : fields.get(5)) {
      if (t.repeats() || isClass(t)) {
        return false;
      }
      if (t instanceof StringPattern.Literal l && (l.c() == '/' || l.c() == ':')) {
        return true;
      }
    }
    return true;
  }

  private static boolean isClass(Token t) {
    return t instanceof StringPattern.One;
  }

  /** The tokens split on the first five literal colons (the ARN fields). */
  private static List<List<Token>> fields(List<Token> tokens) {
    List<List<Token>> fields = new ArrayList<>();
    List<Token> current = new ArrayList<>();
    for (Token t : tokens) {
      if (fields.size() < 5 && t instanceof StringPattern.Literal l && l.c() == ':') {
        fields.add(current);
        current = new ArrayList<>();
      } else if (fields.size() < 5 && t.repeats()) {
        return List.of(); // a wildcard before the account: no fixed fields
      } else {
        current.add(t);
      }
    }
    fields.add(current);
    return fields;
  }
}
