package dev.oaa.jobs.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.oaa.reasoning.analysis.CheckResult;
import java.util.List;

/**
 * SARIF 2.1.0 for code-scanning UIs: one rule per check, one result per FAIL or UNKNOWN (a PASS
 * produces no result), located at the checked file.
 */
final class Sarif {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Sarif() {}

  /** A checked policy: where it came from and what the check said. */
  record Entry(String location, CheckResult result) {}

  static ObjectNode of(String check, List<Entry> entries) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "oaa");
    driver.put("informationUri", "https://github.com/open-access-analyzer/oaa");
    ObjectNode rule = driver.putArray("rules").addObject();
    rule.put("id", check);
    rule.putObject("shortDescription").put("text", "IAM custom policy check " + check);
    ArrayNode results = run.putArray("results");
    for (Entry e : entries) {
      if (e.result().verdict() == CheckResult.Verdict.PASS) {
        continue;
      }
      ObjectNode r = results.addObject();
      r.put("ruleId", check);
      r.put("level", e.result().verdict() == CheckResult.Verdict.FAIL ? "error" : "warning");
      r.putObject("message").put("text", e.result().message());
      r.putArray("locations")
          .addObject()
          .putObject("physicalLocation")
          .putObject("artifactLocation")
          .put("uri", e.location());
      if (e.result() instanceof CheckResult.Fail fail) {
        r.putObject("properties").set("witness", CheckOutput.witness(fail.witness()));
      }
    }
    return root;
  }

  /**
   * SARIF for a template or plan report: one result per blocking or non-blocking finding, located
   * at the policy's name, FAILs as errors and the rest (UNKNOWN, unresolvable) as warnings.
   */
  static ObjectNode ofReport(String check, ObjectNode report) {
    ObjectNode root = of(check, List.of());
    ArrayNode results = (ArrayNode) root.get("runs").get(0).get("results");
    for (String kind : List.of("BlockingFindings", "NonBlockingFindings")) {
      for (JsonNode finding : report.get(kind)) {
        ObjectNode r = results.addObject();
        r.put("ruleId", finding.get("code").asText());
        r.put(
            "level",
            finding.get("findingType").asText().equals("SECURITY_WARNING") ? "error" : "warning");
        r.putObject("message").put("text", finding.get("message").asText());
        r.putArray("locations")
            .addObject()
            .putObject("physicalLocation")
            .putObject("artifactLocation")
            .put("uri", finding.get("policyName").asText());
        JsonNode witness = finding.path("details").path("witness");
        if (!witness.isMissingNode()) {
          r.putObject("properties").set("witness", witness);
        }
      }
    }
    return root;
  }
}
