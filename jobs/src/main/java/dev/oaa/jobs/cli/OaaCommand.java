package dev.oaa.jobs.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code oaa} command line. It depends only on the reasoning library, picocli and Jackson, so
 * the shaded jar runs it with {@code java -jar} without loading Spark.
 */
@Command(
    name = "oaa",
    mixinStandardHelpOptions = true,
    version = "oaa 0.1.0",
    description = "Open Access Analyzer: IAM policy checks with a witness for every FAIL.",
    subcommands = {
      CheckNoNewAccessCommand.class,
      CheckAccessNotGrantedCommand.class,
      CheckNoPublicAccessCommand.class,
      PreviewAccessCommand.class,
      EvaluateCommand.class,
      BenchCommand.class,
      CommandLine.HelpCommand.class
    })
public final class OaaCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
  }

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    System.exit(run(args, writer(System.out), writer(System.err)));
  }

  private static PrintWriter writer(java.io.OutputStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
  }

  /** Runs the command line, writing to {@code out} and {@code err}, and returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new OaaCommand());
    cli.setOut(out);
    cli.setErr(err);
    cli.setParameterExceptionHandler(
        (e, a) -> {
          err.println("oaa: error: " + oneLine(e.getMessage()));
          err.println("Run `oaa " + commandName(e.getCommandLine()) + " --help` for usage.");
          return ExitCodes.ERROR;
        });
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          err.println("oaa: error: " + oneLine(e.getMessage()));
          return ExitCodes.ERROR;
        });
    return cli.execute(args);
  }

  private static String commandName(CommandLine commandLine) {
    String name = commandLine.getCommandName();
    return name.equals("oaa") ? "" : name;
  }

  static String oneLine(String message) {
    return message == null ? "unexpected error" : message.replaceAll("\\s*\\R\\s*", " ").strip();
  }
}
