package com.creatordesk;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * For benchmarks: CPU time spent by this JVM (app, GreenMail and the test) and by the PostgreSQL server's
 * processes (the whole server: other work on it counts too).
 */
public final class CpuTime {

    private CpuTime() {
    }

    /** JVM and PostgreSQL CPU milliseconds so far. */
    public static long[] now() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return new long[] {os.getProcessCpuTime() / 1_000_000, postgresTicks() * 10};
    }

    /**
     * Waits (up to a minute) until the JVM and PostgreSQL are nearly idle: less than 5% of a core over half a
     * second. So that what one measured run set going in the background (the inbox syncing the copies an outbox
     * run put in Sent, say) is neither charged to the next run nor left out of its own.
     */
    public static void settle() throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            long[] start = now();
            Thread.sleep(500);
            long[] end = now();
            if (end[0] - start[0] + end[1] - start[1] < 25) {
                return;
            }
        }
    }

    public static String since(long[] start) {
        long[] end = now();
        return String.format("JVM %,d ms + PostgreSQL %,d ms", end[0] - start[0], end[1] - start[1]);
    }

    /** utime + stime of every live postgres process, in clock ticks (1/100 s); 0 where /proc is unreadable. */
    private static long postgresTicks() {
        try (var processes = Files.list(Path.of("/proc"))) {
            return processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .mapToLong(CpuTime::ticksIfPostgres).sum();
        } catch (java.io.IOException | RuntimeException unreadable) {
            return 0;
        }
    }

    private static long ticksIfPostgres(Path process) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            int close = stat.lastIndexOf(')');
            if (!stat.substring(stat.indexOf('(') + 1, close).startsWith("postgres")) {
                return 0;
            }
            String[] fields = stat.substring(close + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (java.io.IOException | RuntimeException gone) {
            return 0;
        }
    }
}
