package dev.oaa.reasoning.smt;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Turns a {@link SymbolicModel} into a {@link ConcreteRequest}: each region becomes its witness
 * string, each number, date, boolean and address its text.
 */
public final class WitnessBuilder {
  private final RequestSpace space;
  private final UnaryOperator<String> actionSpelling;

  /**
   * A builder for models of {@code space}.
   *
   * @param actionSpelling gives an action's catalog spelling ({@code s3:getobject} to {@code
   *     s3:GetObject}); the identity when no catalog is at hand
   */
  public WitnessBuilder(RequestSpace space, UnaryOperator<String> actionSpelling) {
    this.space = space;
    this.actionSpelling = actionSpelling;
  }

  /** The request that {@code model} describes. */
  public ConcreteRequest build(SymbolicModel model) {
    String principal = "";
    String role = "";
    switch (model.kind()) {
      case ACCOUNT_ROOT, IAM_USER -> principal = first(model, Dimensions.PRINCIPAL);
      case ROLE_SESSION -> {
        role = first(model, Dimensions.PRINCIPAL);
        principal = sessionArn(role, first(model, Dimensions.SESSION));
      }
      case SERVICE -> principal = first(model, Dimensions.SERVICE);
      case FEDERATED -> principal = first(model, Dimensions.FEDERATED);
      case ANONYMOUS -> principal = "";
    }
    return new ConcreteRequest(
        model.kind(),
        principal,
        role,
        actionSpelling.apply(first(model, Dimensions.ACTION)),
        first(model, Dimensions.RESOURCE),
        context(model));
  }

  private String first(SymbolicModel model, String dimension) {
    String realized = model.realized().get(dimension);
    if (realized != null) {
      return realized;
    }
    List<Integer> regions = model.regions().get(dimension);
    if (regions == null || regions.isEmpty()) {
      throw new IllegalStateException("The model has no value for " + dimension);
    }
    return space.string(dimension).witness(regions.get(0));
  }

  /**
   * {@code arn:aws:iam::A:role/path/R} with session S gives {@code
   * arn:aws:sts::A:assumed-role/R/S}.
   */
  static String sessionArn(String roleArn, String session) {
    String[] parts = roleArn.split(":", 6);
    String name = parts[5].substring(parts[5].lastIndexOf('/') + 1);
    return "arn:aws:sts::" + parts[4] + ":assumed-role/" + name + "/" + session;
  }

  private Map<String, List<String>> context(SymbolicModel model) {
    Map<String, List<String>> context = new LinkedHashMap<>();
    model
        .regions()
        .forEach(
            (dimension, regions) -> {
              String key = Dimensions.keyOf(dimension);
              if (key != null) {
                List<String> values = new ArrayList<>();
                regions.forEach(r -> values.add(space.string(dimension).witness(r)));
                context.put(key, values);
              }
            });
    // Atomic dimensions: the string that realizes the model's matches.
    model
        .realized()
        .forEach(
            (dimension, value) -> {
              String key = Dimensions.keyOf(dimension);
              if (key != null) {
                context.put(key, List.of(value));
              }
            });
    // Numbers before dates: a key read both ways (only in request pinning) is a number.
    model.numbers().entrySet().stream()
        .sorted(Map.Entry.comparingByKey(java.util.Comparator.comparing(d -> d.startsWith("d:"))))
        .forEach(
            e ->
                context.putIfAbsent(
                    Dimensions.keyOf(e.getKey()), List.of(text(e.getKey(), e.getValue()))));
    model
        .bools()
        .forEach(
            (dimension, value) ->
                context.putIfAbsent(Dimensions.keyOf(dimension), List.of(String.valueOf(value))));
    model
        .ips()
        .forEach(
            (dimension, value) -> context.putIfAbsent(Dimensions.keyOf(dimension), List.of(value)));
    // A key the model only mentions through Null or IfExists still needs a value when present.
    for (String presence : model.present()) {
      if (presence.startsWith("k:")) {
        context.putIfAbsent(presence.substring(2), List.of("oaa-any-value"));
      }
    }
    return context;
  }

  private static String text(String dimension, BigDecimal value) {
    if (dimension.startsWith("d:")) {
      return Instant.ofEpochSecond(value.longValueExact()).toString(); // whole seconds
    }
    return value.toPlainString();
  }
}
