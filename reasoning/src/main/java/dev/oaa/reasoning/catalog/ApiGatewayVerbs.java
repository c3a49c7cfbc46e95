package dev.oaa.reasoning.catalog;

import java.util.List;
import java.util.Optional;

/**
 * API Gateway's management API is authorized by the HTTP verb of each call ({@code apigateway:GET},
 * {@code apigateway:POST}, …) rather than by operation. The verb follows from the operation's first
 * word for both the REST (v1) and the HTTP/WebSocket (v2) APIs; the exceptions are in the explicit
 * event table.
 */
final class ApiGatewayVerbs {
  private static final List<List<String>> PREFIX_TO_VERB =
      List.of(
          List.of("Get", "GET"),
          List.of("Create", "POST"),
          List.of("Update", "PATCH"),
          List.of("Delete", "DELETE"),
          List.of("Put", "PUT"));

  private ApiGatewayVerbs() {}

  /** The verb of the management call {@code operation}, if its first word tells it. */
  static Optional<String> verbOf(String operation) {
    for (List<String> rule : PREFIX_TO_VERB) {
      String prefix = rule.get(0);
      if (operation.startsWith(prefix)
          && operation.length() > prefix.length()
          && Character.isUpperCase(operation.charAt(prefix.length()))) {
        return Optional.of(rule.get(1));
      }
    }
    return Optional.empty();
  }
}
