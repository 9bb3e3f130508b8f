package nl.klachtroute.notification.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import nl.klachtroute.events.EventEnvelope;
import nl.klachtroute.events.notification.CitizenFeedbackGiven;

/**
 * The invitation in the outcome letter to say how the handling went: one per closure, answerable once, until it
 * expires. It is found by the hash of the link's token only; the token itself is never stored, so the store
 * does not hold working links.
 *
 * @param id           the SHA-256 of the token, hex
 * @param causationId  the closure event the invitation belongs to (the token is derived from it)
 * @param correlationId the complaint's chain of events, continued by the answer
 * @param answer       null until answered
 * @param version      optimistic-concurrency version; null before the first save
 */
public record FeedbackInvitation(String id, String complaintId, UUID causationId, UUID correlationId,
        Instant invitedAt, Instant expiresAt, FeedbackAnswer answer, Instant answeredAt, Long version) {

    public static final String PRODUCER = "notification-service";
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    public FeedbackInvitation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(invitedAt, "invitedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public static FeedbackInvitation of(String id, EventEnvelope closure, Instant at, Instant expiresAt) {
        return new FeedbackInvitation(id, closure.complaintId(), closure.eventId(), closure.correlationId(), at,
                expiresAt, null, null, null);
    }

    public boolean answered() {
        return answer != null;
    }

    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /** The last day the link works, as the letter states it. */
    public LocalDate lastDay() {
        return LocalDate.ofInstant(expiresAt.minusNanos(1), AMSTERDAM);
    }

    /**
     * @return the answered invitation and the event it publishes (scores only, no comment)
     * @throws Refused when it was answered before or has expired
     */
    public Answered answer(FeedbackAnswer given, Instant now) {
        if (answered()) {
            throw new Refused(Refused.Reason.ALREADY_ANSWERED);
        }
        if (expiredAt(now)) {
            throw new Refused(Refused.Reason.EXPIRED);
        }
        CitizenFeedbackGiven event = new CitizenFeedbackGiven(feedbackId(), given.satisfaction(), given.respect(),
                given.trust(), given.wish(), given.noFurtherContact(), given.comment() != null,
                LocalDate.ofInstant(now, AMSTERDAM));
        EventEnvelope envelope = EventEnvelope.first(complaintId, event, PRODUCER, now,
                correlationId == null ? UUID.randomUUID() : correlationId);
        return new Answered(new FeedbackInvitation(id, complaintId, causationId, correlationId, invitedAt, expiresAt,
                given, now, version), List.of(envelope));
    }

    /** A short, stable id for the answer: {@code F-} and the start of the invitation's hash. */
    public String feedbackId() {
        return "F-" + id.substring(0, 16);
    }

    public record Answered(FeedbackInvitation invitation, List<EventEnvelope> events) {
    }

    /** Why an answer was not taken. */
    public static final class Refused extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public enum Reason {
            /** No invitation has this link (mistyped, forged, or removed). */
            UNKNOWN,
            EXPIRED,
            ALREADY_ANSWERED
        }

        private final Reason reason;

        public Refused(Reason reason) {
            super(reason.name());
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }
}
