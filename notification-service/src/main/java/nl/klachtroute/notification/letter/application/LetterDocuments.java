package nl.klachtroute.notification.letter.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import nl.klachtroute.events.EventCatalog;
import nl.klachtroute.events.EventEnvelope;
import nl.klachtroute.events.EventType;
import nl.klachtroute.events.RecipientKind;
import nl.klachtroute.events.notification.MessageSent;
import nl.klachtroute.notification.feedback.application.FeedbackLinks;
import nl.klachtroute.notification.letter.LetterKind;
import nl.klachtroute.notification.letter.LetterPrinter;
import nl.klachtroute.notification.letter.LetterTemplates;
import nl.klachtroute.notification.letter.PrintableLetter;
import nl.klachtroute.notification.message.CitizenContacts;
import nl.klachtroute.notification.message.Message;
import nl.klachtroute.notification.message.MessageId;
import nl.klachtroute.notification.message.Messages;
import nl.klachtroute.notification.message.application.MessageDispatcher;
import nl.klachtroute.support.problem.NotFoundException;

/**
 * A recorded letter to the citizen as a PDF for post: the same text as the e-mail, with the salutation, name
 * and postal address fetched from complaint-intake at this moment. The PDF is made in memory for the one
 * answer; neither it nor its text is stored or logged.
 */
@Service
public class LetterDocuments {

    private static final Logger log = LoggerFactory.getLogger(LetterDocuments.class);
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private static final int MAX_WRITE_ATTEMPTS = 5;
    private final Messages messages;
    private final CitizenContacts citizens;
    private final LetterPrinter printer;
    private final FeedbackLinks links;
    private final Clock clock;

    public LetterDocuments(Messages messages, CitizenContacts citizens, LetterPrinter printer, FeedbackLinks links,
            Clock clock) {
        this.links = links;
        this.messages = messages;
        this.citizens = citizens;
        this.printer = printer;
        this.clock = clock;
    }

    /**
     * The handler confirms that a letter for the post was posted: it becomes sent (channel POST) and its
     * {@code MessageSent} goes out through the outbox, so the complaint's history shows it.
     *
     * @throws NotFoundException when the complaint has no letter with this id
     * @throws nl.klachtroute.support.problem.IllegalTransitionException when it is not waiting for the post
     */
    public Message confirmPosted(String complaintId, String messageId, String confirmedBy) {
        for (int attempt = 1;; attempt++) {
            Message letter = letter(complaintId, messageId);
            MessageSent sent = letter.posted(clock.instant());
            EventType type = EventCatalog.of(sent);
            EventEnvelope event = new EventEnvelope(UUID.randomUUID(), type.name(), type.version(), clock.instant(),
                    letter.eventKey(), letter.correlationId(), letter.causationId(), MessageDispatcher.PRODUCER, sent);
            try {
                messages.update(letter, List.of(event));
                log.info("Letter {} of complaint {} posted, confirmed by {}", messageId, complaintId, confirmedBy);
                return letter;
            } catch (OptimisticLockingFailureException e) {
                if (attempt >= MAX_WRITE_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private Message letter(String complaintId, String messageId) {
        return messages.find(new MessageId(messageId))
                .filter(m -> m.recipientKind() == RecipientKind.CITIZEN && complaintId.equals(m.complaintId()))
                .orElseThrow(() -> new NotFoundException("Letter", messageId + " of complaint " + complaintId));
    }

    /**
     * @throws NotFoundException when the complaint has no letter with this id
     * @throws Erased when the letter's text was erased after the complaint's retention period
     * @throws CitizenContacts.Unavailable when complaint-intake cannot give the name and address now
     */
    public byte[] pdf(String complaintId, String messageId, String requestedBy) {
        Message letter = letter(complaintId, messageId);
        if (letter.isErased()) {
            // Nothing is left to print, and the citizen's name and address are not asked for.
            throw new Erased(messageId, complaintId);
        }
        LetterKind kind = LetterKind.ofTemplate(letter.content().template())
                .orElseThrow(() -> new NotFoundException("Letter", messageId + " of complaint " + complaintId));
        Optional<CitizenContacts.Contact> contact = citizens.forComplaint(complaintId);
        String name = contact.map(CitizenContacts.Contact::name).orElse(null);
        PrintableLetter printable = PrintableLetter.of(complaintId, kind,
                links.fillIn(LetterTemplates.personalise(letter.content(), name), letter.causationId()),
                LocalDate.ofInstant(letter.createdAt(), AMSTERDAM), name,
                contact.map(CitizenContacts.Contact::address).orElse(null));
        byte[] pdf = printer.print(printable);
        log.info("Letter {} ({} v{}) of complaint {} made as PDF for {}", messageId, kind.template(), kind.version(),
                complaintId, requestedBy);
        return pdf;
    }

    /** The letter is still on record, but its text was erased after the complaint's retention period. */
    public static final class Erased extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Erased(String messageId, String complaintId) {
            super("Letter " + messageId + " of complaint " + complaintId
                    + " was erased after the retention period; it can no longer be printed");
        }
    }
}
