package dev.oaa.reasoning.eval;

import dev.oaa.reasoning.policy.Effect;

/** A statement that applies to the request, its effect, and how it names the caller. */
record AppliedStatement(StatementRef ref, Effect effect, PrincipalMatch match) {}
