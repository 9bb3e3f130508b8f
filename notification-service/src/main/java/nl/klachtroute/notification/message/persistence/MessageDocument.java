package nl.klachtroute.notification.message.persistence;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

import nl.klachtroute.events.MessageChannel;
import nl.klachtroute.events.RecipientKind;
import nl.klachtroute.notification.message.MessageState;
import nl.klachtroute.support.outbox.PendingEvent;

/**
 * A message as stored, with its delivery state and the events that wait for the outbox relay.
 *
 * @param erasedOn ISO date ({@code 2031-06-02}) its text was erased after the complaint's retention period, or null
 */
@Document(MessageDocument.COLLECTION)
@CompoundIndexes({
        @CompoundIndex(name = "due", def = "{'state': 1, 'nextAttemptAt': 1}"),
        @CompoundIndex(name = "by_complaint", def = "{'complaintId': 1, 'createdAt': 1}") })
record MessageDocument(
        @Id String id,
        @Version Long version,
        String complaintId,
        String taskId,
        RecipientKind recipientKind,
        String recipientId,
        MessageChannel channel,
        String template,
        int templateVersion,
        String subject,
        String body,
        String html,
        Instant createdAt,
        String correlationId,
        String causationId,
        MessageState state,
        int attempts,
        Instant nextAttemptAt,
        Instant lastAttemptAt,
        Instant leaseUntil,
        String claimedBy,
        Instant sentAt,
        String lastError,
        String erasedOn,
        List<PendingEvent> outbox) {

    static final String COLLECTION = "messages";
}
