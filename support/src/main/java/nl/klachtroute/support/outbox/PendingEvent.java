package nl.klachtroute.support.outbox;

import java.time.Instant;
import java.util.List;

import nl.klachtroute.events.EventCodec;
import nl.klachtroute.events.EventEnvelope;

/**
 * An event waiting in its aggregate's document to be published. Stored inside the aggregate's own
 * document (field {@value OutboxRelay#OUTBOX_FIELD}), so state and events are written in one atomic
 * single-document write; this works without replica-set transactions, on the embedded store too.
 *
 * @param eventId the envelope's event id
 * @param type    logical event type, for logs and metrics
 * @param topic   Kafka topic
 * @param key     record key: the complaint id
 * @param json    the encoded envelope
 * @param createdAt when it was stored
 */
public record PendingEvent(String eventId, String type, String topic, String key, String json, Instant createdAt) {

    private static final EventCodec CODEC = new EventCodec();

    public static PendingEvent of(EventEnvelope event) {
        return new PendingEvent(event.eventId().toString(), event.type(), event.topic(), event.complaintId(),
                CODEC.encode(event), event.occurredAt());
    }

    public static List<PendingEvent> of(List<EventEnvelope> events) {
        return events.stream().map(PendingEvent::of).toList();
    }
}
