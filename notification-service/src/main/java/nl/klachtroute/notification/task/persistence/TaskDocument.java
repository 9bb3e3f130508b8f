package nl.klachtroute.notification.task.persistence;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

import nl.klachtroute.events.TaskKind;
import nl.klachtroute.notification.task.TaskStatus;
import nl.klachtroute.support.outbox.PendingEvent;

/**
 * A task as stored, with the events it caused that still wait for the outbox relay.
 *
 * @param complaintId the complaint, or null for work about many complaints (a pattern signal)
 * @param scope  what a task without a complaint is about (department, team, category, period)
 * @param dueOn  ISO date ({@code 2026-05-20}): ISO strings compare and sort like dates, independent of
 *               the time zone the driver would otherwise put on a date
 * @param dueKey the due date for sorting, with tasks without a due date last
 * @param note   the citizen's words on a task that follows up their feedback (personal data; erased after the
 *               retention period)
 */
@Document(TaskDocument.COLLECTION)
@CompoundIndexes({
        @CompoundIndex(name = "inbox", def = "{'ownerId': 1, 'status': 1, 'dueKey': 1}"),
        @CompoundIndex(name = "fulfilment", def = "{'complaintId': 1, 'kind': 1, 'status': 1}") })
record TaskDocument(
        @Id String id,
        @Version Long version,
        String complaintId,
        String scope,
        TaskKind kind,
        String ownerId,
        String dueOn,
        String dueKey,
        String instruction,
        String note,
        Instant createdAt,
        TaskStatus status,
        Instant completedAt,
        List<PendingEvent> outbox) {

    static final String COLLECTION = "tasks";
    static final String NO_DUE_DATE = "9999-12-31";
}
