package nl.klachtroute.notification.message.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import nl.klachtroute.notification.message.MailContent;
import nl.klachtroute.notification.message.Mailer;
import nl.klachtroute.notification.message.MessageId;

class ResilientMailerTest {

    static final MailContent MAIL = new MailContent("task-created", 1, "Nieuwe taak", "Beste collega,");
    static final MessageId ID = new MessageId("M-1");

    final AtomicInteger calls = new AtomicInteger();
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final CircuitBreaker breaker = CircuitBreaker.of("smtp", CircuitBreakerConfig.custom().slidingWindowSize(4)
            .minimumNumberOfCalls(4).failureRateThreshold(50).waitDurationInOpenState(Duration.ofMinutes(1)).build());
    final Retry retry = Retry.of("smtp", RetryConfig.custom().maxAttempts(2).waitDuration(Duration.ofMillis(1))
            .build());

    ResilientMailer mailer(Mailer smtp) {
        return new ResilientMailer(smtp, breaker, retry, meters);
    }

    @Test
    void aHiccupIsRetriedAndTheMailGoesOut() {
        mailer((id, address, content) -> {
            if (calls.incrementAndGet() == 1) {
                throw new Mailer.DeliveryFailed("smtp-unavailable: SocketTimeoutException", false, null);
            }
        }).send(ID, "tm.jansen@klachtroute.local", MAIL);

        assertThat(calls).hasValue(2);
        assertThat(meters.counter(ResilientMailer.ATTEMPTS, "outcome", "sent").count()).isEqualTo(1);
    }

    @Test
    void aMailServerThatKeepsFailingOpensTheBreakerAndIsLeftAloneMeanwhile() {
        ResilientMailer down = mailer((id, address, content) -> {
            calls.incrementAndGet();
            throw new Mailer.DeliveryFailed("smtp-unavailable: ConnectException", false, null);
        });
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> down.send(ID, "x@klachtroute.local", MAIL))
                    .isInstanceOf(Mailer.DeliveryFailed.class).hasMessageStartingWith("smtp-unavailable");
        }
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
        int callsWhenOpened = calls.get();

        assertThatThrownBy(() -> down.send(ID, "x@klachtroute.local", MAIL)).isInstanceOf(Mailer.DeliveryFailed.class)
                .hasMessageStartingWith("smtp-circuit-open")
                .satisfies(e -> assertThat(((Mailer.DeliveryFailed) e).permanent()).as("the message waits").isFalse());
        assertThat(calls).as("no call to the mail server while open").hasValue(callsWhenOpened);
        assertThat(meters.counter(ResilientMailer.ATTEMPTS, "outcome", "circuit-open").count()).isEqualTo(1);
    }

    @Test
    void aMessageThatCannotBeBuiltFailsAtOnceWithoutCountingAgainstTheMailServer() {
        ResilientMailer mailer = mailer((id, address, content) -> {
            calls.incrementAndGet();
            throw new Mailer.DeliveryFailed("unbuildable: AddressException", true, null);
        });
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> mailer.send(ID, "not an address", MAIL))
                    .satisfies(e -> assertThat(((Mailer.DeliveryFailed) e).permanent()).isTrue());
        }

        assertThat(calls).as("not retried").hasValue(5);
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }
}
