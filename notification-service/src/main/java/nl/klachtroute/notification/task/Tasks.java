package nl.klachtroute.notification.task;

import java.util.List;
import java.util.Optional;

import nl.klachtroute.events.EventEnvelope;
import nl.klachtroute.events.TaskKind;

/**
 * Where tasks are kept. Every write stores the task's state together with the events it caused, in one
 * atomic write; the outbox relay publishes the events afterwards.
 */
public interface Tasks {

    Optional<Task> find(TaskId id);

    /** Stores a new task. @return false when a task with this id already exists (nothing is written) */
    boolean add(Task task, List<EventEnvelope> events);

    /**
     * Stores a changed task. Fails with an optimistic-locking exception when the stored task changed
     * since it was read; the caller reloads and tries again.
     */
    void update(Task task, List<EventEnvelope> events);

    /** Open tasks of a kind for one complaint, the ones an incoming fact may fulfil. */
    List<Task> openFor(String complaintId, TaskKind kind);

    /** All open tasks for one complaint, oldest first. */
    List<Task> openFor(String complaintId);

    TaskPage search(TaskFilter filter);

    /**
     * Replaces the citizen's words on the complaint's tasks by {@code placeholder} (retention period over).
     *
     * @return how many tasks had words to erase
     */
    long eraseNotes(String complaintId, String placeholder);
}
