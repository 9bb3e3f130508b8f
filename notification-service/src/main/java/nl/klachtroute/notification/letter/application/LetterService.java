package nl.klachtroute.notification.letter.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import nl.klachtroute.events.EventEnvelope;
import nl.klachtroute.events.Judgement;
import nl.klachtroute.events.NotHandlingGround;
import nl.klachtroute.notification.complaint.ComplaintFile;
import nl.klachtroute.notification.complaint.ComplaintFile;
import nl.klachtroute.notification.complaint.ComplaintFiles;
import nl.klachtroute.notification.feedback.FeedbackInvitation;
import nl.klachtroute.notification.feedback.application.FeedbackLinks;
import nl.klachtroute.notification.feedback.application.FeedbackService;
import nl.klachtroute.notification.letter.LetterKind;
import nl.klachtroute.notification.letter.LetterTemplates;
import nl.klachtroute.notification.letter.LetterWording;
import nl.klachtroute.notification.message.MailContent;
import nl.klachtroute.notification.message.CitizenContacts;
import nl.klachtroute.notification.message.Message;
import nl.klachtroute.notification.message.Messages;
import nl.klachtroute.notification.task.DutchDates;
import nl.klachtroute.support.security.StaffDirectory;
import nl.klachtroute.support.security.StaffMember;

/**
 * Records the letters the route owes the citizen, one per fact that requires it. The letter is rendered
 * from its versioned template and recorded as a message before anything is sent (its id follows from
 * the causing event, so a redelivered fact records nothing new); the dispatcher fetches the citizen's
 * address and name from complaint-intake when it sends it.
 */
@Service
public class LetterService {

    private static final Logger log = LoggerFactory.getLogger(LetterService.class);
    private static final String TEAM = "het Klachtenteam Sociaal";

    private final Messages messages;
    private final ComplaintFiles files;
    private final StaffDirectory staff;
    private final CitizenContacts intake;
    private final FeedbackService feedback;
    private final Clock clock;

    public LetterService(Messages messages, ComplaintFiles files, StaffDirectory staff, CitizenContacts intake,
            FeedbackService feedback, Clock clock) {
        this.messages = messages;
        this.files = files;
        this.staff = staff;
        this.intake = intake;
        this.feedback = feedback;
        this.clock = clock;
    }

    /** Awb 9:6: the acknowledgement, naming the handler as the single point of contact. */
    public void acknowledged(EventEnvelope cause, LocalDate acknowledgedOn) {
        ComplaintFile file = files.get(cause.complaintId());
        send(cause, LetterKind.ACKNOWLEDGEMENT, Map.of(
                "ontvangen", date(file.receivedOn() == null ? acknowledgedOn : file.receivedOn()),
                "contacttermijn", date(file.contactDeadline()),
                "afhandeltermijn", date(file.handlingDeadline())));
    }

    public void missingDetailsRequested(EventEnvelope cause, List<String> missing) {
        send(cause, LetterKind.MISSING_DETAILS_REQUEST, Map.of("ontbrekend", LetterWording.missingDetails(missing)));
    }

    /**
     * The invitation to a hearing. The contracts carry no hearing date or place, so the letter says who
     * will call to agree on them.
     *
     * @param hearingLeadId who holds the hearing: the teammanager (route bejegening) or the handler
     */
    public void hearingInvited(EventEnvelope cause, String hearingLeadId) {
        String lead = hearingLeadId == null ? null : staff.find(hearingLeadId).map(StaffMember::name).orElse(null);
        send(cause, LetterKind.HEARING_INVITATION, Map.of("gespreksleider", lead == null ? handlerName(cause) : lead));
    }

    /**
     * Awb 9:11 lid 2: the postponement notice to the citizen and, for the one statutory postponement (not a
     * later delay with the citizen's consent), to each employee the complaint is about. Who they are is asked
     * from complaint-intake now; it is never on a topic and never logged.
     */
    public void postponed(EventEnvelope cause, LocalDate previousDeadline, LocalDate newDeadline, int weeks,
            boolean withCitizenConsent) {
        Map<String, String> facts = Map.of("oude-termijn", date(previousDeadline), "nieuwe-termijn", date(newDeadline),
                "weken", Integer.toString(weeks));
        send(cause, LetterKind.POSTPONEMENT_NOTICE, facts);
        if (withCitizenConsent) {
            return;
        }
        Map<String, String> values = new HashMap<>(facts);
        values.put("behandelaar", handlerName(cause));
        MailContent notice = LetterTemplates.render(LetterKind.EMPLOYEE_POSTPONEMENT_NOTICE, cause.complaintId(),
                values);
        int recorded = 0;
        for (String employee : intake.employeesConcerned(cause.complaintId())) {
            if (messages.add(Message.letterToEmployee(cause.complaintId(), employee, notice, cause.correlationId(),
                    cause.eventId(), clock.instant()))) {
                recorded++;
            }
        }
        if (recorded > 0) {
            log.info("Postponement notice recorded for {} employee(s) of complaint {}", recorded, cause.complaintId());
        }
    }

    /** Awb 9:8; the ombudsman term runs one year from the notice (Awb 9:24; not extended by the Atw). */
    public void notHandled(EventEnvelope cause, NotHandlingGround ground, LocalDate decidedOn) {
        send(cause, LetterKind.NOT_HANDLING_NOTICE, Map.of("reden", LetterWording.notHandlingGround(ground),
                "ombudsman-termijn", date(decidedOn.plusYears(1))));
    }

    /** Awb 9:12: the outcome, with the ombudsman block. */
    public void closed(EventEnvelope cause, Judgement judgement, int improvementActions, LocalDate closedOn,
            LocalDate ombudsmanWindowEnd) {
        // The link to the satisfaction check is filled in when the letter is sent or printed: the recorded letter
        // holds a placeholder, so nobody who reads the messages can answer in the citizen's place.
        FeedbackInvitation invitation = feedback.invite(cause);
        send(cause, LetterKind.OUTCOME, Map.of("oordeel", LetterWording.judgement(judgement, improvementActions),
                "ombudsman-termijn", date(ombudsmanWindowEnd == null ? closedOn.plusYears(1) : ombudsmanWindowEnd),
                "tevredenheid-link", FeedbackLinks.PLACEHOLDER, "tevredenheid-tot", date(invitation.lastDay())));
    }

    public void referredToOmbudsman(EventEnvelope cause, LocalDate referredOn) {
        send(cause, LetterKind.OMBUDSMAN_REFERRAL, Map.of("verwezen", date(referredOn)));
    }

    private void send(EventEnvelope cause, LetterKind kind, Map<String, String> facts) {
        ComplaintFile file = files.get(cause.complaintId());
        if (file.citizenWantsNoContact()) {
            log.info("Letter {} for complaint {} not recorded: the citizen asked for no further contact on {}",
                    kind.template(), cause.complaintId(), file.noContactSince());
            return;
        }
        Map<String, String> values = new HashMap<>(facts);
        values.putIfAbsent("behandelaar", handlerName(file));
        MailContent letter = LetterTemplates.render(kind, cause.complaintId(), values);
        if (messages.add(Message.letterToCitizen(cause.complaintId(), letter, cause.correlationId(), cause.eventId(),
                clock.instant()))) {
            log.info("Letter {} v{} recorded for complaint {}", kind.template(), kind.version(), cause.complaintId());
        }
    }

    private String handlerName(EventEnvelope cause) {
        return handlerName(files.get(cause.complaintId()));
    }

    private String handlerName(ComplaintFile file) {
        String handlerId = file.handlerId();
        return handlerId == null ? TEAM : staff.find(handlerId).map(StaffMember::name).orElse(TEAM);
    }

    private static String date(LocalDate date) {
        return date == null ? "(datum volgt)" : DutchDates.longForm(date);
    }
}
