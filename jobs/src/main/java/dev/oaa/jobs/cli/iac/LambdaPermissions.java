package dev.oaa.jobs.cli.iac;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Turns a Lambda permission ({@code AWS::Lambda::Permission}, {@code aws_lambda_permission}) into
 * the one-statement resource policy that Lambda adds to the function, as the AWS validators do.
 */
final class LambdaPermissions {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /**
   * A condition Lambda adds for an optional property of the permission.
   *
   * @param operator such as {@code ArnLike}
   * @param key such as {@code AWS:SourceArn}
   * @param value the property's value
   */
  record Condition(String operator, String key, String value) {
    Condition {
      Objects.requireNonNull(operator, "operator");
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(value, "value");
    }

    static Condition sourceArn(String value) {
      return new Condition("ArnLike", "AWS:SourceArn", value);
    }

    static Condition sourceAccount(String value) {
      return new Condition("StringEquals", "AWS:SourceAccount", value);
    }

    static Condition principalOrgId(String value) {
      return new Condition("StringEquals", "aws:PrincipalOrgID", value);
    }

    static Condition functionUrlAuthType(String value) {
      return new Condition("StringEquals", "lambda:FunctionUrlAuthType", value);
    }

    static Condition eventSourceToken(String value) {
      return new Condition("StringEquals", "lambda:EventSourceToken", value);
    }
  }

  private LambdaPermissions() {}

  /**
   * The policy with one statement that grants {@code action} on {@code functionArn} to {@code
   * principal}: a service when it is a DNS name such as {@code sns.amazonaws.com}, else an account,
   * an ARN or {@code *}.
   */
  static ObjectNode policy(
      String sid, String action, String principal, String functionArn, List<Condition> conditions) {
    ObjectNode statement = NODES.objectNode();
    if (!sid.isEmpty()) {
      statement.put("Sid", sid);
    }
    statement.put("Effect", "Allow");
    statement.putObject("Principal").put(isService(principal) ? "Service" : "AWS", principal);
    statement.put("Action", action);
    statement.put("Resource", functionArn);
    if (!conditions.isEmpty()) {
      ObjectNode block = statement.putObject("Condition");
      for (Condition c : conditions) {
        ObjectNode operator =
            block.has(c.operator())
                ? (ObjectNode) block.get(c.operator())
                : block.putObject(c.operator());
        operator.put(c.key(), c.value());
      }
    }
    ObjectNode policy = NODES.objectNode();
    policy.put("Version", "2012-10-17");
    policy.putArray("Statement").add(statement);
    return policy;
  }

  /**
   * The ARN of a function named by a name, a partial ARN ({@code 123456789012:function:f}) or a
   * full ARN, completing the missing parts from the arguments.
   */
  static String functionArn(String name, String partition, String region, String account) {
    if (name.startsWith("arn:")) {
      return name;
    }
    List<String> parts = List.of(name.split(":", -1));
    int function = parts.indexOf("function");
    List<String> prefix = List.of("arn", partition, "lambda", region, account);
    if (function < 0) {
      return String.join(":", prefix) + ":function:" + name;
    }
    List<String> full = new ArrayList<>(prefix.subList(0, Math.max(0, prefix.size() - function)));
    full.add(name);
    return String.join(":", full);
  }

  private static boolean isService(String principal) {
    return !principal.startsWith("arn:") && principal.contains(".");
  }
}
