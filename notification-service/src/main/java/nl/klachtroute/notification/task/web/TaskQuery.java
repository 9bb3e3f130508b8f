package nl.klachtroute.notification.task.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import nl.klachtroute.notification.task.TaskStatus;

/**
 * Query parameters of {@code GET /api/tasks}.
 *
 * @param owner     staff id whose tasks to list (default: the caller); only that person's lead may ask
 * @param status    OPEN or DONE (default: both)
 * @param dueBefore only tasks due before this date (ISO, e.g. 2026-05-20)
 * @param overdue   true: only open tasks whose due date has passed
 * @param page      zero-based page (default 0)
 * @param size      tasks per page, 1-100 (default 20)
 */
record TaskQuery(
        @Pattern(regexp = "^[A-Za-z0-9._:-]{1,100}$", message = "must be a staff id") String owner,
        TaskStatus status,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueBefore,
        Boolean overdue,
        @Min(0) Integer page,
        @Min(1) @Max(100) Integer size) {

    int pageOrDefault() {
        return page == null ? 0 : page;
    }

    int sizeOrDefault() {
        return size == null ? 20 : size;
    }

    boolean onlyOverdue() {
        return Boolean.TRUE.equals(overdue);
    }
}
