package nl.klachtroute.notification.task;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Which of one owner's tasks to list, and which page. Tasks come sorted by due date, earliest first
 * (tasks without a due date last), so the most urgent work is on top.
 *
 * @param ownerId   whose inbox
 * @param status    only tasks in this status, or null for all
 * @param dueBefore only tasks due before this date, or null
 * @param overdueOn only open tasks whose due date lies before this day, or null
 * @param page      zero-based page number
 * @param size      tasks per page
 */
public record TaskFilter(String ownerId, TaskStatus status, LocalDate dueBefore, LocalDate overdueOn, int page,
        int size) {

    public TaskFilter {
        Objects.requireNonNull(ownerId, "ownerId");
        if (page < 0 || size < 1) {
            throw new IllegalArgumentException("page must be >= 0 and size >= 1");
        }
    }
}
