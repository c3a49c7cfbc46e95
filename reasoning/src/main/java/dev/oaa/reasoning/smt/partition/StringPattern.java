package dev.oaa.reasoning.smt.partition;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A pattern over strings as a sequence of tokens: literal characters, {@code ?} (any one
 * character), {@code *} (any run), and the classes that describe realistic domains (a digit, a
 * character other than {@code :}, a run without {@code :}). IAM globs, Arn* field-wise patterns and
 * domain shapes (a 12-digit account id) all compile to this form, so one automaton construction
 * partitions them all.
 *
 * @param tokens the tokens, in order
 */
public record StringPattern(List<Token> tokens) {
  public StringPattern {
    tokens = List.copyOf(tokens);
  }

  /** One token of a pattern. */
  public sealed interface Token {
    /** Whether this token consumes exactly one character {@code c}. */
    boolean accepts(char c);

    /** Whether this token may repeat (consumes any number of accepted characters). */
    boolean repeats();
  }

  /** Exactly the character {@code c}. */
  public record Literal(char c) implements Token {
    @Override
    public boolean accepts(char other) {
      return other == c;
    }

    @Override
    public boolean repeats() {
      return false;
    }
  }

  /** The character {@code c} in either case (case-insensitive operators). */
  public record EitherCase(char c) implements Token {
    @Override
    public boolean accepts(char other) {
      return Character.toLowerCase(other) == Character.toLowerCase(c);
    }

    @Override
    public boolean repeats() {
      return false;
    }
  }

  /** One character of a class. */
  public record One(CharClass charClass) implements Token {
    public One {
      Objects.requireNonNull(charClass, "charClass");
    }

    @Override
    public boolean accepts(char c) {
      return charClass.contains(c);
    }

    @Override
    public boolean repeats() {
      return false;
    }
  }

  /** Any run (possibly empty) of characters of a class. */
  public record Many(CharClass charClass) implements Token {
    public Many {
      Objects.requireNonNull(charClass, "charClass");
    }

    @Override
    public boolean accepts(char c) {
      return charClass.contains(c);
    }

    @Override
    public boolean repeats() {
      return true;
    }
  }

  /** The character classes that patterns use. */
  public enum CharClass {
    ANY,
    DIGIT,
    NOT_COLON;

    /** Whether {@code c} is in this class. */
    public boolean contains(char c) {
      return switch (this) {
        case ANY -> true;
        case DIGIT -> c >= '0' && c <= '9';
        case NOT_COLON -> c != ':';
      };
    }
  }

  /** An IAM glob: {@code *} any run, {@code ?} any one character, the rest literal. */
  public static StringPattern glob(String glob) {
    List<Token> tokens = new ArrayList<>(glob.length());
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      tokens.add(
          switch (c) {
            case '*' -> new Many(CharClass.ANY);
            case '?' -> new One(CharClass.ANY);
            default -> new Literal(c);
          });
    }
    return new StringPattern(tokens);
  }

  /** An IAM glob matched without regard to case, over lower-cased strings. */
  public static StringPattern globIgnoringCase(String glob) {
    return glob(glob.toLowerCase(Locale.ROOT));
  }

  /** The exact string {@code text} in any case, over strings of any case. */
  public static StringPattern literalInAnyCase(String text) {
    List<Token> tokens = new ArrayList<>(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      tokens.add(
          Character.toLowerCase(c) == Character.toUpperCase(c)
              ? new Literal(c)
              : new EitherCase(c));
    }
    return new StringPattern(tokens);
  }

  /** The exact string {@code text}. */
  public static StringPattern literal(String text) {
    List<Token> tokens = new ArrayList<>(text.length());
    for (int i = 0; i < text.length(); i++) {
      tokens.add(new Literal(text.charAt(i)));
    }
    return new StringPattern(tokens);
  }

  /**
   * An ArnLike/ArnEquals pattern: compared field by field on the first five colons, so in the first
   * five fields {@code *} and {@code ?} do not match {@code :}; the sixth field (the resource) is
   * an ordinary glob. An ARN with fewer than six fields matches nothing.
   */
  public static StringPattern arnGlob(String pattern) {
    String[] fields = pattern.split(":", 6);
    if (fields.length < 6) {
      return glob(pattern); // not an ARN pattern: IAM compares it as a plain glob
    }
    List<Token> tokens = new ArrayList<>();
    for (int f = 0; f < 6; f++) {
      if (f > 0) {
        tokens.add(new Literal(':'));
      }
      boolean lastField = f == 5;
      for (int i = 0; i < fields[f].length(); i++) {
        char c = fields[f].charAt(i);
        tokens.add(
            switch (c) {
              case '*' -> new Many(lastField ? CharClass.ANY : CharClass.NOT_COLON);
              case '?' -> new One(lastField ? CharClass.ANY : CharClass.NOT_COLON);
              default -> new Literal(c);
            });
      }
    }
    return new StringPattern(tokens);
  }

  /** This pattern followed by {@code other}. */
  public StringPattern then(StringPattern other) {
    List<Token> all = new ArrayList<>(tokens);
    all.addAll(other.tokens);
    return new StringPattern(all);
  }

  /** {@code count} repetitions of one character of the class. */
  public static StringPattern repeat(CharClass charClass, int count) {
    List<Token> tokens = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      tokens.add(new One(charClass));
    }
    return new StringPattern(tokens);
  }

  /** One or more characters of the class. */
  public static StringPattern oneOrMore(CharClass charClass) {
    return new StringPattern(List.of(new One(charClass), new Many(charClass)));
  }

  /** Whether {@code text} matches, by direct simulation (the reference for the automaton). */
  public boolean matches(String text) {
    PatternAutomaton automaton = new PatternAutomaton(this);
    long[] state = automaton.start();
    for (int i = 0; i < text.length() && state != null; i++) {
      state = automaton.step(state, text.charAt(i));
    }
    return state != null && automaton.accepts(state);
  }
}
