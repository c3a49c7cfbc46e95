package dev.oaa.reasoning.catalog;

import java.util.List;
import java.util.Objects;

/**
 * The IAM actions a CloudTrail event needed, as {@link CloudTrailActionMapper} derives them. Four
 * outcomes, so that callers can count and report what they could not map instead of dropping it:
 *
 * <ul>
 *   <li>{@link Known}: the event needed these catalog actions;
 *   <li>{@link NoActionRequired}: the event is not authorized by IAM (sign-in, service events,
 *       {@code sts:GetCallerIdentity});
 *   <li>{@link NotInCatalog}: the service is known but the derived action is not in the catalog;
 *   <li>{@link UnknownService}: the event source maps to no service of the catalog.
 * </ul>
 */
public sealed interface ActionMapping
    permits ActionMapping.Known,
        ActionMapping.NoActionRequired,
        ActionMapping.NotInCatalog,
        ActionMapping.UnknownService {

  /** The IAM service prefix derived from the event source. */
  String service();

  /**
   * The actions, qualified: the catalog's spelling for {@link Known}, the derived names for {@link
   * NotInCatalog} and {@link UnknownService}, none for {@link NoActionRequired}.
   */
  List<String> actions();

  /** How a {@link Known} mapping was found. */
  enum Basis {
    /** The project's table of events named differently from their actions. */
    EXPLICIT_TABLE,
    /** The event name is an action of the service. */
    SAME_NAME,
    /** The service's {@code Operations} list in the catalog. */
    CATALOG_OPERATION,
    /** API Gateway management calls authorized by HTTP verb ({@code GetRestApi} → {@code GET}). */
    API_GATEWAY_VERB
  }

  /**
   * The event needed {@code actions}; {@code dependentActions} are other actions the call also
   * checks (such as {@code iam:PassRole}), which CloudTrail does not log as events of their own.
   *
   * @param service the service prefix
   * @param actions the actions, in the catalog's spelling; never empty
   * @param dependentActions further actions the call checks, as listed (possibly empty)
   * @param basis how the mapping was found
   */
  record Known(String service, List<String> actions, List<String> dependentActions, Basis basis)
      implements ActionMapping {
    /** Copies the lists. */
    public Known {
      Objects.requireNonNull(service, "service");
      Objects.requireNonNull(basis, "basis");
      actions = List.copyOf(actions);
      dependentActions = List.copyOf(dependentActions);
      if (actions.isEmpty()) {
        throw new IllegalArgumentException("A known mapping needs at least one action");
      }
    }
  }

  /**
   * No IAM permission authorizes the event.
   *
   * @param service the service prefix
   * @param reason why, in one line
   */
  record NoActionRequired(String service, String reason) implements ActionMapping {
    @Override
    public List<String> actions() {
      return List.of();
    }
  }

  /**
   * The service is in the catalog but the derived action is not.
   *
   * @param service the service prefix
   * @param actions the derived actions, as written
   */
  record NotInCatalog(String service, List<String> actions) implements ActionMapping {
    /** Copies the list. */
    public NotInCatalog {
      actions = List.copyOf(actions);
    }
  }

  /**
   * The event source maps to a prefix that is not in the catalog.
   *
   * @param service the derived prefix
   * @param actions the derived actions ({@code prefix:EventName})
   */
  record UnknownService(String service, List<String> actions) implements ActionMapping {
    /** Copies the list. */
    public UnknownService {
      actions = List.copyOf(actions);
    }
  }
}
