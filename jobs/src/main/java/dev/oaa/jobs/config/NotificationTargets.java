package dev.oaa.jobs.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where new findings and status changes are announced: EventBridge buses, SNS topics, webhooks and
 * Security Hub, each with its own settings. Immutable and validated: every instance can be used.
 *
 * <p>In configuration (YAML under {@code oaa.notifications}, read with {@link #read}):
 *
 * <pre>{@code
 * targets:
 *   - type: eventbridge          # PutEvents in Access Analyzer's event shape
 *     event-bus: default         # a bus name or ARN; default "default"
 *     region: us-east-1          # optional when event-bus is an ARN
 *   - type: sns
 *     topic-arn: arn:aws:sns:us-east-1:111122223333:findings   # region from the ARN
 *   - type: webhook              # Slack-compatible {"text": ...} plus the finding
 *     url-env: OAA_SLACK_WEBHOOK # or url: https://...; an env variable keeps the secret out of conf
 *   - type: securityhub          # ASFF through BatchImportFindings
 *     region: us-east-1
 *     account-id: "111122223333" # or product-arn: arn:aws:securityhub:...:product/.../default
 * }</pre>
 *
 * <p>Every target also takes {@code name} (unique; default: its type), {@code endpoint-override}
 * (AWS targets: a URL used instead of the AWS endpoint), {@code timeout-ms} (default 10000) and
 * {@code retry: {max-attempts: 3, base-delay-ms: 200, max-delay-ms: 5000}}. Credentials never come
 * from configuration: AWS targets use the runtime's (instance role, environment).
 *
 * @param targets the targets, in order; may be empty
 */
public record NotificationTargets(List<Target> targets) {

  /** The configuration key these targets are read from. */
  public static final String KEY = "oaa.notifications";

  private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d{1,2}");
  private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
  private static final Pattern TOPIC_ARN =
      Pattern.compile(
          "arn:(aws(?:-[a-z]+)*):sns:([a-z]{2}(?:-[a-z]+)+-\\d{1,2}):(\\d{12}):[A-Za-z0-9_-]{1,256}(\\.fifo)?");
  private static final Pattern BUS_NAME = Pattern.compile("[/.\\-_A-Za-z0-9]{1,256}");
  private static final Pattern BUS_ARN =
      Pattern.compile(
          "arn:(aws(?:-[a-z]+)*):events:([a-z]{2}(?:-[a-z]+)+-\\d{1,2}):(\\d{12}):event-bus/[/.\\-_A-Za-z0-9]{1,256}");
  private static final Pattern PRODUCT_ARN =
      Pattern.compile(
          "arn:(aws(?:-[a-z]+)*):securityhub:([a-z]{2}(?:-[a-z]+)+-\\d{1,2}):(\\d{12})?:product/[^\\s]+");

  private static final List<String> TYPES = List.of("eventbridge", "sns", "webhook", "securityhub");
  private static final List<String> COMMON_KEYS = List.of("type", "name", "timeout-ms", "retry");
  private static final List<String> RETRY_KEYS =
      List.of("max-attempts", "base-delay-ms", "max-delay-ms");
  private static final Map<String, List<String>> TYPE_KEYS =
      Map.of(
          "eventbridge", List.of("event-bus", "region", "endpoint-override"),
          "sns", List.of("topic-arn", "region", "endpoint-override"),
          "webhook", List.of("url", "url-env"),
          "securityhub", List.of("region", "account-id", "product-arn", "endpoint-override"));

  /** Copies the list and checks that target names are unique. */
  public NotificationTargets {
    targets = List.copyOf(targets);
    Set<String> names = new HashSet<>();
    for (int i = 0; i < targets.size(); i++) {
      String name = targets.get(i).name();
      if (!names.add(name)) {
        throw NotificationConfigErrors.conflict(
            KEY + ".targets[" + i + "].name",
            "duplicate target name `" + name + "`. Give each target a unique `name`");
      }
    }
  }

  /** No targets: nothing is announced. */
  public static NotificationTargets none() {
    return new NotificationTargets(List.of());
  }

  /**
   * Reads the {@code oaa.notifications} tree of the configuration (a Jackson tree of YAML or JSON):
   * an object with one key, {@code targets}, a list of targets. A missing or null tree means no
   * targets.
   *
   * @param env looks up environment variables, for {@code url-env} ({@code System::getenv} in jobs)
   * @throws NotificationConfigException naming the key at fault, in one line
   */
  public static NotificationTargets read(JsonNode tree, Function<String, String> env) {
    if (tree == null || tree.isNull() || tree.isMissingNode()) {
      return none();
    }
    if (!tree.isObject()) {
      throw NotificationConfigErrors.invalid(KEY, tree.toString(), "an object with `targets`");
    }
    for (Iterator<String> keys = tree.fieldNames(); keys.hasNext(); ) {
      String key = keys.next();
      if (!key.equals("targets")) {
        throw NotificationConfigErrors.conflict(
            KEY + "." + key, "unknown key (valid keys: targets)");
      }
    }
    JsonNode list = tree.path("targets");
    if (list.isMissingNode() || list.isNull()) {
      return none();
    }
    if (!list.isArray()) {
      throw NotificationConfigErrors.invalid(KEY + ".targets", list.toString(), "a list");
    }
    List<Target> targets = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      targets.add(readTarget(list.get(i), KEY + ".targets[" + i + "]", env));
    }
    return new NotificationTargets(targets);
  }

  /** Dispatch over the four target types (add a type, and every visitor stops compiling). */
  public interface Visitor<R> {
    /** An EventBridge bus. */
    R visitEventBridge(EventBridge target);

    /** An SNS topic. */
    R visitSns(Sns target);

    /** A webhook. */
    R visitWebhook(Webhook target);

    /** Security Hub. */
    R visitSecurityHub(SecurityHub target);
  }

  /** One target. */
  public sealed interface Target permits EventBridge, Sns, Webhook, SecurityHub {
    /** A unique name, used in reports and logs. */
    String name();

    /** The type as configuration spells it: {@code eventbridge}, {@code sns}, … */
    String type();

    /** The retries of a failed delivery. */
    Retry retry();

    /** The most one call (with its retries) may take. */
    Duration timeout();

    /** Calls the visitor's method for this type. */
    <R> R accept(Visitor<R> visitor);
  }

  /**
   * Bounded retries with exponential backoff and full jitter.
   *
   * @param maxAttempts attempts in all, 1 to 10 (1: no retry)
   * @param baseDelay the delay before the first retry, doubled for each next one
   * @param maxDelay the cap of one delay
   */
  public record Retry(int maxAttempts, Duration baseDelay, Duration maxDelay) {
    /** Three attempts, 200 ms then 400 ms (with jitter), each at most 5 s. */
    public static final Retry DEFAULT = new Retry(3, Duration.ofMillis(200), Duration.ofSeconds(5));

    /** Checks the bounds. */
    public Retry {
      Objects.requireNonNull(baseDelay, "baseDelay");
      Objects.requireNonNull(maxDelay, "maxDelay");
      if (maxAttempts < 1 || maxAttempts > 10) {
        throw NotificationConfigErrors.invalid(
            "retry.max-attempts", Integer.toString(maxAttempts), "1 to 10");
      }
      if (baseDelay.isNegative() || maxDelay.compareTo(baseDelay) < 0) {
        throw NotificationConfigErrors.invalid(
            "retry.max-delay-ms",
            maxDelay.toMillis() + "",
            "a delay of at least base-delay-ms (" + baseDelay.toMillis() + ")");
      }
    }
  }

  /**
   * EventBridge {@code PutEvents}.
   *
   * @param eventBus a bus name ({@code default}) or ARN
   * @param region the region of the bus
   * @param endpointOverride the endpoint to call instead of AWS's, or {@code null}
   */
  public record EventBridge(
      String name,
      String eventBus,
      String region,
      URI endpointOverride,
      Retry retry,
      Duration timeout)
      implements Target {
    /** Checks the bus and region. */
    public EventBridge {
      checkName(name);
      Objects.requireNonNull(retry, "retry");
      checkTimeout(name, timeout);
      if (!BUS_NAME.matcher(eventBus).matches() && !BUS_ARN.matcher(eventBus).matches()) {
        throw NotificationConfigErrors.invalid(
            name + ".event-bus", eventBus, "a bus name or an `arn:aws:events:…:event-bus/…` ARN");
      }
      checkRegion(name, region);
      checkEndpoint(name, endpointOverride);
    }

    @Override
    public String type() {
      return "eventbridge";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitEventBridge(this);
    }
  }

  /**
   * SNS {@code Publish}.
   *
   * @param topicArn the topic; a {@code .fifo} topic gets a message group per resource
   * @param region the topic's region
   * @param endpointOverride the endpoint to call instead of AWS's, or {@code null}
   */
  public record Sns(
      String name,
      String topicArn,
      String region,
      URI endpointOverride,
      Retry retry,
      Duration timeout)
      implements Target {
    /** Checks the topic ARN and region. */
    public Sns {
      checkName(name);
      Objects.requireNonNull(retry, "retry");
      checkTimeout(name, timeout);
      if (!TOPIC_ARN.matcher(topicArn).matches()) {
        throw NotificationConfigErrors.invalid(
            name + ".topic-arn", topicArn, "an `arn:aws:sns:<region>:<account>:<topic>` ARN");
      }
      checkRegion(name, region);
      checkEndpoint(name, endpointOverride);
    }

    /** Whether the topic is a FIFO topic. */
    public boolean isFifo() {
      return topicArn.endsWith(".fifo");
    }

    @Override
    public String type() {
      return "sns";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitSns(this);
    }
  }

  /**
   * An HTTP POST of a Slack-compatible JSON body per change.
   *
   * @param url an {@code http} or {@code https} URL
   */
  public record Webhook(String name, URI url, Retry retry, Duration timeout) implements Target {
    /** Checks the URL. */
    public Webhook {
      checkName(name);
      Objects.requireNonNull(retry, "retry");
      checkTimeout(name, timeout);
      Objects.requireNonNull(url, "url");
      if (!isHttpUrl(url)) {
        throw NotificationConfigErrors.invalid(
            name + ".url", redact(url.toString()), "an http or https webhook URL with a host");
      }
    }

    @Override
    public String type() {
      return "webhook";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitWebhook(this);
    }

    /** The URL without its path and query, which often hold a secret (Slack's do). */
    public String safeUrl() {
      return redact(url.toString());
    }
  }

  /**
   * Security Hub {@code BatchImportFindings} in ASFF.
   *
   * @param productArn the product ARN findings are imported under
   * @param region the region of Security Hub (and of global resources in ASFF)
   * @param endpointOverride the endpoint to call instead of AWS's, or {@code null}
   */
  public record SecurityHub(
      String name,
      String productArn,
      String region,
      URI endpointOverride,
      Retry retry,
      Duration timeout)
      implements Target {
    /** Checks the product ARN and region. */
    public SecurityHub {
      checkName(name);
      Objects.requireNonNull(retry, "retry");
      checkTimeout(name, timeout);
      if (!PRODUCT_ARN.matcher(productArn).matches()) {
        throw NotificationConfigErrors.invalid(
            name + ".product-arn",
            productArn,
            "an `arn:aws:securityhub:<region>:<account>:product/<account>/default` ARN");
      }
      checkRegion(name, region);
      checkEndpoint(name, endpointOverride);
    }

    /**
     * The product ARN of a custom integration in {@code accountId}: {@code product/<id>/default}.
     */
    public static String defaultProductArn(String partition, String region, String accountId) {
      return "arn:"
          + partition
          + ":securityhub:"
          + region
          + ":"
          + accountId
          + ":product/"
          + accountId
          + "/default";
    }

    @Override
    public String type() {
      return "securityhub";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitSecurityHub(this);
    }
  }

  // ---- reading ----------------------------------------------------------------------------------

  private static Target readTarget(JsonNode node, String at, Function<String, String> env) {
    if (!node.isObject()) {
      throw NotificationConfigErrors.invalid(at, node.toString(), "an object with a `type`");
    }
    String type = text(node, at, "type");
    if (type == null) {
      throw NotificationConfigErrors.missing(at + ".type", "`type` (one of " + types() + ")");
    }
    if (!TYPES.contains(type)) {
      throw NotificationConfigErrors.invalid(at + ".type", type, "one of " + types());
    }
    Set<String> allowed = new LinkedHashSet<>(COMMON_KEYS);
    allowed.addAll(TYPE_KEYS.get(type));
    for (Iterator<String> keys = node.fieldNames(); keys.hasNext(); ) {
      String key = keys.next();
      if (!allowed.contains(key)) {
        throw NotificationConfigErrors.unknownKey(at + "." + key, type, allowed);
      }
    }
    String name = orElse(text(node, at, "name"), type);
    Retry retry = readRetry(node.path("retry"), at + ".retry");
    Duration timeout = Duration.ofMillis(number(node, at, "timeout-ms", 10_000, 1, 600_000));
    try {
      return switch (type) {
        case "eventbridge" -> readEventBridge(node, at, name, retry, timeout);
        case "sns" -> readSns(node, at, name, retry, timeout);
        case "webhook" -> readWebhook(node, at, name, retry, timeout, env);
        default -> readSecurityHub(node, at, name, retry, timeout);
      };
    } catch (NotificationConfigException e) {
      // The records name the key relative to the target; give the full key.
      if (e.key().startsWith(name + ".")) {
        String full = at + e.key().substring(name.length());
        throw new NotificationConfigException(e.getMessage().replace(e.key(), full), full);
      }
      throw e;
    }
  }

  private static EventBridge readEventBridge(
      JsonNode node, String at, String name, Retry retry, Duration timeout) {
    String bus = orElse(text(node, at, "event-bus"), "default");
    String region = text(node, at, "region");
    Matcher arn = BUS_ARN.matcher(bus);
    if (region == null) {
      if (!arn.matches()) {
        throw NotificationConfigErrors.missing(
            at + ".region", "`region` (required unless `event-bus` is an ARN)");
      }
      region = arn.group(2);
    }
    return new EventBridge(name, bus, region, endpoint(node, at), retry, timeout);
  }

  private static Sns readSns(JsonNode node, String at, String name, Retry retry, Duration timeout) {
    String topic = text(node, at, "topic-arn");
    if (topic == null) {
      throw NotificationConfigErrors.missing(at + ".topic-arn", "`topic-arn`");
    }
    Matcher arn = TOPIC_ARN.matcher(topic);
    if (!arn.matches()) {
      throw NotificationConfigErrors.invalid(
          at + ".topic-arn", topic, "an `arn:aws:sns:<region>:<account>:<topic>` ARN");
    }
    String region = orElse(text(node, at, "region"), arn.group(2));
    return new Sns(name, topic, region, endpoint(node, at), retry, timeout);
  }

  private static Webhook readWebhook(
      JsonNode node,
      String at,
      String name,
      Retry retry,
      Duration timeout,
      Function<String, String> env) {
    String url = text(node, at, "url");
    String variable = text(node, at, "url-env");
    if ((url == null) == (variable == null)) {
      throw NotificationConfigErrors.conflict(
          at, "give exactly one of `url` and `url-env` (an environment variable holding the URL)");
    }
    String key = at + (url != null ? ".url" : ".url-env");
    if (variable != null) {
      url = env.apply(variable);
      if (url == null || url.isBlank()) {
        throw NotificationConfigErrors.missing(
            key, "environment variable `" + variable + "` (unset or empty)");
      }
    }
    // Webhook URLs often hold a secret in their path: messages show only scheme and host.
    String shown = variable != null ? "$" + variable + " = " + redact(url) : redact(url);
    URI uri;
    try {
      uri = new URI(url.trim());
    } catch (URISyntaxException e) {
      throw NotificationConfigErrors.invalid(key, shown, "an http or https URL");
    }
    if (!isHttpUrl(uri)) {
      throw NotificationConfigErrors.invalid(
          key, shown, "an http or https webhook URL with a host");
    }
    return new Webhook(name, uri, retry, timeout);
  }

  private static SecurityHub readSecurityHub(
      JsonNode node, String at, String name, Retry retry, Duration timeout) {
    String region = text(node, at, "region");
    if (region == null) {
      throw NotificationConfigErrors.missing(at + ".region", "`region`");
    }
    checkRegion(at, region);
    String productArn = text(node, at, "product-arn");
    String account = text(node, at, "account-id");
    if ((productArn == null) == (account == null)) {
      throw NotificationConfigErrors.conflict(
          at,
          "give exactly one of `product-arn` and `account-id` (for the account's"
              + " `product/<account>/default` ARN)");
    }
    if (account != null) {
      if (!ACCOUNT.matcher(account).matches()) {
        throw NotificationConfigErrors.invalid(at + ".account-id", account, "12 digits");
      }
      String partition = region.startsWith("cn-") ? "aws-cn" : "aws";
      if (region.startsWith("us-gov-")) {
        partition = "aws-us-gov";
      }
      productArn = SecurityHub.defaultProductArn(partition, region, account);
    }
    return new SecurityHub(name, productArn, region, endpoint(node, at), retry, timeout);
  }

  private static Retry readRetry(JsonNode node, String at) {
    if (node.isMissingNode() || node.isNull()) {
      return Retry.DEFAULT;
    }
    if (!node.isObject()) {
      throw NotificationConfigErrors.invalid(at, node.toString(), "an object");
    }
    for (Iterator<String> keys = node.fieldNames(); keys.hasNext(); ) {
      String key = keys.next();
      if (!RETRY_KEYS.contains(key)) {
        throw NotificationConfigErrors.conflict(
            at + "." + key, "unknown key (valid keys: " + String.join(", ", RETRY_KEYS) + ")");
      }
    }
    int attempts = (int) number(node, at, "max-attempts", Retry.DEFAULT.maxAttempts(), 1, 10);
    long base = number(node, at, "base-delay-ms", Retry.DEFAULT.baseDelay().toMillis(), 0, 60_000);
    long max = number(node, at, "max-delay-ms", Math.max(base, 5_000), 0, 600_000);
    if (max < base) {
      throw NotificationConfigErrors.invalid(
          at + ".max-delay-ms", Long.toString(max), "at least base-delay-ms (" + base + ")");
    }
    return new Retry(attempts, Duration.ofMillis(base), Duration.ofMillis(max));
  }

  private static URI endpoint(JsonNode node, String at) {
    String text = text(node, at, "endpoint-override");
    if (text == null) {
      return null;
    }
    URI uri = uri(at + ".endpoint-override", text, "an http or https URL");
    checkHttpUrl(at + ".endpoint-override", uri, "endpoint");
    return uri;
  }

  private static String text(JsonNode node, String at, String key) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual() && !value.isNumber()) {
      throw NotificationConfigErrors.invalid(at + "." + key, value.toString(), "a string");
    }
    String text = value.asText().trim();
    if (text.isEmpty()) {
      throw NotificationConfigErrors.invalid(at + "." + key, "", "a non-empty string");
    }
    return text;
  }

  private static long number(
      JsonNode node, String at, String key, long fallback, long min, long max) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      return fallback;
    }
    if (!value.canConvertToLong() || value.asLong() < min || value.asLong() > max) {
      throw NotificationConfigErrors.invalid(
          at + "." + key,
          value.asText().isEmpty() ? value.toString() : value.asText(),
          "an integer from " + min + " to " + max);
    }
    return value.asLong();
  }

  private static URI uri(String key, String text, String expected) {
    try {
      return new URI(text);
    } catch (URISyntaxException e) {
      throw NotificationConfigErrors.invalid(key, text, expected);
    }
  }

  private static String orElse(String value, String fallback) {
    return value != null ? value : fallback;
  }

  private static String types() {
    return String.join(", ", TYPES);
  }

  private static void checkName(String name) {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw NotificationConfigErrors.invalid("name", name, "a non-empty name");
    }
  }

  private static void checkTimeout(String name, Duration timeout) {
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw NotificationConfigErrors.invalid(
          name + ".timeout-ms", Long.toString(timeout.toMillis()), "a positive duration");
    }
  }

  private static void checkRegion(String name, String region) {
    Objects.requireNonNull(region, "region");
    if (!REGION.matcher(region).matches()) {
      throw NotificationConfigErrors.invalid(
          name + ".region", region, "an AWS region such as `us-east-1`");
    }
  }

  private static void checkEndpoint(String name, URI endpoint) {
    if (endpoint != null) {
      checkHttpUrl(name + ".endpoint-override", endpoint, "endpoint");
    }
  }

  private static void checkHttpUrl(String key, URI uri, String what) {
    if (!isHttpUrl(uri)) {
      throw NotificationConfigErrors.invalid(
          key, uri.toString(), "an http or https " + what + " with a host");
    }
  }

  private static boolean isHttpUrl(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
  }

  /** {@code scheme://host/…}: a URL without the path and query that may hold a secret. */
  static String redact(String url) {
    int scheme = url.indexOf("://");
    if (scheme < 0) {
      return "…";
    }
    int path = url.indexOf('/', scheme + 3);
    return path < 0 ? url : url.substring(0, path) + "/…";
  }
}
