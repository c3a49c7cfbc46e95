/**
 * Exact partitions of string domains by IAM patterns (atomic predicates), so that the solver
 * reasons over finite region ids instead of Z3's string theory.
 */
package dev.oaa.reasoning.smt.partition;
