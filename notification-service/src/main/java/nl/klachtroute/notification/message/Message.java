package nl.klachtroute.notification.message;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import nl.klachtroute.events.MessageChannel;
import nl.klachtroute.events.RecipientKind;
import nl.klachtroute.events.notification.MessageSent;
import nl.klachtroute.notification.task.Task;
import nl.klachtroute.support.problem.IllegalTransitionException;

/**
 * An outgoing message (bericht) with its delivery state. It is recorded before anything is sent, so a
 * message that was decided on is never lost: it waits while the mail server is down and goes out when
 * it is back. See {@link MessageState} for the state machine.
 * <p>
 * The move PENDING -> SENDING (the claim) is made atomically by the store
 * ({@link Messages#claimNextDue}), so that of several dispatchers only one sends a message.
 */
public final class Message {

    /**
     * What is left of an erased text: the wording complaint-intake uses after the retention period, so a
     * reader sees that something was there.
     */
    public static final String ERASED = "(verwijderd na bewaartermijn)";

    private final MessageId id;
    private final String complaintId;
    private final String taskId;
    private final RecipientKind recipientKind;
    private String recipientId;
    private MessageChannel channel;
    private MailContent content;
    private final Instant createdAt;
    private final UUID correlationId;
    private final UUID causationId;
    private final Long version;
    private MessageState state;
    private int attempts;
    private Instant nextAttemptAt;
    private Instant lastAttemptAt;
    private Instant leaseUntil;
    private String claimedBy;
    private Instant sentAt;
    private String lastError;
    private LocalDate erasedOn;

    private Message(Snapshot s) {
        this.id = Objects.requireNonNull(s.id(), "id");
        this.complaintId = s.complaintId();
        this.taskId = s.taskId();
        this.recipientKind = Objects.requireNonNull(s.recipientKind(), "recipientKind");
        this.recipientId = Objects.requireNonNull(s.recipientId(), "recipientId");
        this.channel = Objects.requireNonNull(s.channel(), "channel");
        this.content = Objects.requireNonNull(s.content(), "content");
        this.createdAt = Objects.requireNonNull(s.createdAt(), "createdAt");
        this.correlationId = Objects.requireNonNull(s.correlationId(), "correlationId");
        this.causationId = Objects.requireNonNull(s.causationId(), "causationId");
        this.state = Objects.requireNonNull(s.state(), "state");
        this.attempts = s.attempts();
        this.nextAttemptAt = s.nextAttemptAt();
        this.lastAttemptAt = s.lastAttemptAt();
        this.leaseUntil = s.leaseUntil();
        this.claimedBy = s.claimedBy();
        this.sentAt = s.sentAt();
        this.lastError = s.lastError();
        this.erasedOn = s.erasedOn();
        this.version = s.version();
    }

    /**
     * An e-mail to the owner of a task, due to be sent at once. Its id follows from the task and the
     * template, so recording it twice yields the same message.
     *
     * @param correlationId the flow the task belongs to, carried on to the event that reports the sending
     * @param causationId   the event that caused the task
     */
    public static Message emailToTaskOwner(Task task, MailContent content, UUID correlationId, UUID causationId,
            Instant at) {
        MessageId id = MessageId.about(task.id().value(), content.template(), task.ownerId());
        return new Message(new Snapshot(id, task.complaintId(), task.id().value(), RecipientKind.STAFF,
                task.ownerId(), MessageChannel.EMAIL, content, at, correlationId, causationId, MessageState.PENDING, 0,
                at, null, null, null, null, null, null, null));
    }

    /**
     * An e-mail to a member of staff about a complaint that is not a new task (a reminder, an overdue
     * notice), due at once. {@code subjectId} (e.g. the causing event) makes the id deterministic.
     */
    public static Message emailToStaff(String subjectId, String complaintId, String taskId, String recipientId,
            MailContent content, UUID correlationId, UUID causationId, Instant at) {
        MessageId id = MessageId.about(subjectId, content.template(), recipientId);
        return new Message(new Snapshot(id, complaintId, taskId, RecipientKind.STAFF, recipientId,
                MessageChannel.EMAIL, content, at, correlationId, causationId, MessageState.PENDING, 0, at, null, null,
                null, null, null, null, null));
    }

    /**
     * A person's daily digest, due at once. It is about no single complaint; its id says whose digest of
     * which day it is ({@link MessageId#digest}), so it is recorded only once.
     */
    public static Message digestToStaff(MessageId id, String recipientId, MailContent content, Instant at) {
        UUID flow = UUID.nameUUIDFromBytes(id.value().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return new Message(new Snapshot(id, null, null, RecipientKind.STAFF, recipientId, MessageChannel.EMAIL,
                content, at, flow, flow, MessageState.PENDING, 0, at, null, null, null, null, null, null, null));
    }

    /**
     * A letter to the citizen of a complaint, due at once. The content holds no personal data: the
     * address and the salutation are fetched from complaint-intake when it is sent. Its id follows from
     * the causing event and the template, so recording it twice yields the same message.
     */
    public static Message letterToCitizen(String complaintId, MailContent content, UUID correlationId,
            UUID causationId, Instant at) {
        String recipient = "citizen:" + Objects.requireNonNull(complaintId, "complaintId");
        MessageId id = MessageId.about(causationId.toString(), content.template(), recipient);
        return new Message(new Snapshot(id, complaintId, null, RecipientKind.CITIZEN, recipient, MessageChannel.EMAIL,
                content, at, correlationId, causationId, MessageState.PENDING, 0, at, null, null, null, null, null,
                null, null));
    }

    /**
     * A letter to an employee the complaint is about (the postponement notice), by e-mail to their work address;
     * one per causing event and employee, so a redelivered fact records nothing new.
     */
    public static Message letterToEmployee(String complaintId, String employeeId, MailContent content,
            UUID correlationId, UUID causationId, Instant at) {
        MessageId id = MessageId.about(causationId.toString(), content.template(), "employee:" + employeeId);
        return new Message(new Snapshot(id, Objects.requireNonNull(complaintId, "complaintId"), null,
                RecipientKind.EMPLOYEE, employeeId, MessageChannel.EMAIL, content, at, correlationId, causationId,
                MessageState.PENDING, 0, at, null, null, null, null, null, null, null));
    }

    public static Message restore(Snapshot snapshot) {
        return new Message(snapshot);
    }

    /** The mail server accepted the message. */
    public MessageSent sent(Instant at) {
        requireSending("mark as sent");
        state = MessageState.SENT;
        sentAt = at;
        releaseClaim();
        lastError = null;
        return new MessageSent(id.value(), content.template(), content.templateVersion(), channel, recipientKind);
    }

    /**
     * The attempt failed for a reason that may pass (mail server down, timeout): wait and try again.
     *
     * @param reason why, without personal data (no addresses); shown in the delivery state
     */
    public void attemptFailed(Instant at, String reason, RetryPolicy policy) {
        requireSending("retry");
        state = MessageState.PENDING;
        nextAttemptAt = at.plus(policy.delayAfter(attempts));
        lastError = reason;
        releaseClaim();
    }

    /** The message cannot be delivered as it is; trying again would not help. */
    public void undeliverable(Instant at, String reason) {
        requireSending("give up on");
        state = MessageState.FAILED;
        lastError = reason;
        nextAttemptAt = null;
        releaseClaim();
    }

    /**
     * A letter that cannot be e-mailed (no e-mail address known) goes by post: its channel becomes POST and it
     * waits for the handler to print and send it.
     */
    public void byPost(Instant at, String reason) {
        requireSending("send by post");
        if (recipientKind != RecipientKind.CITIZEN) {
            throw new IllegalTransitionException("message to " + recipientKind, state, "send by post");
        }
        state = MessageState.TO_POST;
        channel = MessageChannel.POST;
        lastError = reason;
        nextAttemptAt = null;
        releaseClaim();
    }

    /**
     * The handler confirms that the printed letter went into the post: from then on it counts as sent, by post,
     * and shows on the complaint's history like an e-mail.
     */
    public MessageSent posted(Instant at) {
        if (state != MessageState.TO_POST) {
            throw new IllegalTransitionException("letter", state, "confirm the posting of");
        }
        state = MessageState.SENT;
        sentAt = at;
        lastError = null;
        return new MessageSent(id.value(), content.template(), content.templateVersion(), channel, recipientKind);
    }

    /**
     * The complaint was anonymised after its retention period (DOMAIN.md: "expired complaints are anonymised,
     * and analytics keeps only the counts"). The text of the message is erased, and so is its recipient when
     * that is the employee the complaint was about (a staff id that names them). What counts stays: template and
     * version (which wording it had), the subject line (fixed wording with the complaint number), channel, kind
     * of recipient, state, attempts and dates.
     * <p>
     * A message that has not gone out yet never will: {@code PENDING}, {@code SENDING} and {@code TO_POST}
     * become {@link MessageState#CANCELLED}, so neither the dispatcher nor the handler sends a letter without
     * its text (and the citizen's address is no longer known anyway). A message that failed stays
     * {@code FAILED}: nobody is to act on it any more, but it did fail. A mail the dispatcher is handing to the
     * server at this very moment may still go out as it was; its outcome is then not stored (the claim is gone).
     *
     * @param anonymisedOn the day the complaint was anonymised
     * @return false when the message was erased before: erasing twice changes nothing
     */
    public boolean erase(LocalDate anonymisedOn) {
        if (erasedOn != null) {
            return false;
        }
        erasedOn = Objects.requireNonNull(anonymisedOn, "anonymisedOn");
        content = new MailContent(content.template(), content.templateVersion(), content.subject(), ERASED, null);
        if (recipientKind == RecipientKind.EMPLOYEE) {
            recipientId = ERASED;
        }
        if (state == MessageState.PENDING || state == MessageState.SENDING || state == MessageState.TO_POST) {
            state = MessageState.CANCELLED;
            nextAttemptAt = null;
            lastError = "anonymised: the retention period of the complaint passed before this was sent; it will "
                    + "not be sent";
            releaseClaim();
        }
        return true;
    }

    /** Erased after the complaint's retention period: there is no text left to send or print. */
    public boolean isErased() {
        return erasedOn != null;
    }

    /** Whether this dispatcher holds the current claim. */
    public boolean isClaimedBy(String dispatcher) {
        return state == MessageState.SENDING && dispatcher.equals(claimedBy);
    }

    private void requireSending(String command) {
        if (state != MessageState.SENDING) {
            throw new IllegalTransitionException("message", state, command);
        }
    }

    private void releaseClaim() {
        leaseUntil = null;
        claimedBy = null;
    }

    public MessageId id() {
        return id;
    }

    /** The complaint the message is about; null for staff mail about no single complaint (signal, digest). */
    public String complaintId() {
        return complaintId;
    }

    /**
     * The key of the events about this message on the notification topic: the complaint id, or the message id
     * for mail about no single complaint.
     */
    public String eventKey() {
        return complaintId != null ? complaintId : id.value();
    }

    public Instant createdAt() {
        return createdAt;
    }

    public RecipientKind recipientKind() {
        return recipientKind;
    }

    public String recipientId() {
        return recipientId;
    }

    public MailContent content() {
        return content;
    }

    /** The day the message was erased after the complaint's retention period; null while it is whole. */
    public LocalDate erasedOn() {
        return erasedOn;
    }

    public MessageState state() {
        return state;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public UUID correlationId() {
        return correlationId;
    }

    public UUID causationId() {
        return causationId;
    }

    public Snapshot snapshot() {
        return new Snapshot(id, complaintId, taskId, recipientKind, recipientId, channel, content, createdAt,
                correlationId, causationId, state, attempts, nextAttemptAt, lastAttemptAt, leaseUntil, claimedBy,
                sentAt, lastError, erasedOn, version);
    }

    /**
     * The stored form of a message.
     *
     * @param taskId        the task it is about, if any
     * @param correlationId the flow the message belongs to
     * @param causationId   the event that caused the message
     * @param attempts      send attempts started so far (counted when claimed)
     * @param nextAttemptAt earliest time for the next attempt while PENDING
     * @param leaseUntil    while SENDING: after this, another dispatcher may take the message over
     * @param claimedBy     while SENDING: the dispatcher that holds the claim
     * @param lastError     why the last attempt failed (or why it is not sent), without personal data
     * @param erasedOn      the day its text was erased after the complaint's retention period; null while whole
     * @param version       optimistic-concurrency version; null before the first save
     */
    public record Snapshot(MessageId id, String complaintId, String taskId, RecipientKind recipientKind,
            String recipientId, MessageChannel channel, MailContent content, Instant createdAt, UUID correlationId,
            UUID causationId, MessageState state, int attempts, Instant nextAttemptAt, Instant lastAttemptAt, Instant leaseUntil, String claimedBy,
            Instant sentAt, String lastError, LocalDate erasedOn, Long version) {
    }
}
