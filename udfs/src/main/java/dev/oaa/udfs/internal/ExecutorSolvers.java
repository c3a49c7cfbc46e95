package dev.oaa.udfs.internal;

import dev.oaa.reasoning.analysis.ActionUniverse;
import dev.oaa.reasoning.analysis.EvaluatorReplay;
import dev.oaa.reasoning.analysis.ExternalAccessAnalyzer;
import dev.oaa.reasoning.catalog.ServiceReferenceLoader;
import dev.oaa.reasoning.smt.z3.Z3Solver;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One reasoning session per executor thread, created on first use and reused across rows and tasks
 * (a Z3 context is not thread-safe, and creating one per row would cost more than solving).
 * Sessions of threads that Spark has retired are closed on the next acquisition, and all of them
 * when the JVM exits, so native memory does not leak with thread turnover (a plain ThreadLocal
 * would).
 */
public final class ExecutorSolvers {
  private static final Map<Thread, Session> SESSIONS = new ConcurrentHashMap<>();
  private static final Map<String, ActionUniverse> CATALOGS = new ConcurrentHashMap<>();

  static {
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(() -> SESSIONS.values().forEach(Session::close), "oaa-solvers-close"));
  }

  private ExecutorSolvers() {}

  /** A thread's analyzer, with its settings. */
  private record Session(ExternalAccessAnalyzer analyzer, Duration timeout, String catalog) {
    void close() {
      analyzer.close();
    }
  }

  /**
   * The calling thread's external-access analyzer for this timeout and catalog directory ({@code
   * ""} for none); a session with other settings is replaced.
   */
  public static ExternalAccessAnalyzer externalAccess(Duration timeout, String catalogDirectory) {
    retireDeadThreads();
    Thread current = Thread.currentThread();
    Session session = SESSIONS.get(current);
    if (session == null
        || !session.timeout().equals(timeout)
        || !session.catalog().equals(catalogDirectory)) {
      if (session != null) {
        session.close();
      }
      session =
          new Session(
              new ExternalAccessAnalyzer(
                  new Z3Solver(), EvaluatorReplay.INSTANCE, timeout, universe(catalogDirectory)),
              timeout,
              catalogDirectory);
      SESSIONS.put(current, session);
    }
    return session.analyzer();
  }

  /** The number of live sessions (for tests and metrics). */
  public static int sessions() {
    return SESSIONS.size();
  }

  private static ActionUniverse universe(String directory) {
    if (directory.isEmpty()) {
      return ActionUniverse.none();
    }
    return CATALOGS.computeIfAbsent(
        directory, d -> ActionUniverse.of(ServiceReferenceLoader.load(Path.of(d))));
  }

  /** Closes the sessions of threads that have ended; they can no longer use them. */
  private static void retireDeadThreads() {
    SESSIONS
        .entrySet()
        .removeIf(
            e -> {
              if (!e.getKey().isAlive()) {
                e.getValue().close();
                return true;
              }
              return false;
            });
  }
}
