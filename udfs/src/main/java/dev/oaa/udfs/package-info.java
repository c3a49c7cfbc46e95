/**
 * Spark SQL functions over the reasoning library: thin adapters that hold no solver state (it lives
 * in {@link dev.oaa.udfs.internal.ExecutorSolvers}, one session per executor thread).
 */
package dev.oaa.udfs;
