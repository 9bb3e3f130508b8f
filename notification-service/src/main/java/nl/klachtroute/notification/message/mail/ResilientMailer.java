package nl.klachtroute.notification.message.mail;

import java.util.Optional;
import java.util.function.Supplier;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import io.micrometer.core.instrument.MeterRegistry;
import nl.klachtroute.notification.message.MailContent;
import nl.klachtroute.notification.message.Mailer;
import nl.klachtroute.notification.message.MessageId;

/**
 * SMTP behind a Resilience4j retry (a few quick attempts for a hiccup) and circuit breaker (while the mail
 * server is down, stop calling it and let messages wait). Both are configured under
 * {@code resilience4j.retry.instances.smtp} and {@code resilience4j.circuitbreaker.instances.smtp}; their
 * metrics come with Resilience4j's Micrometer binding. A permanent failure (a message that cannot be
 * built) is passed through without counting against the mail server. Longer outages are the dispatcher's
 * business: the message stays recorded and waits with back-off.
 * <p>
 * Counter {@value #ATTEMPTS} (tag {@code outcome}: sent, unavailable, circuit-open, permanent) shows how
 * delivery goes.
 */
class ResilientMailer implements Mailer {

    static final String ATTEMPTS = "klachtroute.mail.deliveries";
    private final Mailer smtp;
    private final CircuitBreaker breaker;
    private final Retry retry;
    private final MeterRegistry meters;

    ResilientMailer(Mailer smtp, CircuitBreaker breaker, Retry retry, MeterRegistry meters) {
        this.smtp = smtp;
        this.breaker = breaker;
        this.retry = retry;
        this.meters = meters;
    }

    @Override
    public void send(MessageId messageId, String address, MailContent content) {
        Supplier<Optional<DeliveryFailed>> call = () -> {
            try {
                smtp.send(messageId, address, content);
                return Optional.empty();
            } catch (DeliveryFailed e) {
                if (e.permanent()) {
                    return Optional.of(e);
                }
                throw e;
            }
        };
        Optional<DeliveryFailed> permanent;
        try {
            permanent = Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(breaker, call)).get();
        } catch (CallNotPermittedException e) {
            count("circuit-open");
            throw new DeliveryFailed("smtp-circuit-open: the mail server failed recently; waiting", false, e);
        } catch (DeliveryFailed e) {
            count("unavailable");
            throw e;
        }
        if (permanent.isPresent()) {
            count("permanent");
            throw permanent.get();
        }
        count("sent");
    }

    private void count(String outcome) {
        meters.counter(ATTEMPTS, "outcome", outcome).increment();
    }
}
