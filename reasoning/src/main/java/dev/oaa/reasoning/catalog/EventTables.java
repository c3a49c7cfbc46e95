package dev.oaa.reasoning.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The project's hand-written CloudTrail tables, shipped as resources next to this class: event
 * source hosts whose IAM prefix is not their first label ({@code cloudtrail-event-sources.tsv}),
 * and events named differently from their actions ({@code cloudtrail-event-actions.tsv}).
 */
final class EventTables {
  private static final Pattern COMMA = Pattern.compile(",");
  private static final String NONE = "none:";

  private static final Map<String, String> PREFIX_BY_HOST = loadHosts();
  private static final Map<String, Row> ROWS = loadRows();

  private EventTables() {}

  /** One row of the event table: the actions, or the reason why none is needed. */
  record Row(List<String> actions, List<String> dependentActions, String noActionReason) {
    Row {
      actions = List.copyOf(actions);
      dependentActions = List.copyOf(dependentActions);
    }

    /** Whether the row says that no action is needed. */
    boolean needsNoAction() {
      return !noActionReason.isEmpty();
    }
  }

  /** The IAM prefix of a host, if the table lists it. */
  static Optional<String> prefixOfHost(String host) {
    return Optional.ofNullable(PREFIX_BY_HOST.get(host.toLowerCase(Locale.ROOT)));
  }

  /** The row for {@code prefix} and {@code eventName} (ignoring case), if the table has one. */
  static Optional<Row> row(String prefix, String eventName) {
    return Optional.ofNullable(ROWS.get(key(prefix, eventName)));
  }

  /** Every host of the source table with its prefix (for tests that check the table). */
  static Map<String, String> hosts() {
    return PREFIX_BY_HOST;
  }

  /** Every row of the event table by {@code prefix:eventName}, lower case (for tests). */
  static Map<String, Row> rows() {
    return ROWS;
  }

  private static String key(String prefix, String eventName) {
    return (prefix + ":" + eventName).toLowerCase(Locale.ROOT);
  }

  private static Map<String, String> loadHosts() {
    Map<String, String> hosts = new HashMap<>();
    for (List<String> row : Tables.read("cloudtrail-event-sources.tsv", 2)) {
      hosts.put(row.get(0).toLowerCase(Locale.ROOT), row.get(1));
    }
    return Map.copyOf(hosts);
  }

  private static Map<String, Row> loadRows() {
    Map<String, Row> rows = new HashMap<>();
    for (List<String> row : Tables.read("cloudtrail-event-actions.tsv", 3)) {
      String target = row.get(2);
      if (rows.containsKey(key(row.get(0), row.get(1)))) {
        throw new IllegalStateException("Duplicate row in cloudtrail-event-actions.tsv: " + row);
      }
      if (target.startsWith(NONE)) {
        String reason = target.substring(NONE.length()).strip();
        rows.put(key(row.get(0), row.get(1)), new Row(List.of(), List.of(), reason));
        continue;
      }
      List<String> actions = new ArrayList<>();
      List<String> dependent = new ArrayList<>();
      for (String action : COMMA.split(target, -1)) {
        String trimmed = action.strip();
        if (trimmed.startsWith("+")) {
          dependent.add(trimmed.substring(1));
        } else {
          actions.add(trimmed);
        }
      }
      rows.put(key(row.get(0), row.get(1)), new Row(actions, dependent, ""));
    }
    return Map.copyOf(rows);
  }
}
