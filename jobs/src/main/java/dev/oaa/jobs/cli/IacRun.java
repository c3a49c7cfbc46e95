package dev.oaa.jobs.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.oaa.jobs.cli.iac.ExtractedPolicy;
import dev.oaa.jobs.cli.iac.IacCheck;
import dev.oaa.jobs.cli.iac.IacReport;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.Function;

/** Runs one check over the policies of a template or plan and prints the validators' report. */
final class IacRun {
  private IacRun() {}

  /**
   * Prints the report and returns the exit code: 2 when any policy FAILs, else 1 when any could not
   * be decided (UNKNOWN, unresolvable, invalid, error), else 0.
   */
  static int run(
      IacCheck check,
      List<ExtractedPolicy> policies,
      Function<ExtractedPolicy, IacReport.Entry> evaluate,
      CheckOptions options,
      PrintWriter out,
      PrintWriter err) {
    List<IacReport.Entry> entries = policies.stream().map(evaluate).toList();
    ObjectNode report =
        IacReport.render(check, entries, fail -> CheckOutput.witness(fail.witness()));
    out.println(
        CheckOutput.write(
            options.format() == CheckOptions.OutputFormat.SARIF
                ? Sarif.ofReport(check.command(), report)
                : report));
    boolean failed = false;
    boolean undecided = false;
    for (JsonNode finding : report.get("BlockingFindings")) {
      if (finding.get("code").asText().equals(check.code())) {
        failed = true;
      } else {
        undecided = true;
      }
    }
    if (failed) {
      return ExitCodes.FAIL;
    }
    if (undecided) {
      err.println("oaa: error: some policies could not be checked (see BlockingFindings)");
      return ExitCodes.ERROR;
    }
    return ExitCodes.OK;
  }
}
