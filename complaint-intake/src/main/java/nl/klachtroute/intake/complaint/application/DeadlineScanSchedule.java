package nl.klachtroute.intake.complaint.application;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the deadline scan at a fixed delay on its own thread, for as long as the application runs. Its own
 * executor (rather than {@code @EnableScheduling}) keeps it independent of other services' schedulers when
 * the local stack runs them in one JVM.
 */
class DeadlineScanSchedule implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeadlineScanSchedule.class);
    private final DeadlineScan scan;
    private final RouteProperties.DeadlineScan settings;
    private ScheduledExecutorService executor;

    DeadlineScanSchedule(DeadlineScan scan, RouteProperties.DeadlineScan settings) {
        this.scan = scan;
        this.settings = settings;
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "deadline-scan");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::round, settings.initialDelay().toMillis(), settings.interval().toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void round() {
        try {
            scan.run();
        } catch (RuntimeException e) {
            // A store outage must not end the schedule; nothing was recorded, so the next round gives the alerts.
            log.warn("Deadline scan round failed: {}", e.getClass().getSimpleName());
        }
    }

    @Override
    public void stop() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null && !executor.isShutdown();
    }
}
