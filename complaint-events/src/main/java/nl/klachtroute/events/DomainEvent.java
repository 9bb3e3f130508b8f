package nl.klachtroute.events;

/**
 * A past-tense fact about a complaint, carried as the payload of an {@link EventEnvelope}.
 * Payloads never hold names, addresses, contact details, BSN or free text about a citizen:
 * people are referred to by staff id or by a keyed pseudonym.
 */
public interface DomainEvent {

    /** The stable logical type name written to the envelope's {@code type} field. */
    default String typeName() {
        return getClass().getSimpleName();
    }
}
