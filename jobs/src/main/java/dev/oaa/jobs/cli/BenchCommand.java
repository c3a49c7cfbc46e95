package dev.oaa.jobs.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.oaa.reasoning.analysis.ActionUniverse;
import dev.oaa.reasoning.analysis.CheckResult;
import dev.oaa.reasoning.analysis.EvaluatorReplay;
import dev.oaa.reasoning.analysis.ExternalAccessAnalyzer;
import dev.oaa.reasoning.analysis.ExternalAccessResult;
import dev.oaa.reasoning.analysis.PolicyChecks;
import dev.oaa.reasoning.analysis.PolicyType;
import dev.oaa.reasoning.analysis.ResourceType;
import dev.oaa.reasoning.analysis.ZoneOfTrust;
import dev.oaa.reasoning.catalog.ServiceReferenceLoader;
import dev.oaa.reasoning.errors.PolicyParseException;
import dev.oaa.reasoning.policy.PolicyDocument;
import dev.oaa.reasoning.policy.json.PolicyParser;
import dev.oaa.reasoning.smt.z3.Z3Solver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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
    report.set("externalAccess", externalAccess(timeout));
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

  /**
   * External access on the bucket policies for which AWS's own analyzer times were recorded
   * (aws-access-analyzer-findings), warmed up once, then every resource policy of the corpus.
   */
  private ObjectNode externalAccess(Duration timeout) {
    Path folder = data.resolve("external-tests/aws-access-analyzer-findings");
    ActionUniverse universe =
        Files.isDirectory(data.resolve("service-reference"))
            ? ActionUniverse.of(ServiceReferenceLoader.load(data.resolve("service-reference")))
            : ActionUniverse.none();
    ObjectNode node = new ObjectMapper().createObjectNode();
    try (ExternalAccessAnalyzer analyzer =
        new ExternalAccessAnalyzer(new Z3Solver(), EvaluatorReplay.INSTANCE, timeout, universe)) {
      List<Path> policies = files(folder, "policy.json");
      for (int warmup = 0; warmup < 2; warmup++) {
        policies.forEach(p -> analyzeBucket(analyzer, p));
      }
      Timings aws = new Timings();
      long start = System.nanoTime();
      for (Path p : policies) {
        aws.timeAnalysis(
            folder.relativize(p.getParent()).toString(), () -> analyzeBucket(analyzer, p));
      }
      node.set("awsFindingsCorpus", aws.report(System.nanoTime() - start));
      Timings corpus = new Timings();
      start = System.nanoTime();
      for (Path file : files(data.resolve("resource-policies"), ".json")) {
        if (file.getFileName().toString().endsWith("manifest.json")) {
          continue;
        }
        try {
          PolicyDocument policy = PolicyParser.parse(Files.readString(file));
          corpus.timeAnalysis(
              file.getFileName().toString(),
              () ->
                  analyzer.analyze(
                      policy,
                      typeOf(policy),
                      "arn:aws:s3:::example-bucket",
                      ZoneOfTrust.account("111122223333")));
        } catch (PolicyParseException e) {
          corpus.skipped++;
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      node.set("resourcePolicies", corpus.report(System.nanoTime() - start));
    }
    return node;
  }

  private static ExternalAccessResult analyzeBucket(
      ExternalAccessAnalyzer analyzer, Path policyFile) {
    try {
      return analyzer.analyze(
          PolicyParser.parse(Files.readString(policyFile)),
          ResourceType.S3_BUCKET,
          "arn:aws:s3:::antsknmath",
          ZoneOfTrust.account("222634363387"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
    private final Map<String, Integer> verdicts = new java.util.TreeMap<>();
    private int findings;
    private int errors;
    int skipped;

    boolean more(int limit) {
      return limit <= 0 || nanos.size() + errors < limit;
    }

    /** Times one external-access analysis: verdict WITH_FINDINGS, NONE or UNKNOWN. */
    void timeAnalysis(String label, Callable<ExternalAccessResult> analysis) {
      timeVerdict(
          label,
          () -> {
            ExternalAccessResult r = analysis.call();
            findings += r.findings().size();
            if (r instanceof ExternalAccessResult.Unknown u) {
              unknowns.add(label + ": " + u.message());
              return "UNKNOWN";
            }
            return r.findings().isEmpty() ? "NONE" : "WITH_FINDINGS";
          });
    }

    void time(String label, Callable<CheckResult> check) {
      timeVerdict(
          label,
          () -> {
            CheckResult result = check.call();
            if (result.verdict() == CheckResult.Verdict.UNKNOWN) {
              unknowns.add(label + ": " + result.message());
            }
            return result.verdict().name();
          });
    }

    private void timeVerdict(String label, Callable<String> check) {
      long start = System.nanoTime();
      String verdict;
      try {
        verdict = check.call();
        verdicts.merge(verdict, 1, Integer::sum);
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
      verdicts.forEach(node::put);
      if (findings > 0) {
        node.put("findings", findings);
        node.put("findingsPerSecond", Math.round(findings / (wallNanos / 1e9)));
      }
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
