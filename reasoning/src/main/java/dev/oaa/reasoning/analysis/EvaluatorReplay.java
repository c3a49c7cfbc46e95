package dev.oaa.reasoning.analysis;

import dev.oaa.reasoning.eval.PolicyAlone;
import dev.oaa.reasoning.eval.PolicyKind;
import dev.oaa.reasoning.eval.Request;
import dev.oaa.reasoning.eval.RequestContext;
import dev.oaa.reasoning.eval.RequestPrincipal;
import dev.oaa.reasoning.eval.RequestResource;
import dev.oaa.reasoning.policy.PolicyDocument;
import dev.oaa.reasoning.smt.ConcreteRequest;
import java.util.List;

/** {@link Replay} on the concrete evaluator ({@link PolicyAlone}). */
public final class EvaluatorReplay implements Replay {
  /** The evaluator's replay; stateless. */
  public static final EvaluatorReplay INSTANCE = new EvaluatorReplay();

  private EvaluatorReplay() {}

  @Override
  public boolean allows(PolicyDocument policy, PolicyType type, ConcreteRequest request) {
    PolicyKind kind =
        type == PolicyType.IDENTITY_POLICY ? PolicyKind.IDENTITY : PolicyKind.RESOURCE;
    return PolicyAlone.allows(toRequest(request), policy, kind);
  }

  /**
   * The evaluator's form of a witness; the resource belongs to the caller's account unless the
   * witness sets aws:ResourceAccount.
   */
  public static Request toRequest(ConcreteRequest w) {
    RequestPrincipal principal =
        switch (w.kind()) {
          case ACCOUNT_ROOT -> RequestPrincipal.root(w.account());
          case IAM_USER -> RequestPrincipal.iamUser(w.principal());
          case ROLE_SESSION ->
              RequestPrincipal.roleSession(
                  w.roleArn(), w.principal().substring(w.principal().lastIndexOf('/') + 1));
          case SERVICE -> RequestPrincipal.service(w.principal());
          case FEDERATED ->
              w.principal().contains(":saml-provider/")
                  ? RequestPrincipal.saml(w.principal())
                  : RequestPrincipal.webIdentity(w.principal());
          case ANONYMOUS -> RequestPrincipal.anonymous();
        };
    List<String> resourceAccount = w.context().getOrDefault("aws:resourceaccount", List.of());
    String account = resourceAccount.size() == 1 ? resourceAccount.get(0) : w.account();
    return Request.of(principal, w.action(), RequestResource.of(w.resource(), account))
        .withContext(RequestContext.of(w.context()));
  }
}
