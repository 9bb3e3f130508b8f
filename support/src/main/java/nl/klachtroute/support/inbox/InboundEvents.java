package nl.klachtroute.support.inbox;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;

import nl.klachtroute.events.EventCodec;
import nl.klachtroute.events.EventEnvelope;

/**
 * Builds the functional consumers of Spring Cloud Stream bindings: decodes the envelope, skips event
 * types this service does not know yet (written by a newer producer), de-duplicates through the
 * {@link Inbox}, and lets anything else fail so the binder retries and then dead-letters the record.
 */
public class InboundEvents {

    private static final Logger log = LoggerFactory.getLogger(InboundEvents.class);
    private final Inbox inbox;
    private final EventCodec codec = new EventCodec();

    public InboundEvents(Inbox inbox) {
        this.inbox = inbox;
    }

    public Consumer<Message<byte[]>> handler(String consumer, Consumer<EventEnvelope> effect) {
        return message -> {
            EventEnvelope event;
            try {
                event = codec.decode(new String(message.getPayload(), StandardCharsets.UTF_8));
            } catch (EventCodec.UnknownEventTypeException e) {
                log.debug("{} skips an event type it does not know: {}", consumer, e.getMessage());
                return;
            }
            inbox.processOnce(consumer, event.eventId(), () -> effect.accept(event));
        };
    }

    public EventCodec codec() {
        return codec;
    }
}
