package nl.klachtroute.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The envelope every event travels in.
 *
 * @param eventId       unique per event; consumers de-duplicate on it
 * @param type          logical type name of the payload (see {@link EventCatalog})
 * @param schemaVersion version of the payload's schema
 * @param occurredAt    when the fact happened, UTC
 * @param complaintId   the complaint the fact is about; also the Kafka record key
 * @param correlationId the request or flow that started the chain of events
 * @param causationId   the event or request that directly caused this one
 * @param producer      the service that emitted it
 * @param payload       the fact itself
 */
public record EventEnvelope(
        UUID eventId,
        String type,
        int schemaVersion,
        Instant occurredAt,
        String complaintId,
        UUID correlationId,
        UUID causationId,
        String producer,
        DomainEvent payload) {

    public EventEnvelope {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(correlationId, "correlationId");
        Objects.requireNonNull(causationId, "causationId");
        Objects.requireNonNull(producer, "producer");
        Objects.requireNonNull(payload, "payload");
    }

    /** A new event that starts its own chain (a request from a user, a scheduled scan). */
    public static EventEnvelope first(String complaintId, DomainEvent payload, String producer, Instant occurredAt,
            UUID correlationId) {
        UUID eventId = UUID.randomUUID();
        EventType eventType = EventCatalog.of(payload);
        return new EventEnvelope(eventId, eventType.name(), eventType.version(), occurredAt, complaintId,
                correlationId, correlationId, producer, payload);
    }

    /** A new event caused by this one: same complaint and correlation, causation = this event. */
    public EventEnvelope causes(DomainEvent next, String nextProducer, Instant at) {
        EventType eventType = EventCatalog.of(next);
        return new EventEnvelope(UUID.randomUUID(), eventType.name(), eventType.version(), at, complaintId,
                correlationId, eventId, nextProducer, next);
    }

    /** The topic this event belongs on, derived from its payload's family. */
    public String topic() {
        return EventCatalog.of(payload).topic();
    }

    @SuppressWarnings("unchecked")
    public <T extends DomainEvent> T payloadAs(Class<T> type) {
        return (T) payload;
    }
}
