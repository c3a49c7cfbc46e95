package dev.oaa.reasoning.analysis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.oaa.reasoning.smt.ConcreteRequest;
import java.util.List;
import java.util.Map;

/** The JSON form of a witness request, as every output of the product prints it. */
public final class WitnessJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private WitnessJson() {}

  /**
   * The witness as a JSON object: principalType, principal, role, account, action, resource,
   * context.
   */
  public static ObjectNode toJson(ConcreteRequest w) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("principalType", w.kind().name());
    node.put("principal", w.principal());
    if (!w.roleArn().isEmpty()) {
      node.put("role", w.roleArn());
    }
    if (!w.account().isEmpty()) {
      node.put("account", w.account());
    }
    node.put("action", w.action());
    node.put("resource", w.resource());
    ObjectNode context = node.putObject("context");
    for (Map.Entry<String, List<String>> e : w.context().entrySet()) {
      ArrayNode values = context.putArray(e.getKey());
      e.getValue().forEach(values::add);
    }
    return node;
  }

  /** The witness as compact JSON text. */
  public static String write(ConcreteRequest w) {
    try {
      return MAPPER.writeValueAsString(toJson(w));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write a witness as JSON", e);
    }
  }
}
