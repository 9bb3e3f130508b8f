package nl.klachtroute.notification.task.web;

import java.time.LocalDate;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import nl.klachtroute.notification.task.TaskPage;
import nl.klachtroute.notification.task.application.TaskInbox;
import nl.klachtroute.support.security.CurrentStaff;

/** The inbox API: a person's own tasks, or a team member's for their lead. */
@RestController
@RequestMapping("/api/tasks")
class TaskController {

    private final TaskInbox inbox;
    private final CurrentStaff currentStaff;

    TaskController(TaskInbox inbox, CurrentStaff currentStaff) {
        this.inbox = inbox;
        this.currentStaff = currentStaff;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    TaskView.Page list(@Valid TaskQuery query) {
        TaskPage tasks = inbox.list(currentStaff.get(), query.owner(), query.status(), query.dueBefore(),
                query.onlyOverdue(), query.pageOrDefault(), query.sizeOrDefault());
        LocalDate today = inbox.today();
        return TaskView.Page.of(tasks, query.pageOrDefault(), query.sizeOrDefault(), today);
    }
}
