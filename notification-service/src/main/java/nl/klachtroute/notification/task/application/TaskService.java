package nl.klachtroute.notification.task.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import nl.klachtroute.events.DeadlineKind;
import nl.klachtroute.events.EventEnvelope;
import nl.klachtroute.events.TaskKind;
import nl.klachtroute.events.analytics.PatternSignalRaised;
import nl.klachtroute.events.complaint.ComplaintRegistered;
import nl.klachtroute.events.complaint.HandlerAssigned;
import nl.klachtroute.events.findings.FindingsReportAssigned;
import nl.klachtroute.events.findings.FindingsReportOpened;
import nl.klachtroute.events.findings.FindingsReportSubmitted;
import nl.klachtroute.events.notification.CitizenFeedbackGiven;
import nl.klachtroute.notification.complaint.ComplaintFile;
import nl.klachtroute.notification.complaint.ComplaintFiles;
import nl.klachtroute.notification.message.DeadlineMail;
import nl.klachtroute.notification.message.MailContent;
import nl.klachtroute.notification.message.Message;
import nl.klachtroute.notification.message.DigestEntry;
import nl.klachtroute.notification.message.TaskCreatedMail;
import nl.klachtroute.notification.message.application.MailSettings;
import nl.klachtroute.notification.message.application.StaffNotices;
import nl.klachtroute.notification.task.PatternSignal;
import nl.klachtroute.notification.task.Task;
import nl.klachtroute.notification.task.TaskId;
import nl.klachtroute.notification.task.TaskInstructions;
import nl.klachtroute.notification.task.Tasks;
import nl.klachtroute.support.calendar.WorkingDayCalendar;
import nl.klachtroute.support.problem.AccessRefusedException;
import nl.klachtroute.support.problem.NotFoundException;
import nl.klachtroute.support.problem.RuleViolationException;
import nl.klachtroute.support.security.Role;
import nl.klachtroute.support.security.StaffDirectory;
import nl.klachtroute.support.security.StaffMember;

/**
 * Turns facts of the route into tasks, closes tasks when the fact that fulfils them arrives, and sends
 * reminders and escalations from the deadline events. Every effect is idempotent on its own (ids derived
 * from the causing event, completion only of open tasks, read-model writes that set fields), because the
 * inbox marker is written after the effect and a crash in between redelivers the event.
 */
@Service
@EnableConfigurationProperties({ TaskSettings.class, PatternSignalSettings.class })
public class TaskService {

    public static final String PRODUCER = "notification-service";
    private static final Logger log = LoggerFactory.getLogger(TaskService.class);
    private static final int MAX_WRITE_ATTEMPTS = 5;
    /** The handler's own work: it follows the complaint when another handler is assigned. */
    private static final Set<TaskKind> HANDLER_WORK = Set.of(TaskKind.SEND_ACKNOWLEDGEMENT,
            TaskKind.REQUEST_MISSING_DETAILS, TaskKind.CONTACT_CITIZEN, TaskKind.JUDGE_RETURNED_REPORT,
            TaskKind.CLOSE_COMPLAINT);

    private final Tasks tasks;
    private final StaffNotices notices;
    private final ComplaintFiles files;
    private final StaffDirectory staff;
    private final Clock clock;
    private final MailSettings mail;
    private final TaskSettings settings;
    private final NewTasks newTasks;
    private final PatternSignalSettings signals;
    private final WorkingDayCalendar calendar;

    public TaskService(Tasks tasks, StaffNotices notices, ComplaintFiles files, StaffDirectory staff, Clock clock,
            MailSettings mail, TaskSettings settings, NewTasks newTasks, PatternSignalSettings signals,
            WorkingDayCalendar calendar) {
        this.newTasks = newTasks;
        this.signals = signals;
        this.calendar = calendar;
        this.tasks = tasks;
        this.notices = notices;
        this.files = files;
        this.staff = staff;
        this.clock = clock;
        this.mail = mail;
        this.settings = settings;
    }

    // --- complaint topic ------------------------------------------------------------------------------

    /**
     * A new complaint: remember its deadlines; the acknowledgement (Awb 9:6) and, for an incomplete
     * complaint (Awb 9:4), the request for missing details go to the handler if one is known, else to the
     * intake owner until a handler is assigned. Both are due by the contact deadline.
     */
    public void complaintRegistered(EventEnvelope cause, ComplaintRegistered registered) {
        String owner = handlerOrIntake(files.registered(cause.complaintId(), registered.receivedOn(),
                registered.contactDeadline(), registered.handlingDeadline()));
        open(cause, TaskKind.SEND_ACKNOWLEDGEMENT, owner, registered.contactDeadline());
        if (!registered.formal()) {
            open(cause, TaskKind.REQUEST_MISSING_DETAILS, owner, registered.contactDeadline());
        }
    }

    /**
     * The single point of contact is (re)assigned: they must contact the citizen by the contact deadline,
     * and the open handler work of whoever had it before moves to them.
     */
    public void handlerAssigned(EventEnvelope cause, HandlerAssigned assigned) {
        files.handlerAssigned(cause.complaintId(), assigned.handlerId());
        ComplaintFile file = files.get(cause.complaintId());
        boolean contactOpenOrHandedOver = false;
        for (Task open : tasks.openFor(cause.complaintId())) {
            if (HANDLER_WORK.contains(open.kind()) && !open.ownerId().equals(assigned.handlerId())) {
                handOver(cause, open, assigned.handlerId());
                contactOpenOrHandedOver |= open.kind() == TaskKind.CONTACT_CITIZEN;
            } else if (open.kind() == TaskKind.CONTACT_CITIZEN) {
                contactOpenOrHandedOver = true;
            }
        }
        if (assigned.previousHandlerId() == null && !contactOpenOrHandedOver) {
            open(cause, TaskKind.CONTACT_CITIZEN, assigned.handlerId(), file.contactDeadline());
        }
    }

    public void handlingDeadlineExtended(EventEnvelope cause, LocalDate newDeadline) {
        files.handlingDeadlineMoved(cause.complaintId(), newDeadline);
    }

    /** Closes the open tasks of the given kinds: the fact that arrived is the work they asked for. */
    public void fulfilled(EventEnvelope cause, TaskKind... kinds) {
        for (TaskKind kind : kinds) {
            completeOpen(cause, kind);
        }
    }

    /** The complaint ended (closed, resolved informally, not handled, withdrawn): no work on it is left. */
    public void complaintEnded(EventEnvelope cause) {
        for (Task open : tasks.openFor(cause.complaintId())) {
            complete(cause, open.id());
        }
    }

    /**
     * The complaint was anonymised after its retention period. Its tasks stay, with kind, owner, due date and
     * status, so the inbox history and the counts stay right: they hold no personal data (the instruction names
     * the complaint number, the work, the date and at most the staff id whose deadline passed); the citizen's words
     * on a feedback follow-up task are erased. Work still open on it can no longer be done, so it is closed as
     * when the route ends; the route ended long before, so normally there is none.
     */
    public void complaintAnonymised(EventEnvelope cause) {
        List<Task> open = tasks.openFor(cause.complaintId());
        for (Task task : open) {
            complete(cause, task.id());
        }
        if (tasks.eraseNotes(cause.complaintId(), Message.ERASED) > 0) {
            log.info("Complaint {} anonymised: the citizen's words on its tasks erased", cause.complaintId());
        }
        if (!open.isEmpty()) {
            log.info("Complaint {} anonymised: {} task(s) still open closed", cause.complaintId(), open.size());
        }
    }

    /** A deadline is near: the owner gets a reminder e-mail. */
    public void deadlineApproaching(EventEnvelope cause, DeadlineKind kind, LocalDate deadline, String ownerId) {
        String owner = ownerOf(cause.complaintId(), kind, ownerId);
        String name = staff.find(owner).map(StaffMember::name).orElse(null);
        MailContent content = DeadlineMail.dueSoon(kind, cause.complaintId(), deadline, name, mail.inboxUrl());
        tellStaff(cause, owner, content, DigestEntry.Kind.DUE_SOON, TaskInstructions.deadlineWork(kind), deadline);
    }

    /**
     * A deadline passed: the owner gets an overdue e-mail, and the owner's lead gets a task (with e-mail)
     * to see that the work still gets done.
     */
    public void deadlineMissed(EventEnvelope cause, DeadlineKind kind, LocalDate deadline, String ownerId) {
        String owner = ownerOf(cause.complaintId(), kind, ownerId);
        StaffMember ownerMember = staff.find(owner).orElse(null);
        String ownerName = ownerMember == null ? null : ownerMember.name();
        tellStaff(cause, owner, DeadlineMail.overdue(kind, cause.complaintId(), deadline, ownerName, mail.inboxUrl()),
                DigestEntry.Kind.OVERDUE, TaskInstructions.deadlineWork(kind), deadline);

        String lead = ownerMember == null || ownerMember.lead() == null ? settings.escalationFallback()
                : ownerMember.lead();
        TaskKind taskKind = TaskInstructions.kindFor(kind);
        TaskId id = TaskId.causedBy(cause.eventId(), taskKind, lead);
        Task escalation = tasks.find(id).orElseGet(() -> {
            Instant now = clock.instant();
            Task.Created created = Task.escalate(id, cause.complaintId(), taskKind, lead, owner, deadline, now);
            if (tasks.add(created.task(), List.of(cause.causes(created.event(), PRODUCER, now)))) {
                log.info("Task {} (escalation of {}) created for complaint {}", id, kind, cause.complaintId());
                newTasks.created(created.task());
                return created.task();
            }
            return tasks.find(id).orElseThrow();
        });
        String leadName = staff.find(lead).map(StaffMember::name).orElse(null);
        String missedBy = ownerName == null ? owner : ownerName;
        MailContent content = DeadlineMail.escalated(escalation, kind, missedBy, leadName, mail.inboxUrl());
        notices.tell(Message.emailToTaskOwner(escalation, content, cause.correlationId(), cause.eventId(),
                clock.instant()), DigestEntry.Kind.ESCALATED, TaskInstructions.deadlineWork(kind)
                        + " (termijn verlopen bij " + missedBy + ")", escalation.subject(), escalation.dueOn());
    }

    // --- notification topic (the citizen's feedback) ---------------------------------------------------

    /**
     * The citizen answered the satisfaction check unhappily or asked to talk again: the handler (else the intake
     * owner) gets a task to follow it up, due a configured number of working days after it arrives. The comment
     * goes on the task as its note: in the inbox, not in the e-mail that announces the task.
     */
    public Task feedbackNeedsFollowUp(EventEnvelope cause, CitizenFeedbackGiven answer, String comment) {
        ComplaintFile file = files.get(cause.complaintId());
        String owner = handlerOrIntake(file);
        TaskId id = TaskId.causedBy(cause.eventId(), TaskKind.FOLLOW_UP_FEEDBACK, owner);
        Task task = tasks.find(id).orElseGet(() -> {
            Instant now = clock.instant();
            LocalDate today = LocalDate.ofInstant(now, TaskInbox.AMSTERDAM);
            LocalDate due = calendar.nthWorkingDayAfter(today, settings.feedbackFollowUpWorkingDays());
            Task.Created created = Task.followUpFeedback(id, cause.complaintId(), owner, due,
                    TaskInstructions.followUpFeedback(cause.complaintId(), answer, due), comment, now);
            if (tasks.add(created.task(), List.of(cause.causes(created.event(), PRODUCER, now)))) {
                log.info("Task {} ({}) created for complaint {}", id, created.task().kind(), cause.complaintId());
                newTasks.created(created.task());
                return created.task();
            }
            return tasks.find(id).orElseThrow();
        });
        notifyOwner(cause, task);
        return task;
    }

    /**
     * The owner marks a follow-up of feedback done by hand: the conversation settled it, and neither a reopening
     * nor a referral is needed. Other work is done by the step it asks for, so only this kind can be closed like
     * this, and only by its owner. Marking a done task again changes nothing.
     */
    public Task doneByOwner(TaskId id, String staffId) {
        Task task = tasks.find(id).orElseThrow(() -> new NotFoundException("task", id.value()));
        if (!task.ownerId().equals(staffId)) {
            throw new AccessRefusedException("Only the owner of a task can mark it done");
        }
        if (task.kind() != TaskKind.FOLLOW_UP_FEEDBACK) {
            throw new RuleViolationException("done-by-its-step", null, "'" + TaskInstructions.title(task.kind())
                    + "' is done by the step it asks for, not by hand");
        }
        boolean completed = change(id, open -> {
            if (!open.isOpen()) {
                return null;
            }
            Instant now = clock.instant();
            return List.of(EventEnvelope.first(open.complaintId(), open.complete(now), PRODUCER, now,
                    UUID.randomUUID()));
        });
        if (completed) {
            log.info("Task {} marked done by its owner for complaint {}", id, task.complaintId());
        }
        return tasks.find(id).orElseThrow();
    }

    // --- findings topic -------------------------------------------------------------------------------

    /** The report's draft is open: the teammanager holds the hearings and completes the report. */
    public Task reportOpened(EventEnvelope cause, FindingsReportOpened opened) {
        files.teammanagerAssigned(cause.complaintId(), opened.teammanagerId(), opened.dueOn());
        return open(cause, TaskKind.HOLD_HEARING_AND_COMPLETE_REPORT, opened.teammanagerId(), opened.dueOn());
    }

    /** The report went to another teammanager: the open hearing-and-report task moves with it. */
    public void reportAssigned(EventEnvelope cause, FindingsReportAssigned assigned) {
        files.teammanagerAssigned(cause.complaintId(), assigned.teammanagerId(), null);
        for (Task open : tasks.openFor(cause.complaintId(), TaskKind.HOLD_HEARING_AND_COMPLETE_REPORT)) {
            if (!open.ownerId().equals(assigned.teammanagerId())) {
                handOver(cause, open, assigned.teammanagerId());
            }
        }
    }

    /**
     * The teammanager submitted the report: their task is done, and the handler must judge it (SIS critical
     * analysis), by the handling deadline.
     */
    public void reportSubmitted(EventEnvelope cause, FindingsReportSubmitted submitted) {
        completeOpen(cause, TaskKind.HOLD_HEARING_AND_COMPLETE_REPORT);
        ComplaintFile file = files.get(cause.complaintId());
        open(cause, TaskKind.JUDGE_RETURNED_REPORT, handlerOrIntake(file), file.handlingDeadline());
    }

    /**
     * SIS returned the report with remarks: judging is done, and the teammanager has to complete the
     * report again, by the report's due date.
     */
    public void reportReturned(EventEnvelope cause) {
        completeOpen(cause, TaskKind.JUDGE_RETURNED_REPORT);
        ComplaintFile file = files.get(cause.complaintId());
        if (file.teammanagerId() != null) {
            open(cause, TaskKind.HOLD_HEARING_AND_COMPLETE_REPORT, file.teammanagerId(), file.reportDueOn());
        }
    }

    // --- analytics topic ------------------------------------------------------------------------------

    /**
     * Analytics saw a pattern (DOMAIN.md: "Signals become tasks for the responsible manager"): the manager gets
     * a task with the evidence, due a configured number of working days from today. The task id follows from
     * the signal id, so the same signal delivered or raised again gives no second task and no second e-mail.
     */
    public Task patternSignalRaised(EventEnvelope cause, PatternSignalRaised raised) {
        PatternSignal signal = PatternSignal.of(raised);
        TaskId id = TaskId.forSignal(signal.signalId());
        Task task = tasks.find(id).orElseGet(() -> {
            Instant now = clock.instant();
            LocalDate today = LocalDate.ofInstant(now, TaskInbox.AMSTERDAM);
            LocalDate due = calendar.nthWorkingDayAfter(today, signals.dueWorkingDays());
            Task.Created created = Task.reviewSignal(id, signal, responsibleManager(signal), due, now);
            if (tasks.add(created.task(), List.of(cause.causes(created.event(), PRODUCER, now)))) {
                log.info("Task {} ({}) created for signal {}", id, created.task().kind(), signal.signalId());
                newTasks.created(created.task());
                return created.task();
            }
            return tasks.find(id).orElseThrow();
        });
        notifyOwner(cause, task);
        return task;
    }

    /**
     * The teammanager who leads the signal's team; else the lead of the department's teammanagers (the
     * department manager); else the configured fallback manager.
     */
    String responsibleManager(PatternSignal signal) {
        if (signal.team() != null) {
            Optional<StaffMember> teammanager = staff.teammanagerOf(signal.team());
            if (teammanager.isPresent()) {
                return teammanager.get().id();
            }
        }
        if (signal.department() != null) {
            Optional<String> departmentLead = staff.all().stream()
                    .filter(m -> m.has(Role.TEAMMANAGER) && signal.department().equalsIgnoreCase(m.department()))
                    .map(StaffMember::lead).filter(lead -> lead != null && !lead.isBlank()).findFirst();
            if (departmentLead.isPresent()) {
                return departmentLead.get();
            }
        }
        return signals.fallbackManager();
    }

    // --- building blocks ------------------------------------------------------------------------------

    /**
     * Puts a task in the owner's inbox and records the e-mail that tells them, unless both already happened
     * for this cause. The task and its e-mail are two single-document writes with deterministic ids, so a
     * repeat after a crash between them completes what is missing and never doubles either.
     */
    Task open(EventEnvelope cause, TaskKind kind, String ownerId, LocalDate dueOn) {
        TaskId id = TaskId.causedBy(cause.eventId(), kind, ownerId);
        // Added first and read only when it was there already (a redelivery): one write in the usual case.
        Instant now = clock.instant();
        Task.Created created = Task.create(id, cause.complaintId(), kind, ownerId, dueOn, now);
        Task task;
        if (tasks.add(created.task(), List.of(cause.causes(created.event(), PRODUCER, now)))) {
            log.info("Task {} ({}) created for complaint {}", id, kind, cause.complaintId());
            newTasks.created(created.task());
            task = created.task();
        } else {
            task = tasks.find(id).orElseThrow();
        }
        notifyOwner(cause, task);
        return task;
    }

    /** Records the e-mail that tells the owner about a new task (its id follows from the task). */
    private void notifyOwner(EventEnvelope cause, Task task) {
        String ownerName = staff.find(task.ownerId()).map(StaffMember::name).orElse(null);
        MailContent content = TaskCreatedMail.render(task, ownerName, mail.inboxUrl());
        notices.tell(Message.emailToTaskOwner(task, content, cause.correlationId(), cause.eventId(), clock.instant()),
                DigestEntry.Kind.NEW_TASK, TaskInstructions.title(task.kind()), task.subject(), task.dueOn());
    }

    /** Closes the task of the previous owner and opens the same work, with the same due date, for the new one. */
    private void handOver(EventEnvelope cause, Task previous, String newOwner) {
        boolean handedOver = change(previous.id(), task -> {
            if (!task.isOpen()) {
                return null;
            }
            Instant now = clock.instant();
            return List.of(cause.causes(task.handOver(now), PRODUCER, now));
        });
        if (handedOver) {
            log.info("Task {} ({}) handed over for complaint {}", previous.id(), previous.kind(), cause.complaintId());
        }
        open(cause, previous.kind(), newOwner, previous.dueOn());
    }

    void completeOpen(EventEnvelope cause, TaskKind kind) {
        for (Task open : tasks.openFor(cause.complaintId(), kind)) {
            complete(cause, open.id());
        }
    }

    private void complete(EventEnvelope cause, TaskId id) {
        boolean completed = change(id, task -> {
            if (!task.isOpen()) {
                return null;
            }
            Instant now = clock.instant();
            return List.of(cause.causes(task.complete(now), PRODUCER, now));
        });
        if (completed) {
            log.info("Task {} done for complaint {}", id, cause.complaintId());
        }
    }

    /** A reminder or overdue notice about a complaint's deadline, at once or in the digest. */
    private void tellStaff(EventEnvelope cause, String recipientId, MailContent content, DigestEntry.Kind kind,
            String what, LocalDate dueOn) {
        notices.tell(Message.emailToStaff(cause.eventId().toString(), cause.complaintId(), null, recipientId,
                content, cause.correlationId(), cause.eventId(), clock.instant()), kind, what,
                "klacht " + cause.complaintId(), dueOn);
    }

    private String handlerOrIntake(ComplaintFile file) {
        return file.handlerId() != null ? file.handlerId() : settings.intakeOwner();
    }

    /** The owner the event names, else who the read model says does that work. */
    private String ownerOf(String complaintId, DeadlineKind kind, String ownerId) {
        if (ownerId != null && !ownerId.isBlank()) {
            return ownerId;
        }
        ComplaintFile file = files.get(complaintId);
        if (kind == DeadlineKind.FINDINGS_REPORT && file.teammanagerId() != null) {
            return file.teammanagerId();
        }
        return handlerOrIntake(file);
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
