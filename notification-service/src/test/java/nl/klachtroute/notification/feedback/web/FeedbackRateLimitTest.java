package nl.klachtroute.notification.feedback.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** Per address and for everyone together, a fresh allowance every minute. */
class FeedbackRateLimitTest {

    private final FeedbackRateLimit limit = new FeedbackRateLimit(3, 5, Clock.systemUTC(), new SimpleMeterRegistry());

    @Test
    void anAddressGetsItsAllowanceEveryMinuteAndEveryoneTogetherTheirs() {
        assertThat(limit.allowed("192.0.2.1", 100)).isTrue();
        assertThat(limit.allowed("192.0.2.1", 100)).isTrue();
        assertThat(limit.allowed("192.0.2.1", 100)).isTrue();
        assertThat(limit.allowed("192.0.2.1", 100)).as("fourth in the minute").isFalse();
        assertThat(limit.allowed("192.0.2.2", 100)).as("another address").isTrue();
        assertThat(limit.allowed("192.0.2.3", 100)).as("sixth request of everyone").isFalse();

        assertThat(limit.allowed("192.0.2.1", 101)).as("the next minute").isTrue();
    }
}
