package kz.mse.registry.bench;

import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * How much of a stretch of wall time the JIT compilers spent compiling. On 2 cores a JIT still
 * busy with the engine's code takes most of a core away from the workload, and more of it
 * from the side that runs more distinct code; a round is only steady-state once that share is
 * small.
 */
final class JitActivity {

  private static final CompilationMXBean JIT = ManagementFactory.getCompilationMXBean();

  /** USER_HZ: Linux reports thread times in 1/100 s on every common architecture. */
  private static final long CLOCK_TICKS_PER_SECOND = 100;

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

  /** Compiler-thread CPU since this was created, as a share of the wall time since. */
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

  /**
   * CPU time of the compiler threads where Linux tells it ({@code /proc/self/task/<tid>/stat}
   * of the "C1/C2 CompilerThread"s), else the JVM's accumulated compile time. The latter is
   * elapsed time per compilation: on 2 busy cores it also counts the time a compiler thread
   * waited for a core, so the workload's CPU left after subtracting it came out too low.
   */
  private static long compileMillis() {
    long fromProc = compilerThreadsCpuMillis();
    if (fromProc >= 0) {
      return fromProc;
    }
    return JIT.isCompilationTimeMonitoringSupported() ? JIT.getTotalCompilationTime() : 0;
  }

  /** Sum of user and system time of the compiler threads in ms, or -1 without /proc. */
  private static long compilerThreadsCpuMillis() {
    Path tasks = Path.of("/proc/self/task");
    if (!Files.isDirectory(tasks)) {
      return -1;
    }
    long ticks = 0;
    try (Stream<Path> threads = Files.list(tasks)) {
      for (Path thread : (Iterable<Path>) threads::iterator) {
        ticks += compilerTicks(thread);
      }
    } catch (IOException e) {
      return -1;
    }
    return ticks * 1000 / CLOCK_TICKS_PER_SECOND;
  }

  private static long compilerTicks(Path thread) {
    try {
      String name = Files.readString(thread.resolve("comm")).strip();
      if (!name.startsWith("C1 CompilerThre") && !name.startsWith("C2 CompilerThre")) {
        return 0;
      }
      // fields after the ")" that closes the thread name: state is field 3, utime 14, stime 15
      String stat = Files.readString(thread.resolve("stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    } catch (IOException | RuntimeException gone) {
      return 0; // the thread ended meanwhile
    }
  }
}
