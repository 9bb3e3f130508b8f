package nl.klachtroute.notification.letter.application;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import nl.klachtroute.events.RecipientKind;
import nl.klachtroute.notification.letter.LetterKind;
import nl.klachtroute.notification.letter.LetterPrinter;
import nl.klachtroute.notification.letter.LetterTemplates;
import nl.klachtroute.notification.letter.PrintableLetter;
import nl.klachtroute.notification.message.CitizenContacts;
import nl.klachtroute.notification.message.Message;
import nl.klachtroute.notification.message.MessageId;
import nl.klachtroute.notification.message.Messages;
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

    private final Messages messages;
    private final CitizenContacts citizens;
    private final LetterPrinter printer;

    public LetterDocuments(Messages messages, CitizenContacts citizens, LetterPrinter printer) {
        this.messages = messages;
        this.citizens = citizens;
        this.printer = printer;
    }

    /**
     * @throws NotFoundException when the complaint has no letter with this id
     * @throws CitizenContacts.Unavailable when complaint-intake cannot give the name and address now
     */
    public byte[] pdf(String complaintId, String messageId, String requestedBy) {
        Message letter = messages.find(new MessageId(messageId))
                .filter(m -> m.recipientKind() == RecipientKind.CITIZEN && complaintId.equals(m.complaintId()))
                .orElseThrow(() -> new NotFoundException("Letter", messageId + " of complaint " + complaintId));
        LetterKind kind = LetterKind.ofTemplate(letter.content().template())
                .orElseThrow(() -> new NotFoundException("Letter", messageId + " of complaint " + complaintId));
        Optional<CitizenContacts.Contact> contact = citizens.forComplaint(complaintId);
        String name = contact.map(CitizenContacts.Contact::name).orElse(null);
        PrintableLetter printable = PrintableLetter.of(complaintId, kind,
                LetterTemplates.personalise(letter.content(), name),
                LocalDate.ofInstant(letter.createdAt(), AMSTERDAM), name,
                contact.map(CitizenContacts.Contact::address).orElse(null));
        byte[] pdf = printer.print(printable);
        log.info("Letter {} ({} v{}) of complaint {} made as PDF for {}", messageId, kind.template(), kind.version(),
                complaintId, requestedBy);
        return pdf;
    }
}
