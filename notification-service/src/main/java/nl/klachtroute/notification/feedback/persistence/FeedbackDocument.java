package nl.klachtroute.notification.feedback.persistence;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import nl.klachtroute.events.FeedbackWish;
import nl.klachtroute.events.RespectAnswer;
import nl.klachtroute.support.outbox.PendingEvent;

/**
 * A feedback invitation as stored, with the answer once given and the events that still wait for the outbox
 * relay. {@code _id} is the SHA-256 of the link's token; the token is not stored.
 */
@Document(FeedbackDocument.COLLECTION)
record FeedbackDocument(
        @Id String id,
        @Version Long version,
        @Indexed String complaintId,
        String causationId,
        String correlationId,
        Instant invitedAt,
        Instant expiresAt,
        Integer satisfaction,
        RespectAnswer respect,
        Integer trust,
        String comment,
        FeedbackWish wish,
        Boolean noFurtherContact,
        Instant answeredAt,
        List<PendingEvent> outbox) {

    static final String COLLECTION = "feedback";
}
