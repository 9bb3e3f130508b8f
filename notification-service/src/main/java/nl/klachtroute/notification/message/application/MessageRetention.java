package nl.klachtroute.notification.message.application;

import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import nl.klachtroute.notification.message.Message;
import nl.klachtroute.notification.message.MessageId;
import nl.klachtroute.notification.message.MessageState;
import nl.klachtroute.notification.message.Messages;

/**
 * Erases the messages about a complaint once its retention period passed: the letters to the citizen, the
 * notice to the employee concerned and the e-mails to staff (see {@link Message#erase}). The records stay,
 * so the complaint's history and the delivery counts are still right; what was not sent yet is cancelled.
 */
@Service
public class MessageRetention {

    private static final Logger log = LoggerFactory.getLogger(MessageRetention.class);
    private static final int MAX_WRITE_ATTEMPTS = 5;

    private final Messages messages;

    public MessageRetention(Messages messages) {
        this.messages = messages;
    }

    /**
     * Erases every message about the complaint that still has its text. A redelivered event finds them erased
     * and writes nothing.
     *
     * @return how many messages were erased now
     */
    public int erase(String complaintId, LocalDate anonymisedOn) {
        int erased = 0;
        int cancelled = 0;
        for (Message message : messages.forComplaint(complaintId)) {
            if (message.isErased()) {
                continue;
            }
            Message stored = eraseOne(message.id(), anonymisedOn);
            if (stored != null) {
                erased++;
                // Only erasing cancels, and a message is erased once: this one was cancelled now.
                if (stored.state() == MessageState.CANCELLED) {
                    cancelled++;
                }
            }
        }
        if (erased > 0) {
            log.info("Complaint {} anonymised: {} message(s) erased, of which {} not sent and cancelled", complaintId,
                    erased, cancelled);
        }
        return erased;
    }

    /**
     * Loads, erases and stores one message. The dispatcher (a claim, an outcome) or the outbox relay may change
     * it in between; then reload and erase the fresh state.
     *
     * @return the erased message, or null when it was erased already
     */
    private Message eraseOne(MessageId id, LocalDate anonymisedOn) {
        for (int attempt = 1; ; attempt++) {
            Message message = messages.find(id).orElseThrow();
            if (!message.erase(anonymisedOn)) {
                return null;
            }
            try {
                messages.update(message, List.of());
                return message;
            } catch (OptimisticLockingFailureException e) {
                if (attempt == MAX_WRITE_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
