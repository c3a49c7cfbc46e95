package dev.oaa.jobs.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.oaa.reasoning.analysis.CheckResult;
import dev.oaa.reasoning.analysis.PolicyChecks;
import dev.oaa.reasoning.analysis.PolicyType;
import dev.oaa.reasoning.analysis.ResourceType;
import dev.oaa.reasoning.errors.PolicyParseException;
import dev.oaa.reasoning.policy.PolicyDocument;
import dev.oaa.reasoning.policy.json.PolicyParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code oaa bench}: the reasoning engine's benchmark. check-no-new-access on every pair of
 * consecutive versions of the AWS managed policies, and check-no-public-access on every resource
 * policy of the corpus; prints verdict counts, UNKNOWNs, p50/p99/max time per check and wall time.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Benchmark the custom policy checks over the shared corpora.")
final class BenchCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--data", defaultValue = "../shared/data", description = "The corpora root.")
  Path data;

  @Option(names = "--timeout-ms", defaultValue = "10000", description = "Solver budget per query.")
  long timeoutMs;

  @Option(
      names = "--limit",
      defaultValue = "0",
      description = "Stop after N checks per part (0: all).")
  int limit;

  @Override
  public Integer call() {
    if (!Files.isDirectory(data)) {
      throw new CliException("--data: no corpus folder at " + data.toAbsolutePath());
    }
    Duration timeout = Duration.ofMillis(timeoutMs);
    ObjectNode report = new ObjectMapper().createObjectNode();
    try (PolicyChecks checks = Engines.checks(timeout)) {
      report.set("checkNoNewAccess", history(checks));
      report.set("checkNoPublicAccess", publicAccess(checks));
    }
    report.put("peakHeapMb", peakHeapMb());
    spec.commandLine().getOut().println(CheckOutput.write(report));
    return ExitCodes.OK;
  }

  private ObjectNode history(PolicyChecks checks) {
    Timings timings = new Timings();
    long start = System.nanoTime();
    for (Path file : files(data.resolve("aws-managed-policies/history"), ".jsonl")) {
      List<PolicyDocument> versions = versions(file);
      for (int i = 1; i < versions.size() && timings.more(limit); i++) {
        PolicyDocument before = versions.get(i - 1);
        PolicyDocument after = versions.get(i);
        String label = file.getFileName() + " #" + i;
        timings.time(
            label, () -> checks.checkNoNewAccess(before, after, PolicyType.IDENTITY_POLICY));
      }
    }
    return timings.report(System.nanoTime() - start);
  }

  private ObjectNode publicAccess(PolicyChecks checks) {
    Timings timings = new Timings();
    long start = System.nanoTime();
    for (Path file : files(data.resolve("resource-policies"), ".json")) {
      if (file.getFileName().toString().endsWith("manifest.json") || !timings.more(limit)) {
        continue;
      }
      try {
        PolicyDocument policy = PolicyParser.parse(Files.readString(file));
        ResourceType type = typeOf(policy);
        timings.time(file.getFileName().toString(), () -> checks.checkNoPublicAccess(policy, type));
      } catch (PolicyParseException e) {
        timings.skipped++;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return timings.report(System.nanoTime() - start);
  }

  /** The resource type a policy is for, guessed from the service of its first action. */
  private static ResourceType typeOf(PolicyDocument policy) {
    String service =
        policy.statements().get(0).action().patterns().get(0).service().toLowerCase(Locale.ROOT);
    for (ResourceType t : ResourceType.values()) {
      if (t.servicePrefixes().contains(service)) {
        return t;
      }
    }
    return service.equals("sts")
        ? ResourceType.IAM_ASSUME_ROLE_POLICY_DOCUMENT
        : ResourceType.S3_BUCKET;
  }

  private static List<PolicyDocument> versions(Path file) {
    ObjectMapper mapper = new ObjectMapper();
    List<PolicyDocument> versions = new ArrayList<>();
    try (Stream<String> lines = Files.lines(file)) {
      for (String line : (Iterable<String>) lines::iterator) {
        JsonNode document = mapper.readTree(line).get("Document");
        versions.add(PolicyParser.parse(mapper.writeValueAsString(document)));
      }
    } catch (PolicyParseException e) {
      throw new CliException(file + ": " + e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return versions;
  }

  private static List<Path> files(Path folder, String suffix) {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long peakHeapMb() {
    return java.lang.management.ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
            .mapToLong(p -> p.getPeakUsage().getUsed())
            .sum()
        / (1024 * 1024);
  }

  /** Per-check durations and verdict counts. */
  private static final class Timings {
    private final List<Long> nanos = new ArrayList<>();
    private final List<String> labels = new ArrayList<>();
    private final List<String> verdictLabels = new ArrayList<>();
    private final List<String> unknowns = new ArrayList<>();
    private final Map<CheckResult.Verdict, Integer> verdicts =
        new EnumMap<>(CheckResult.Verdict.class);
    private int errors;
    int skipped;

    boolean more(int limit) {
      return limit <= 0 || nanos.size() + errors < limit;
    }

    void time(String label, Callable<CheckResult> check) {
      long start = System.nanoTime();
      String verdict;
      try {
        CheckResult result = check.call();
        verdicts.merge(result.verdict(), 1, Integer::sum);
        verdict = result.verdict().name();
        if (result.verdict() == CheckResult.Verdict.UNKNOWN) {
          unknowns.add(label + ": " + result.message());
        }
      } catch (Exception e) {
        errors++;
        verdict = "ERROR " + e.getMessage();
      }
      nanos.add(System.nanoTime() - start);
      labels.add(label);
      verdictLabels.add(verdict);
    }

    ObjectNode report(long wallNanos) {
      List<Long> sorted = nanos.stream().sorted().toList();
      ObjectNode node = new ObjectMapper().createObjectNode();
      node.put("checks", sorted.size());
      verdicts.forEach((v, n) -> node.put(v.name(), n));
      node.put("errors", errors);
      node.put("skippedUnparsable", skipped);
      node.put("p50Ms", millis(percentile(sorted, 0.50)));
      node.put("p99Ms", millis(percentile(sorted, 0.99)));
      node.put("maxMs", millis(sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1)));
      node.put("wallSeconds", wallNanos / 1e9);
      ArrayNode unknown = node.putArray("unknown");
      unknowns.forEach(unknown::add);
      ArrayNode slowest = node.putArray("slowest");
      java.util.stream.IntStream.range(0, nanos.size())
          .boxed()
          .sorted((a, b) -> Long.compare(nanos.get(b), nanos.get(a)))
          .limit(10)
          .forEach(
              i ->
                  slowest.add(
                      labels.get(i)
                          + " "
                          + verdictLabels.get(i)
                          + " "
                          + millis(nanos.get(i))
                          + " ms"));
      return node;
    }

    private static long percentile(List<Long> sorted, double q) {
      return sorted.isEmpty()
          ? 0
          : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(q * sorted.size())));
    }

    private static double millis(long nanos) {
      return Math.round(nanos / 1e4) / 100.0;
    }
  }
}
