package kz.mse.registry.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;

/**
 * How much of a stretch of wall time the JIT compilers spent compiling. On 2 cores a JIT still
 * busy with the engine's code takes most of a core away from the workload, and more of it
 * from the side that runs more distinct code; a round is only steady-state once that share is
 * small.
 */
final class JitActivity {

  private static final CompilationMXBean JIT = ManagementFactory.getCompilationMXBean();

  private final long compileMillisAtStart = compileMillis();
  private final long nanosAtStart = System.nanoTime();

  /** Compiler-thread time since this was created, as a share of the wall time since. */
  double share() {
    double wallMillis = (System.nanoTime() - nanosAtStart) / 1e6;
    return wallMillis <= 0 ? 0 : (compileMillis() - compileMillisAtStart) / wallMillis;
  }

  private static long compileMillis() {
    return JIT.isCompilationTimeMonitoringSupported() ? JIT.getTotalCompilationTime() : 0;
  }
}
