package dev.oaa.reasoning.eval;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The condition keys of a request and their values. Key names are case-insensitive, as in IAM;
 * values are kept as strings and read by each condition operator in its own type. A key with an
 * empty list of values is the same as an absent key (IAM's "null data set").
 *
 * @param entries the values by lower-case key name; keys with no value are dropped
 */
public record RequestContext(Map<String, List<String>> entries) {
  public RequestContext {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    entries.forEach(
        (k, v) -> {
          if (!v.isEmpty()) {
            copy.put(k.toLowerCase(Locale.ROOT), List.copyOf(v));
          }
        });
    entries = Map.copyOf(copy);
  }

  /** No keys. */
  public static RequestContext empty() {
    return new RequestContext(Map.of());
  }

  /** The given keys and values; later spellings of the same key (ignoring case) win. */
  public static RequestContext of(Map<String, List<String>> values) {
    return new RequestContext(values);
  }

  /** This context with {@code key} set to {@code values} (replacing any previous values). */
  public RequestContext with(String key, String... values) {
    return with(key, Arrays.asList(values));
  }

  /** This context with {@code key} set to {@code values} (replacing any previous values). */
  public RequestContext with(String key, List<String> values) {
    Map<String, List<String>> copy = new LinkedHashMap<>(entries);
    copy.put(key.toLowerCase(Locale.ROOT), values);
    return new RequestContext(copy);
  }

  /** This context with every key of {@code defaults} that it does not set itself. */
  RequestContext withDefaults(RequestContext defaults) {
    Map<String, List<String>> copy = new LinkedHashMap<>(defaults.entries);
    copy.putAll(entries);
    return new RequestContext(copy);
  }

  /** The values of {@code key}, or empty when the request does not have it. */
  public Optional<List<String>> values(String key) {
    return Optional.ofNullable(entries.get(key.toLowerCase(Locale.ROOT)));
  }
}
