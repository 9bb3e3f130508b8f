package nl.klachtroute.notification.task.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import nl.klachtroute.events.TaskKind;
import nl.klachtroute.notification.task.Task;
import nl.klachtroute.notification.task.TaskInstructions;
import nl.klachtroute.notification.task.TaskPage;
import nl.klachtroute.notification.task.TaskStatus;

/**
 * A task as the inbox shows it. {@code complaintId} is null for work about many complaints (a pattern
 * signal); {@code scope} then says what it is about, e.g. "team Activering Noord (afdeling Activering), 2026-Q2".
 * {@code note} holds the citizen's own words on a task that follows up their feedback, else null.
 */
record TaskView(String id, String complaintId, String scope, TaskKind kind, String title, String instruction,
        String note, String ownerId, LocalDate dueOn, TaskStatus status, boolean overdue, Instant createdAt, Instant completedAt) {

    static TaskView of(Task task, LocalDate today) {
        return new TaskView(task.id().value(), task.complaintId(), task.scope(), task.kind(),
                TaskInstructions.title(task.kind()), task.instruction(), task.note(), task.ownerId(), task.dueOn(),
                task.status(), task.isOverdueOn(today),
                task.createdAt(), task.completedAt());
    }

    /** One page of the inbox, sorted by due date, earliest first. */
    record Page(List<TaskView> items, int page, int size, long totalItems, long totalPages) {

        static Page of(TaskPage tasks, int page, int size, LocalDate today) {
            return new Page(tasks.tasks().stream().map(t -> TaskView.of(t, today)).toList(), page, size,
                    tasks.total(), (tasks.total() + size - 1) / size);
        }
    }
}
