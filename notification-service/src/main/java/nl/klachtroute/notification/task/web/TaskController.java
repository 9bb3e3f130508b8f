package nl.klachtroute.notification.task.web;

import java.io.IOException;
import java.time.LocalDate;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import jakarta.validation.Valid;
import nl.klachtroute.notification.task.TaskId;
import nl.klachtroute.notification.task.TaskPage;
import nl.klachtroute.notification.task.application.NewTasks;
import nl.klachtroute.notification.task.application.TaskInbox;
import nl.klachtroute.notification.task.application.TaskService;
import nl.klachtroute.support.security.CurrentStaff;

/** The inbox API: a person's own tasks, or a team member's for their lead. */
@RestController
@RequestMapping("/api/tasks")
class TaskController {

    /** Long enough for a working session; the browser's EventSource reconnects after it. */
    private static final long STREAM_TIMEOUT_MILLIS = 30 * 60 * 1000L;
    private final TaskInbox inbox;
    private final CurrentStaff currentStaff;
    private final NewTasks newTasks;
    private final TaskService tasks;

    TaskController(TaskInbox inbox, CurrentStaff currentStaff, NewTasks newTasks, TaskService tasks) {
        this.tasks = tasks;
        this.inbox = inbox;
        this.currentStaff = currentStaff;
        this.newTasks = newTasks;
    }

    /**
     * Server-Sent Events: every new task of the caller, as event {@code task} with the task as JSON, while
     * the connection is open. Only the caller's own tasks.
     */
    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @PreAuthorize("isAuthenticated()")
    SseEmitter stream() {
        String owner = currentStaff.get().id();
        SseEmitter emitter = new SseEmitter(STREAM_TIMEOUT_MILLIS);
        Runnable[] stop = new Runnable[1];
        stop[0] = newTasks.listen(owner, task -> {
            try {
                emitter.send(SseEmitter.event().name("task").id(task.id().value())
                        .data(TaskView.of(task, inbox.today()), MediaType.APPLICATION_JSON));
            } catch (IOException | IllegalStateException e) {
                stop[0].run();
            }
        });
        emitter.onCompletion(stop[0]);
        emitter.onTimeout(stop[0]);
        emitter.onError(e -> stop[0].run());
        try {
            // A comment first, so the client sees at once that the stream is open.
            emitter.send(SseEmitter.event().comment("takenlijst"));
        } catch (IOException e) {
            stop[0].run();
        }
        return emitter;
    }

    /**
     * The owner marks a feedback follow-up done when the conversation settled it (no reopening, no referral).
     * 403 for someone else's task, 422 for work that its own step completes, 404 for an unknown id.
     */
    @PostMapping("/{id}/done")
    @PreAuthorize("isAuthenticated()")
    TaskView done(@PathVariable String id) {
        return TaskView.of(tasks.doneByOwner(new TaskId(id), currentStaff.get().id()), inbox.today());
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
