package dev.oaa.jobs.cli.iac;

import dev.oaa.reasoning.errors.PolicyParseException;
import dev.oaa.reasoning.policy.PolicyDocument;
import dev.oaa.reasoning.policy.json.PolicyParser;
import java.util.Objects;

/**
 * What an extracted policy holds: a parsed document, a document that cannot be known before
 * deployment, or a document that IAM would reject.
 */
public sealed interface PolicyContent
    permits PolicyContent.Parsed, PolicyContent.Unresolvable, PolicyContent.Invalid {

  /** Dispatches on the variant. */
  <R> R accept(Visitor<R> visitor);

  /**
   * Parses {@code json}: {@link Parsed}, or {@link Invalid} with the parser's located message.
   *
   * @param json the policy as it will be deployed
   */
  static PolicyContent parse(String json) {
    try {
      return new Parsed(PolicyParser.parse(json), json);
    } catch (PolicyParseException e) {
      return new Invalid(e.getMessage());
    }
  }

  /** A document with a value unknown before deployment, for {@code reason}. */
  static PolicyContent unresolvable(String reason) {
    return new Unresolvable(reason);
  }

  /**
   * A policy whose every value is known.
   *
   * @param document the parsed policy
   * @param json the JSON it was parsed from, after intrinsic functions were resolved
   */
  record Parsed(PolicyDocument document, String json) implements PolicyContent {
    public Parsed {
      Objects.requireNonNull(document, "document");
      Objects.requireNonNull(json, "json");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitParsed(this);
    }
  }

  /**
   * A policy with a value that is only known at deployment (a Terraform value unknown at plan time,
   * a CloudFormation intrinsic function this tool cannot evaluate).
   *
   * @param reason one line: which value or intrinsic, where, and why
   */
  record Unresolvable(String reason) implements PolicyContent {
    public Unresolvable {
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitUnresolvable(this);
    }
  }

  /**
   * A policy that IAM would reject, such as a document that is not JSON or has an unknown element.
   *
   * @param reason the parser's one-line message with the JSON pointer, line and column
   */
  record Invalid(String reason) implements PolicyContent {
    public Invalid {
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitInvalid(this);
    }
  }

  /** Exhaustive dispatch over the variants. */
  interface Visitor<R> {
    /** A parsed document. */
    R visitParsed(Parsed parsed);

    /** A document with a value unknown before deployment. */
    R visitUnresolvable(Unresolvable unresolvable);

    /** A document IAM would reject. */
    R visitInvalid(Invalid invalid);
  }
}
