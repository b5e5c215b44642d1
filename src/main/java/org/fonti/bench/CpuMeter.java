package org.fonti.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * CPU time used, which unlike wall time does not grow when other programs compete for the cores: on a shared
 * machine it is the fairer measure of what a phase costs.
 */
final class CpuMeter {

    private CpuMeter() {
    }

    /** CPU time of this JVM, all threads, in nanoseconds; -1 if the platform does not say. */
    static long jvmNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    /**
     * CPU time of a process, of its children that have exited (Linux's cutime and cstime, which is where a
     * database server's finished backends end up) and of its live descendants, in nanoseconds; -1 if unknown.
     */
    static long processTreeNanos(long pid) {
        long own;
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields[0] is the state (field 3 of proc(5)); utime, stime, cutime, cstime are fields 14 to 17
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13])
                    + Long.parseLong(fields[14]);
            own = ticks * (1_000_000_000L / CLOCK_TICKS_PER_SECOND);
        } catch (IOException | RuntimeException notLinux) {
            return -1;
        }
        return own + ProcessHandle.of(pid).stream().flatMap(ProcessHandle::descendants)
                .mapToLong(p -> p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L)).sum();
    }

    /** USER_HZ: 100 on every Linux architecture the JDK runs on. */
    private static final long CLOCK_TICKS_PER_SECOND = 100;

    /** The 1-minute load average (runnable processes), to show how busy the machine was; -1 if unknown. */
    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
