package nl.klachtroute.notification.task.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import nl.klachtroute.events.EventEnvelope;
import nl.klachtroute.events.TaskKind;
import nl.klachtroute.events.findings.FindingsReportOpened;
import nl.klachtroute.events.findings.FindingsReportSubmitted;
import nl.klachtroute.notification.message.MailContent;
import nl.klachtroute.notification.message.Message;
import nl.klachtroute.notification.message.Messages;
import nl.klachtroute.notification.message.TaskCreatedMail;
import nl.klachtroute.notification.message.application.MailSettings;
import nl.klachtroute.notification.task.Task;
import nl.klachtroute.notification.task.TaskId;
import nl.klachtroute.notification.task.TaskStatus;
import nl.klachtroute.notification.task.Tasks;
import nl.klachtroute.support.security.StaffDirectory;
import nl.klachtroute.support.security.StaffMember;

/**
 * Turns facts of the route into tasks and closes tasks when the fact that fulfils them arrives. Every
 * effect is idempotent on its own (ids derived from the causing event, completion only of open tasks),
 * because the inbox marker is written after the effect and a crash in between redelivers the event.
 */
@Service
public class TaskService {

    public static final String PRODUCER = "notification-service";
    private static final Logger log = LoggerFactory.getLogger(TaskService.class);
    private static final int MAX_WRITE_ATTEMPTS = 5;

    private final Tasks tasks;
    private final Messages messages;
    private final StaffDirectory staff;
    private final Clock clock;
    private final MailSettings mail;

    public TaskService(Tasks tasks, Messages messages, StaffDirectory staff, Clock clock, MailSettings mail) {
        this.tasks = tasks;
        this.messages = messages;
        this.staff = staff;
        this.clock = clock;
        this.mail = mail;
    }

    /** The report's draft is open: the teammanager holds the hearings and completes the report. */
    public Task reportOpened(EventEnvelope cause, FindingsReportOpened opened) {
        return open(cause, TaskKind.HOLD_HEARING_AND_COMPLETE_REPORT, opened.teammanagerId(), opened.dueOn());
    }

    /** The teammanager submitted the report: their hearing-and-report task is done. */
    public void reportSubmitted(EventEnvelope cause, FindingsReportSubmitted submitted) {
        completeOpen(cause, TaskKind.HOLD_HEARING_AND_COMPLETE_REPORT);
    }

    /**
     * Puts a task in the owner's inbox and records the e-mail that tells them, unless both already happened
     * for this cause. The task and its e-mail are two single-document writes with deterministic ids, so a
     * repeat after a crash between them completes what is missing and never doubles either.
     */
    Task open(EventEnvelope cause, TaskKind kind, String ownerId, LocalDate dueOn) {
        TaskId id = TaskId.causedBy(cause.eventId(), kind, ownerId);
        Task task = tasks.find(id).orElseGet(() -> {
            Instant now = clock.instant();
            Task.Created created = Task.create(id, cause.complaintId(), kind, ownerId, dueOn, now);
            if (tasks.add(created.task(), List.of(cause.causes(created.event(), PRODUCER, now)))) {
                log.info("Task {} ({}) created for complaint {}", id, kind, cause.complaintId());
                return created.task();
            }
            return tasks.find(id).orElseThrow();
        });
        String ownerName = staff.find(ownerId).map(StaffMember::name).orElse(null);
        MailContent content = TaskCreatedMail.render(task, ownerName, mail.inboxUrl());
        messages.add(Message.emailToTaskOwner(task, content, cause.correlationId(), cause.eventId(), clock.instant()));
        return task;
    }

    void completeOpen(EventEnvelope cause, TaskKind kind) {
        for (Task open : tasks.openFor(cause.complaintId(), kind)) {
            boolean completed = change(open.id(), task -> {
                if (task.status() != TaskStatus.OPEN) {
                    return null;
                }
                Instant now = clock.instant();
                return List.of(cause.causes(task.complete(now), PRODUCER, now));
            });
            if (completed) {
                log.info("Task {} ({}) done for complaint {}", open.id(), kind, cause.complaintId());
            }
        }
    }

    /**
     * Loads, changes and stores a task; when the store reports a concurrent change (the outbox relay bumps
     * the version when it publishes), reloads and applies the change to fresh state.
     *
     * @param change the events caused, or null when there is nothing to change
     * @return whether a change was stored
     */
    private boolean change(TaskId id, Function<Task, List<EventEnvelope>> change) {
        for (int attempt = 1; ; attempt++) {
            Task task = tasks.find(id).orElseThrow();
            List<EventEnvelope> events = change.apply(task);
            if (events == null) {
                return false;
            }
            try {
                tasks.update(task, events);
                return true;
            } catch (OptimisticLockingFailureException e) {
                if (attempt == MAX_WRITE_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
