package nl.klachtroute.support.schedule;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs one round of background work (outbox relay, deadline scan, mail dispatch) at a fixed delay on its
 * own daemon thread, for as long as the application context runs. Its own executor rather than
 * {@code @EnableScheduling} keeps it apart from other services' schedulers when the local stack runs them
 * in one JVM. A failed round (store or broker down) is logged and the next round tries again: work that
 * was not recorded as done is still there.
 */
public final class FixedDelaySchedule implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(FixedDelaySchedule.class);
    private final String name;
    private final Runnable round;
    private final Duration initialDelay;
    private final Duration interval;
    private ScheduledExecutorService executor;

    public FixedDelaySchedule(String name, Runnable round, Duration initialDelay, Duration interval) {
        this.name = name;
        this.round = round;
        this.initialDelay = initialDelay;
        this.interval = interval;
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, name);
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::runRound, initialDelay.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void runRound() {
        try {
            round.run();
        } catch (RuntimeException e) {
            log.warn("{} round failed, retried next round: {}", name, e.getClass().getSimpleName());
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
