package nl.klachtroute.notification.message;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import nl.klachtroute.events.EventEnvelope;

/** Where messages are kept; each write stores state and caused events in one atomic write. */
public interface Messages {

    /** Records a new message. @return false when it was already recorded (nothing is written) */
    boolean add(Message message);

    Optional<Message> find(MessageId id);

    /**
     * Stores a changed message. Fails with an optimistic-locking exception when it changed since it was
     * read (another dispatcher, the outbox relay); the caller reloads and decides again.
     */
    void update(Message message, List<EventEnvelope> events);

    /**
     * Atomically claims the message that is due longest: PENDING with its next attempt due, or SENDING
     * with an expired lease. The claim moves it to SENDING for {@code lease}, counts an attempt and
     * records the claimant, so no other dispatcher sends it meanwhile.
     */
    Optional<Message> claimNextDue(Instant now, Duration lease, String dispatcher);

    /** Messages about one complaint, oldest first. */
    List<Message> forComplaint(String complaintId);
}
