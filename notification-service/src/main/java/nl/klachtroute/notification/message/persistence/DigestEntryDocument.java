package nl.klachtroute.notification.message.persistence;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import nl.klachtroute.notification.message.DigestEntry;

/**
 * A notice waiting for (or listed in) a daily digest.
 *
 * @param dueOn ISO date, like the task's due date
 */
@Document(DigestEntryDocument.COLLECTION)
@CompoundIndex(name = "waiting", def = "{'digestId': 1, 'noticedAt': 1}")
record DigestEntryDocument(
        @Id String id,
        String recipientId,
        DigestEntry.Kind kind,
        String what,
        String subject,
        String dueOn,
        Instant noticedAt,
        String digestId) {

    static final String COLLECTION = "digest_entries";
}
