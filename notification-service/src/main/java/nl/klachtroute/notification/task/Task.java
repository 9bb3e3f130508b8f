package nl.klachtroute.notification.task;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import nl.klachtroute.events.TaskKind;
import nl.klachtroute.events.notification.TaskCompleted;
import nl.klachtroute.events.notification.TaskCreated;
import nl.klachtroute.support.problem.IllegalTransitionException;

/**
 * A piece of work in one person's inbox (taak in de takenlijst): what to do, for which complaint, by
 * when. One explicit state machine: {@code OPEN -> DONE | HANDED_OVER}; commands return the events they cause and
 * refuse any other move with an {@link IllegalTransitionException}.
 */
public final class Task {

    private final TaskId id;
    private final String complaintId;
    private final String scope;
    private final TaskKind kind;
    private final String ownerId;
    private final LocalDate dueOn;
    private final String instruction;
    private final Instant createdAt;
    private final Long version;
    private TaskStatus status;
    private Instant completedAt;
    private String note;

    private Task(TaskId id, String complaintId, String scope, TaskKind kind, String ownerId, LocalDate dueOn,
            String instruction, String note, Instant createdAt, TaskStatus status, Instant completedAt, Long version) {
        this.id = Objects.requireNonNull(id, "id");
        if (complaintId == null && scope == null) {
            throw new IllegalArgumentException("A task is about a complaint or has a scope");
        }
        this.complaintId = complaintId;
        this.scope = scope;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.ownerId = Objects.requireNonNull(ownerId, "ownerId");
        this.dueOn = dueOn;
        this.instruction = Objects.requireNonNull(instruction, "instruction");
        this.note = note;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.status = Objects.requireNonNull(status, "status");
        this.completedAt = completedAt;
        this.version = version;
    }

    /** A new open task and the fact that it was put in the owner's inbox. */
    public static Created create(TaskId id, String complaintId, TaskKind kind, String ownerId, LocalDate dueOn,
            Instant at) {
        Task task = new Task(id, Objects.requireNonNull(complaintId, "complaintId"), null, kind, ownerId, dueOn,
                TaskInstructions.describe(kind, complaintId, dueOn), null, at, TaskStatus.OPEN, null, null);
        return new Created(task, new TaskCreated(id.value(), kind, ownerId, dueOn));
    }

    /**
     * A task for the lead of someone who missed a deadline (escalatie): the same kind of work, with an
     * instruction that says whose deadline passed.
     *
     * @param missedBy staff id of the owner who missed the deadline
     */
    public static Created escalate(TaskId id, String complaintId, TaskKind kind, String leadId, String missedBy,
            LocalDate deadline, Instant at) {
        Task task = new Task(id, Objects.requireNonNull(complaintId, "complaintId"), null, kind, leadId, deadline,
                TaskInstructions.escalation(kind, complaintId, missedBy, deadline), null, at, TaskStatus.OPEN, null, null);
        return new Created(task, new TaskCreated(id.value(), kind, leadId, deadline));
    }

    /**
     * A task for the manager responsible for what a pattern signal of analytics is about (signalen worden
     * taken voor de verantwoordelijke manager). It concerns no single complaint: its {@link #scope()} says
     * which department, team or category, and the instruction gives the evidence.
     */
    public static Created reviewSignal(TaskId id, PatternSignal signal, String managerId, LocalDate dueOn,
            Instant at) {
        TaskKind kind = TaskKind.REVIEW_PATTERN_SIGNAL;
        Task task = new Task(id, null, signal.scope(), kind, managerId, dueOn,
                TaskInstructions.reviewSignal(signal, dueOn), null, at, TaskStatus.OPEN, null, null);
        return new Created(task, new TaskCreated(id.value(), kind, managerId, dueOn));
    }

    /**
     * A task for the handler after the citizen's answer to the satisfaction check: talk with the citizen, then
     * reopen the complaint or send the ombudsman referral. The citizen's comment, if any, is its {@link #note()}:
     * shown in the inbox, never in an e-mail, and erased with the complaint after its retention period.
     */
    public static Created followUpFeedback(TaskId id, String complaintId, String ownerId, LocalDate dueOn,
            String instruction, String comment, Instant at) {
        TaskKind kind = TaskKind.FOLLOW_UP_FEEDBACK;
        Task task = new Task(id, Objects.requireNonNull(complaintId, "complaintId"), null, kind, ownerId, dueOn,
                instruction, comment, at, TaskStatus.OPEN, null, null);
        return new Created(task, new TaskCreated(id.value(), kind, ownerId, dueOn));
    }

    /** Rebuilds a stored task about a complaint; no rules run and no events are caused. */
    public static Task restore(TaskId id, String complaintId, TaskKind kind, String ownerId, LocalDate dueOn,
            String instruction, Instant createdAt, TaskStatus status, Instant completedAt, Long version) {
        return restore(id, complaintId, null, kind, ownerId, dueOn, instruction, createdAt, status, completedAt,
                version);
    }

    /** Rebuilds a stored task; no rules run and no events are caused. */
    public static Task restore(TaskId id, String complaintId, String scope, TaskKind kind, String ownerId,
            LocalDate dueOn, String instruction, Instant createdAt, TaskStatus status, Instant completedAt,
            Long version) {
        return restore(id, complaintId, scope, kind, ownerId, dueOn, instruction, null, createdAt, status,
                completedAt, version);
    }

    /** Rebuilds a stored task, with the citizen's words it may carry; no rules run and no events are caused. */
    public static Task restore(TaskId id, String complaintId, String scope, TaskKind kind, String ownerId,
            LocalDate dueOn, String instruction, String note, Instant createdAt, TaskStatus status,
            Instant completedAt, Long version) {
        return new Task(id, complaintId, scope, kind, ownerId, dueOn, instruction, note, createdAt, status,
                completedAt, version);
    }

    /** The work is done (afgerond). Only an open task can be completed. */
    public TaskCompleted complete(Instant at) {
        if (status != TaskStatus.OPEN) {
            throw new IllegalTransitionException("task", status, "complete");
        }
        status = TaskStatus.DONE;
        completedAt = at;
        return new TaskCompleted(id.value(), kind);
    }

    /**
     * The work moved to someone else, who gets a task of their own. The contracts have no "task handed over"
     * event; for the owner's inbox the task is finished, so it is reported as {@link TaskCompleted}.
     */
    public TaskCompleted handOver(Instant at) {
        if (status != TaskStatus.OPEN) {
            throw new IllegalTransitionException("task", status, "hand over");
        }
        status = TaskStatus.HANDED_OVER;
        completedAt = at;
        return new TaskCompleted(id.value(), kind);
    }

    public boolean isOpen() {
        return status == TaskStatus.OPEN;
    }

    /** Open and past its due date on {@code today} (Europe/Amsterdam): the due date itself is still on time. */
    public boolean isOverdueOn(LocalDate today) {
        return status == TaskStatus.OPEN && dueOn != null && dueOn.isBefore(today);
    }

    public TaskId id() {
        return id;
    }

    /** The complaint the work is for; null for work about many complaints (a pattern signal). */
    public String complaintId() {
        return complaintId;
    }

    /**
     * What the task is about when it is not one complaint, in Dutch, e.g. "team Activering Noord (afdeling
     * Activering), 2026-Q2"; null for a task about a complaint.
     */
    public String scope() {
        return scope;
    }

    /** The complaint number, or the scope for work about many complaints: what lists and e-mails show. */
    public String subject() {
        return complaintId != null ? "klacht " + complaintId : scope;
    }

    public TaskKind kind() {
        return kind;
    }

    public String ownerId() {
        return ownerId;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    /** What to do, in Dutch, without personal data. */
    public String instruction() {
        return instruction;
    }

    /**
     * What the citizen wrote, for a task that follows up their feedback; null otherwise. Personal data: shown
     * only in the owner's inbox, never in e-mail, logs or events.
     */
    public String note() {
        return note;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public TaskStatus status() {
        return status;
    }

    public Instant completedAt() {
        return completedAt;
    }

    /** Optimistic-concurrency version of the stored task; null before the first save. */
    public Long version() {
        return version;
    }

    /** A task just created, with the event that announces it. */
    public record Created(Task task, TaskCreated event) {
    }
}
