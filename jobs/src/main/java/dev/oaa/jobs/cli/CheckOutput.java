package dev.oaa.jobs.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.oaa.reasoning.analysis.CheckResult;
import dev.oaa.reasoning.analysis.WitnessJson;
import dev.oaa.reasoning.smt.ConcreteRequest;
import java.io.PrintWriter;
import java.util.List;

/** Prints check results as JSON (the AWS CLI's shape plus {@code witness}) or SARIF. */
final class CheckOutput {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private CheckOutput() {}

  /** Prints the result and returns the exit code: 0 PASS, 2 FAIL, 1 UNKNOWN. */
  static int print(
      String check, CheckResult result, CheckOptions options, PrintWriter out, PrintWriter err) {
    ObjectNode json =
        options.format() == CheckOptions.OutputFormat.SARIF
            ? Sarif.of(check, List.of(new Sarif.Entry("policy", result)))
            : toJson(result);
    out.println(write(json));
    return switch (result.verdict()) {
      case PASS -> ExitCodes.OK;
      case FAIL -> ExitCodes.FAIL;
      case UNKNOWN -> {
        err.println("oaa: error: " + result.message());
        yield ExitCodes.ERROR;
      }
    };
  }

  static ObjectNode toJson(CheckResult result) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("result", result.verdict().name());
    node.put("message", result.message());
    ArrayNode reasons = node.putArray("reasons");
    if (result instanceof CheckResult.Fail fail) {
      for (CheckResult.Reason r : fail.reasons()) {
        ObjectNode reason = reasons.addObject();
        reason.put("description", r.description());
        reason.put("statementIndex", r.statementIndex());
        if (!r.statementId().isEmpty()) {
          reason.put("statementId", r.statementId());
        }
      }
      node.set("witness", witness(fail.witness()));
    }
    return node;
  }

  static ObjectNode witness(ConcreteRequest w) {
    return WitnessJson.toJson(w);
  }

  static String write(ObjectNode json) {
    try {
      return MAPPER.writeValueAsString(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write JSON", e);
    }
  }
}
