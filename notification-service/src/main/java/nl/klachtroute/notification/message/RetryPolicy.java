package nl.klachtroute.notification.message;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounded exponential back-off between send attempts: the first retry waits {@code initialDelay}, each
 * next one twice as long, never longer than {@code maxDelay}. There is no last attempt: while the mail
 * server is down a message waits, it is never dropped.
 */
public record RetryPolicy(Duration initialDelay, Duration maxDelay) {

    public RetryPolicy {
        Objects.requireNonNull(initialDelay, "initialDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (initialDelay.isNegative() || initialDelay.isZero() || maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("need 0 < initialDelay <= maxDelay");
        }
    }

    /** How long to wait after the given number of failed attempts (1 = the first attempt failed). */
    public Duration delayAfter(int failedAttempts) {
        int doublings = Math.max(0, Math.min(failedAttempts - 1, 30));
        Duration delay = initialDelay;
        for (int i = 0; i < doublings && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
