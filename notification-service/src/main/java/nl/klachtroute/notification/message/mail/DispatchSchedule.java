package nl.klachtroute.notification.message.mail;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import nl.klachtroute.notification.message.application.MessageDispatcher;

/**
 * Runs the dispatcher at a fixed delay on its own thread, for as long as the application runs. Its own
 * executor (rather than {@code @EnableScheduling}) keeps it independent of other services' schedulers
 * when the local stack runs them in one JVM.
 */
class DispatchSchedule implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DispatchSchedule.class);
    private final MessageDispatcher dispatcher;
    private final long intervalMillis;
    private ScheduledExecutorService executor;

    DispatchSchedule(MessageDispatcher dispatcher, long intervalMillis) {
        this.dispatcher = dispatcher;
        this.intervalMillis = intervalMillis;
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "mail-dispatcher");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::round, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
    }

    private void round() {
        try {
            dispatcher.dispatchDue();
        } catch (RuntimeException e) {
            // A store outage must not end the schedule; claimed messages come back when their lease ends.
            log.warn("Mail dispatch round failed: {}", e.getClass().getSimpleName());
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
