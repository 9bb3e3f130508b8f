package nl.klachtroute.events;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes events as JSON: the envelope fields at the top, the fact under {@code payload}.
 * The payload's Java type is chosen by the envelope's {@code type} through the {@link EventCatalog}.
 * Unknown payload fields are ignored, so producers may add fields without breaking consumers.
 */
public final class EventCodec {

    private final JsonMapper mapper;

    public EventCodec() {
        this.mapper = JsonMapper.builder()
                .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL))
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    public String encode(EventEnvelope event) {
        Wire wire = new Wire(event.eventId(), event.type(), event.schemaVersion(), event.occurredAt(),
                event.complaintId(), event.correlationId(), event.causationId(), event.producer(),
                mapper.valueToTree(event.payload()));
        return mapper.writeValueAsString(wire);
    }

    /**
     * @throws UnknownEventTypeException when the type is not in this version's catalogue (a newer producer)
     * @throws MalformedEventException   when the bytes are not an event of a known type
     */
    public EventEnvelope decode(String json) {
        Wire wire;
        try {
            wire = mapper.readValue(json, Wire.class);
        } catch (JacksonException e) {
            throw new MalformedEventException("Not an event envelope: " + e.getOriginalMessage(), e);
        }
        if (wire == null || wire.type() == null || wire.payload() == null) {
            throw new MalformedEventException("Envelope without type or payload", null);
        }
        EventType type = EventCatalog.byName(wire.type())
                .orElseThrow(() -> new UnknownEventTypeException(wire.type(), wire.eventId()));
        if (wire.schemaVersion() != type.version()) {
            throw new UnknownEventTypeException(wire.type() + " v" + wire.schemaVersion(), wire.eventId());
        }
        try {
            DomainEvent payload = mapper.treeToValue(wire.payload(), type.javaType());
            return new EventEnvelope(wire.eventId(), wire.type(), wire.schemaVersion(), wire.occurredAt(),
                    wire.complaintId(), wire.correlationId(), wire.causationId(), wire.producer(), payload);
        } catch (JacksonException | NullPointerException e) {
            throw new MalformedEventException("Invalid " + wire.type() + " payload: " + e.getMessage(), e);
        }
    }

    private record Wire(UUID eventId, String type, int schemaVersion, Instant occurredAt, String complaintId,
            UUID correlationId, UUID causationId, String producer, JsonNode payload) {
    }

    /** Bytes that cannot be read as an event; such a record belongs in the dead-letter topic. */
    public static final class MalformedEventException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public MalformedEventException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** An event type or version this consumer does not know; safe to skip (written by a newer producer). */
    public static final class UnknownEventTypeException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public UnknownEventTypeException(String type, UUID eventId) {
            super("Unknown event type " + type + " (event " + eventId + ")");
        }
    }
}
