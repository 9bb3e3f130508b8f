package nl.klachtroute.notification.task;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

import nl.klachtroute.events.TaskKind;

/** Identity of a task. */
public record TaskId(String value) {

    public TaskId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * The id of the task an event causes, the same on every delivery of that event, so a redelivered or
     * replayed event finds its task instead of creating a second one.
     */
    public static TaskId causedBy(UUID eventId, TaskKind kind, String ownerId) {
        String name = "task:" + eventId + ":" + kind + ":" + ownerId;
        return new TaskId("T-" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The id of the task a pattern signal causes. It follows from the signal alone, so the signal raised or
     * delivered again (a new event with the same signal id) finds its task instead of creating a second one.
     */
    public static TaskId forSignal(String signalId) {
        String name = "task:signal:" + signalId + ":" + TaskKind.REVIEW_PATTERN_SIGNAL;
        return new TaskId("T-" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public String toString() {
        return value;
    }
}
