/** The Z3 backend of the SMT engine: the only package that imports {@code com.microsoft.z3}. */
package dev.oaa.reasoning.smt.z3;
