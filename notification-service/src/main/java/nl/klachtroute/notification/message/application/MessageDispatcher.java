package nl.klachtroute.notification.message.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;

import nl.klachtroute.events.EventCatalog;
import nl.klachtroute.events.EventEnvelope;
import nl.klachtroute.events.EventType;
import nl.klachtroute.events.notification.MessageSent;
import nl.klachtroute.events.RecipientKind;
import nl.klachtroute.notification.letter.LetterTemplates;
import nl.klachtroute.notification.message.CitizenContacts;
import nl.klachtroute.notification.message.MailContent;
import nl.klachtroute.notification.message.LetterLinks;
import nl.klachtroute.notification.message.Mailer;
import nl.klachtroute.notification.message.Message;
import nl.klachtroute.notification.message.MessageId;
import nl.klachtroute.notification.message.Messages;
import nl.klachtroute.support.security.StaffDirectory;
import nl.klachtroute.support.security.StaffMember;

/**
 * Sends the messages that are due, one claimed message at a time. Safe with several instances: each
 * message is claimed atomically before it is sent, and a failed attempt puts it back to wait
 * (bounded exponential back-off) instead of dropping it.
 * <p>
 * Delivery to the mail server is at least once: if this process dies after the server accepted a mail
 * but before the message is marked sent, the claim's lease runs out and the mail is sent again. The
 * {@value #MESSAGE_ID_HEADER} header lets a reader recognise such a copy.
 */
public class MessageDispatcher {

    public static final String PRODUCER = "notification-service";
    public static final String MESSAGE_ID_HEADER = "X-Klachtroute-Message-Id";
    private static final Logger log = LoggerFactory.getLogger(MessageDispatcher.class);
    private static final int MAX_WRITE_ATTEMPTS = 5;

    private final Messages messages;
    private final CitizenContacts citizens;
    private final Mailer mailer;
    private final StaffDirectory staff;
    private final Clock clock;
    private final MailSettings settings;
    private final LetterLinks links;
    private final String dispatcherId;

    public MessageDispatcher(Messages messages, Mailer mailer, StaffDirectory staff, Clock clock,
            MailSettings settings) {
        this(messages, mailer, staff, complaintId -> Optional.empty(), clock, settings);
    }

    public MessageDispatcher(Messages messages, Mailer mailer, StaffDirectory staff, CitizenContacts citizens,
            Clock clock, MailSettings settings) {
        this(messages, mailer, staff, citizens, LetterLinks.NONE, clock, settings);
    }

    /** @param links the links a citizen's letter gets at send time (the feedback link) */
    public MessageDispatcher(Messages messages, Mailer mailer, StaffDirectory staff, CitizenContacts citizens,
            LetterLinks links, Clock clock, MailSettings settings) {
        this.links = links;
        this.messages = messages;
        this.citizens = citizens;
        this.mailer = mailer;
        this.staff = staff;
        this.clock = clock;
        this.settings = settings;
        this.dispatcherId = PRODUCER + "-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID();
    }

    /** One round: sends due messages until none is left or the batch is full. @return messages handled */
    public int dispatchDue() {
        int handled = 0;
        while (handled < settings.batchSize()) {
            Optional<Message> claimed = messages.claimNextDue(clock.instant(), settings.lease(), dispatcherId);
            if (claimed.isEmpty()) {
                break;
            }
            deliver(claimed.get());
            handled++;
        }
        return handled;
    }

    private void deliver(Message message) {
        String address;
        MailContent content = message.content();
        if (message.recipientKind() == RecipientKind.CITIZEN) {
            Optional<CitizenContacts.Contact> contact;
            try {
                contact = citizens.forComplaint(message.complaintId());
            } catch (CitizenContacts.Unavailable e) {
                record(message, m -> {
                    m.attemptFailed(clock.instant(), e.getMessage(), settings.retryPolicy());
                    return List.of();
                });
                log.info("Message {} waits: {}", message.id(), e.getMessage());
                return;
            }
            if (contact.isEmpty() || contact.get().email() == null || contact.get().email().isBlank()) {
                log.info("Message {} goes by post: complaint-intake has no e-mail address for the citizen",
                        message.id());
                record(message, m -> {
                    m.byPost(clock.instant(), "no-email-address: print the PDF of this letter and send it by post");
                    return List.of();
                });
                return;
            }
            address = contact.get().email();
            content = links.fillIn(LetterTemplates.personalise(content, contact.get().name()), message.causationId());
        } else {
            Optional<StaffMember> member = staff.find(message.recipientId());
            Optional<String> staffAddress = member.map(StaffMember::email).filter(a -> !a.isBlank());
            if (message.recipientKind() == RecipientKind.EMPLOYEE && member.isPresent()) {
                // A letter to the employee concerned: the salutation is filled in now, like the citizen's.
                content = LetterTemplates.personalise(content, member.get().name());
            }
            if (staffAddress.isEmpty()) {
                log.warn("Message {} cannot be delivered: no work e-mail address known for its recipient",
                        message.id());
                record(message, m -> {
                    m.undeliverable(clock.instant(), "no-address: the staff directory has no work e-mail address");
                    return List.of();
                });
                return;
            }
            address = staffAddress.get();
        }
        try {
            mailer.send(message.id(), address, content);
        } catch (Mailer.DeliveryFailed e) {
            if (e.permanent()) {
                log.warn("Message {} cannot be delivered: {}", message.id(), e.getMessage());
                record(message, m -> {
                    m.undeliverable(clock.instant(), e.getMessage());
                    return List.of();
                });
            } else {
                record(message, m -> {
                    m.attemptFailed(clock.instant(), e.getMessage(), settings.retryPolicy());
                    log.info("Message {} not sent (attempt {}: {}); next attempt at {}", m.id(), m.attempts(),
                            e.getMessage(), m.nextAttemptAt());
                    return List.of();
                });
            }
            return;
        }
        record(message, m -> List.of(announce(m, m.sent(clock.instant()))));
        log.info("Message {} sent", message.id());
    }

    /**
     * Applies the outcome of the attempt and stores it. The outbox relay may have bumped the version in the
     * meantime: then reload and apply again, as long as this dispatcher still holds the claim.
     */
    private void record(Message claimed, Function<Message, List<EventEnvelope>> outcome) {
        Message current = claimed;
        for (int attempt = 1; ; attempt++) {
            if (!current.isClaimedBy(dispatcherId)) {
                log.warn("Message {} was taken over by another dispatcher before its outcome was stored",
                        current.id());
                return;
            }
            List<EventEnvelope> events = outcome.apply(current);
            try {
                messages.update(current, events);
                return;
            } catch (OptimisticLockingFailureException e) {
                if (attempt == MAX_WRITE_ATTEMPTS) {
                    throw e;
                }
                MessageId id = current.id();
                current = messages.find(id).orElseThrow();
            }
        }
    }

    private EventEnvelope announce(Message message, MessageSent sent) {
        EventType type = EventCatalog.of(sent);
        return new EventEnvelope(UUID.randomUUID(), type.name(), type.version(), clock.instant(),
                message.eventKey(), message.correlationId(), message.causationId(), PRODUCER, sent);
    }

    public String dispatcherId() {
        return dispatcherId;
    }
}
