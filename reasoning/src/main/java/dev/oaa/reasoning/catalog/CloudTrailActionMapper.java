package dev.oaa.reasoning.catalog;

import dev.oaa.reasoning.catalog.ActionMapping.Basis;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Maps a CloudTrail event ({@code eventSource}, {@code eventName}) to the IAM actions it needed.
 *
 * <p>The service prefix comes from the event source: the project's table of hosts whose prefix
 * differs ({@code monitoring.amazonaws.com} → {@code cloudwatch}), else the host's first label
 * ({@code ec2.amazonaws.com} → {@code ec2}). The event name loses its API-version suffix ({@code
 * ListVersionsByFunction20150331} → {@code ListVersionsByFunction}, {@code
 * UpdateDistribution2016_11_25} → {@code UpdateDistribution}). Then, first match wins:
 *
 * <ol>
 *   <li>the project's explicit table ({@code cloudtrail-event-actions.tsv}): S3 calls named after
 *       the REST API ({@code ListObjects} → {@code s3:ListBucket}), Lambda {@code Invoke}, events
 *       that need no permission ({@code sts:GetCallerIdentity}, sign-in and service events);
 *   <li>an action of the service with the event's name, ignoring case ({@code PutBucketCors} →
 *       {@code s3:PutBucketCORS}), with the cross-service actions of a same-named catalog operation
 *       as dependent actions ({@code amplify:CreateApp} → {@code iam:PassRole});
 *   <li>the catalog's {@code Operations} entry for the event: the actions of the event's own
 *       service are needed, the others dependent;
 *   <li>for API Gateway, the verb of the management call ({@code CreateRestApi} → {@code
 *       apigateway:POST}).
 * </ol>
 *
 * <p>Results are cached per (source, name) pair, so mapping millions of events costs a hash lookup
 * each. Instances are immutable and thread-safe.
 */
public final class CloudTrailActionMapper {
  private static final Pattern API_VERSION =
      Pattern.compile("(.+?)(\\d{4}_?\\d{2}_?\\d{2})(v\\d+)?");
  private static final int MAX_CACHED = 100_000;
  private static final String APIGATEWAY = "apigateway";

  private final ServiceCatalog catalog;
  private final Map<String, ActionMapping> cache = new ConcurrentHashMap<>();

  private CloudTrailActionMapper(ServiceCatalog catalog) {
    this.catalog = catalog;
  }

  /** A mapper over {@code catalog} with the project's built-in tables. */
  public static CloudTrailActionMapper of(ServiceCatalog catalog) {
    return new CloudTrailActionMapper(catalog);
  }

  /**
   * The IAM actions the event needed.
   *
   * @param eventSource the event's {@code eventSource}, e.g. {@code s3.amazonaws.com}
   * @param eventName the event's {@code eventName}, e.g. {@code ListObjects}
   */
  public ActionMapping map(String eventSource, String eventName) {
    Objects.requireNonNull(eventSource, "eventSource");
    Objects.requireNonNull(eventName, "eventName");
    String key = eventSource + '\n' + eventName;
    ActionMapping cached = cache.get(key);
    if (cached != null) {
      return cached;
    }
    ActionMapping mapping = compute(servicePrefix(eventSource), operationName(eventName));
    if (cache.size() < MAX_CACHED) {
      cache.put(key, mapping);
    }
    return mapping;
  }

  /**
   * The IAM service prefix of an event source: the table's entry for the host, else its first
   * label, lower case ({@code autoscaling.amazonaws.com} → {@code autoscaling}).
   */
  public String servicePrefix(String eventSource) {
    String host = eventSource.strip().toLowerCase(Locale.ROOT);
    Optional<String> listed = EventTables.prefixOfHost(host);
    if (listed.isPresent()) {
      return listed.get();
    }
    int dot = host.indexOf('.');
    return dot < 0 ? host : host.substring(0, dot);
  }

  /**
   * The event name without the API-version suffix that some services append ({@code
   * GetFunctionConfiguration20150331v2} → {@code GetFunctionConfiguration}).
   */
  public static String operationName(String eventName) {
    String name = eventName.strip();
    Matcher versioned = API_VERSION.matcher(name);
    return versioned.matches() ? versioned.group(1) : name;
  }

  private ActionMapping compute(String prefix, String name) {
    Optional<EventTables.Row> row = EventTables.row(prefix, name);
    if (row.isPresent()) {
      return row.get().needsNoAction()
          ? new ActionMapping.NoActionRequired(prefix, row.get().noActionReason())
          : resolve(
              prefix, row.get().actions(), row.get().dependentActions(), Basis.EXPLICIT_TABLE);
    }
    if (!catalog.isKnownService(prefix)) {
      return new ActionMapping.UnknownService(prefix, List.of(prefix + ":" + name));
    }
    Optional<OperationDefinition> operation = catalog.operation(prefix, name);
    Optional<ActionDefinition> sameName = catalog.action(prefix + ":" + name);
    if (sameName.isPresent()) {
      return fromSameName(prefix, sameName.get().qualifiedName(), operation);
    }
    if (operation.isPresent() && !operation.get().authorizedActions().isEmpty()) {
      return fromOperation(prefix, name, operation.get());
    }
    if (prefix.equals(APIGATEWAY)) {
      Optional<String> verb = ApiGatewayVerbs.verbOf(name);
      if (verb.isPresent()) {
        return resolve(
            prefix, List.of(APIGATEWAY + ":" + verb.get()), List.of(), Basis.API_GATEWAY_VERB);
      }
    }
    return new ActionMapping.NotInCatalog(prefix, List.of(prefix + ":" + name));
  }

  /**
   * The action named like the event is needed; if the catalog's operation of that name lists it,
   * the operation's other actions are dependent. An operation that does not list it disagrees with
   * the catalog's own action and is ignored.
   */
  private static ActionMapping fromSameName(
      String prefix, String action, Optional<OperationDefinition> operation) {
    List<String> dependent =
        operation
            .filter(o -> o.authorizedActions().stream().anyMatch(action::equalsIgnoreCase))
            .map(o -> o.authorizedActions().stream().filter(a -> !a.equalsIgnoreCase(action)))
            .map(Stream::toList)
            .orElse(List.of());
    return new ActionMapping.Known(prefix, List.of(action), dependent, Basis.SAME_NAME);
  }

  /** The operation's actions in the event's own service are needed; the others are dependent. */
  private ActionMapping fromOperation(String prefix, String name, OperationDefinition operation) {
    List<String> own = new ArrayList<>();
    List<String> other = new ArrayList<>();
    for (String action : operation.authorizedActions()) {
      (action.toLowerCase(Locale.ROOT).startsWith(prefix + ":") ? own : other).add(action);
    }
    if (own.isEmpty()) {
      return new ActionMapping.NotInCatalog(prefix, List.of(prefix + ":" + name));
    }
    return resolve(prefix, own, other, Basis.CATALOG_OPERATION);
  }

  /** Known in the catalog's spelling if every needed action is in the catalog. */
  private ActionMapping resolve(
      String prefix, List<String> actions, List<String> dependent, Basis basis) {
    List<String> canonical = new ArrayList<>();
    for (String action : actions) {
      Optional<ActionDefinition> found = catalog.action(action);
      if (found.isEmpty()) {
        return new ActionMapping.NotInCatalog(prefix, actions);
      }
      canonical.add(found.get().qualifiedName());
    }
    List<String> dependentCanonical =
        dependent.stream()
            .map(a -> catalog.action(a).map(ActionDefinition::qualifiedName).orElse(a))
            .toList();
    return new ActionMapping.Known(prefix, canonical, dependentCanonical, basis);
  }
}
