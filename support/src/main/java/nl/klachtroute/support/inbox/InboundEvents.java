package nl.klachtroute.support.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.messaging.Message;

import nl.klachtroute.events.DomainEvent;
import nl.klachtroute.events.EventCodec;
import nl.klachtroute.events.EventEnvelope;
import nl.klachtroute.support.tracing.Correlation;

/**
 * Builds the functional consumers of Spring Cloud Stream bindings: decodes the envelope, skips event
 * types this service does not know yet (written by a newer producer), de-duplicates through the
 * {@link Inbox}, and lets anything else fail so the binder retries and then dead-letters the record.
 * <p>
 * A store that is away is not a poison record: the binder's few quick retries would dead-letter good events
 * during an ordinary restart of the store, and an operator would have to replay them. So while the store
 * does not answer, the handler waits with back-off (holding its partition) for up to the configured
 * patience, below Kafka's {@code max.poll.interval.ms}, before it lets the binder have the failure.
 */
public class InboundEvents {

    private static final Logger log = LoggerFactory.getLogger(InboundEvents.class);
    private static final Duration FIRST_PAUSE = Duration.ofMillis(500);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(10);
    private final Inbox inbox;
    private final Duration storeOutagePatience;
    private final EventCodec codec = new EventCodec();

    public InboundEvents(Inbox inbox) {
        this(inbox, Duration.ofMinutes(2));
    }

    /** @param storeOutagePatience how long a handler waits for the store to come back before failing */
    public InboundEvents(Inbox inbox, Duration storeOutagePatience) {
        this.inbox = inbox;
        this.storeOutagePatience = storeOutagePatience;
    }

    /** A handler for every event type of the topic: each is recorded in the inbox. */
    public Consumer<Message<byte[]>> handler(String consumer, Consumer<EventEnvelope> effect) {
        return handler(consumer, Set.of(DomainEvent.class), effect);
    }

    /**
     * A handler for some event types of a topic: events of other types are acknowledged without a look-up or a
     * marker in the inbox, as they cause nothing here. A service that reacts to two of a topic's thirty types
     * would otherwise pay two store round trips per event for nothing, and its inbox would grow with every event.
     *
     * @param relevant the payload types the effect reacts to (subtypes included)
     */
    public Consumer<Message<byte[]>> handler(String consumer, Set<Class<? extends DomainEvent>> relevant,
            Consumer<EventEnvelope> effect) {
        return handler(consumer, relevant, effect, true);
    }

    /**
     * As {@link #handler(String, Set, Consumer)}, for an effect that records which events it applied itself (in
     * the same inbox, under names of its own, e.g. per generation of a read model): a second marker per event
     * would only cost two more store round trips.
     */
    public Consumer<Message<byte[]>> selfRecordingHandler(String consumer, Set<Class<? extends DomainEvent>> relevant,
            Consumer<EventEnvelope> effect) {
        return handler(consumer, relevant, effect, false);
    }

    private Consumer<Message<byte[]>> handler(String consumer, Set<Class<? extends DomainEvent>> relevant,
            Consumer<EventEnvelope> effect, boolean recorded) {
        return message -> {
            EventEnvelope event;
            try {
                event = codec.decode(new String(message.getPayload(), StandardCharsets.UTF_8));
            } catch (EventCodec.UnknownEventTypeException e) {
                log.debug("{} skips an event type it does not know: {}", consumer, e.getMessage());
                return;
            }
            if (relevant.stream().noneMatch(type -> type.isInstance(event.payload()))) {
                return;
            }
            Correlation.during(event, () -> {
                processWhenTheStoreAnswers(consumer, event, recorded
                        ? () -> inbox.processOnce(consumer, event.eventId(), () -> effect.accept(event))
                        : () -> effect.accept(event));
                return null;
            });
        };
    }

    private void processWhenTheStoreAnswers(String consumer, EventEnvelope event, Runnable processing) {
        long giveUpAt = System.nanoTime() + storeOutagePatience.toNanos();
        Duration pause = FIRST_PAUSE;
        while (true) {
            try {
                processing.run();
                return;
            } catch (DataAccessResourceFailureException | TransientDataAccessException e) {
                if (System.nanoTime() + pause.toNanos() > giveUpAt) {
                    throw e;
                }
                log.warn("{}: the store does not answer ({}); event {} waits {} ms", consumer,
                        e.getClass().getSimpleName(), event.eventId(), pause.toMillis());
                try {
                    Thread.sleep(pause.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    public EventCodec codec() {
        return codec;
    }
}
