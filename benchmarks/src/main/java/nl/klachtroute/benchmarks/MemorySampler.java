package nl.klachtroute.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Peak resident memory of the local stack: this process (four services, store, mail, and the benchmark's
 * own clients) plus its child processes (the Kafka broker), sampled twice a second from {@code /proc}.
 */
final class MemorySampler implements AutoCloseable {

    private final AtomicLong peakKb = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;

    MemorySampler() {
        thread = new Thread(() -> {
            while (running) {
                peakKb.accumulateAndGet(currentKb(), Math::max);
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "memory-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    /** Peak RSS so far, in MB. */
    double peakMb() {
        return Math.max(peakKb.get(), currentKb()) / 1024.0;
    }

    static long currentKb() {
        long kb = rssKb(ProcessHandle.current().pid());
        for (ProcessHandle child : ProcessHandle.current().descendants().toList()) {
            kb += rssKb(child.pid());
        }
        return kb;
    }

    private static long rssKb(long pid) {
        try {
            List<String> status = Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"));
            for (String line : status) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux, or the process just ended
        }
        return 0;
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
