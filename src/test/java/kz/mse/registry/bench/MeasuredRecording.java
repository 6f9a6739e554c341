package kz.mse.registry.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import jdk.jfr.Recording;

/**
 * A JDK Flight Recording of the measured rounds only ({@code -Dbench.jfr=true}): the warm-up's
 * compilations and class loading stay out of the profile. Written to
 * {@code target/bench/<name>.jfr}: CPU samples every 10 ms, allocation samples, GC pauses, and monitor waits and
 * parks over 1 ms (where a round waits rather than works). The engine's call chains
 * are deeper than JFR's default of 64 frames: add
 * {@code -Dbench.jvmArgs=-XX:FlightRecorderOptions:stackdepth=256} to see whole stacks.
 */
final class MeasuredRecording implements AutoCloseable {

  private final Recording recording;
  private final Path file;

  private MeasuredRecording(Recording recording, Path file) {
    this.recording = recording;
    this.file = file;
  }

  /**
   * Starts a recording when {@code bench.jfr} is true, else one that records nothing. Call it
   * before the warm-up and {@link #measure} after: the first recording of a JVM instruments
   * classes, which deoptimizes compiled code, so that cost falls into the warm-up.
   */
  static MeasuredRecording startIfAsked(String name) {
    if (!Boolean.getBoolean("bench.jfr")) {
      return new MeasuredRecording(null, null);
    }
    Recording recording = new Recording();
    recording.setName(name);
    recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10));
    recording.enable("jdk.GarbageCollection");
    recording.enable("jdk.ObjectAllocationSample").with("throttle", "500/s");
    recording.enable("jdk.JavaMonitorEnter").withThreshold(Duration.ofMillis(1)).withStackTrace();
    recording.enable("jdk.ThreadPark").withThreshold(Duration.ofMillis(1)).withStackTrace();
    recording.start();
    return new MeasuredRecording(recording, Path.of("target", "bench", name + ".jfr"));
  }

  /** A fresh recording of the same events from now on (the warm-up's is discarded). */
  MeasuredRecording measure() {
    if (recording == null) {
      return this;
    }
    MeasuredRecording measured = startIfAsked(recording.getName());
    recording.close();
    return measured;
  }

  @Override
  public void close() {
    if (recording == null) {
      return;
    }
    recording.stop();
    try {
      Files.createDirectories(file.getParent());
      recording.dump(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    } finally {
      recording.close();
    }
    System.out.println("flight recording of the measured rounds: " + file.toAbsolutePath());
  }
}
