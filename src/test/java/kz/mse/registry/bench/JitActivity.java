package kz.mse.registry.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;

/**
 * How much of a stretch of wall time the JIT compilers spent compiling. On 2 cores a JIT still
 * busy with the engine's code takes most of a core away from the workload, and more of it
 * from the side that runs more distinct code; a round is only steady-state once that share is
 * small.
 */
final class JitActivity {

  private static final CompilationMXBean JIT = ManagementFactory.getCompilationMXBean();

  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private final long compileMillisAtStart = compileMillis();
  private final long nanosAtStart = System.nanoTime();
  private final long cpuNanosAtStart = OS.getProcessCpuTime();

  /**
   * CPU milliseconds of the whole process since this was created, less the JIT's compile time:
   * what the workload itself cost both cores, idle waits excluded.
   */
  double workloadCpuMillis() {
    return (OS.getProcessCpuTime() - cpuNanosAtStart) / 1e6
        - (compileMillis() - compileMillisAtStart);
  }

  /** Compiler-thread time since this was created, as a share of the wall time since. */
  double share() {
    double wallMillis = (System.nanoTime() - nanosAtStart) / 1e6;
    return wallMillis <= 0 ? 0 : (compileMillis() - compileMillisAtStart) / wallMillis;
  }

  /** Classes loaded since the JVM started: a count that keeps growing means generated classes. */
  static long classesLoaded() {
    return ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
  }

  /** Used and reserved size of the JIT's code cache in MB, e.g. "41/48 MB". */
  static String codeCache() {
    long used = 0;
    long max = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getName().startsWith("CodeCache") || pool.getName().startsWith("CodeHeap")) {
        used += pool.getUsage().getUsed();
        max += pool.getUsage().getMax();
      }
    }
    return (used >> 20) + "/" + (max >> 20) + " MB";
  }

  private static long compileMillis() {
    return JIT.isCompilationTimeMonitoringSupported() ? JIT.getTotalCompilationTime() : 0;
  }
}
