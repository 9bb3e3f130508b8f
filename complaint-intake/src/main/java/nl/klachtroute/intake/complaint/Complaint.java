package nl.klachtroute.intake.complaint;

import static nl.klachtroute.intake.complaint.ComplaintStatus.ACKNOWLEDGED;
import static nl.klachtroute.intake.complaint.ComplaintStatus.AWAITING_FINDINGS_REPORT;
import static nl.klachtroute.intake.complaint.ComplaintStatus.CLOSED;
import static nl.klachtroute.intake.complaint.ComplaintStatus.CONTACTED;
import static nl.klachtroute.intake.complaint.ComplaintStatus.FINDINGS_REPORT_ACCEPTED;
import static nl.klachtroute.intake.complaint.ComplaintStatus.FINDINGS_REPORT_SUBMITTED;
import static nl.klachtroute.intake.complaint.ComplaintStatus.HANDLER_ASSIGNED;
import static nl.klachtroute.intake.complaint.ComplaintStatus.IN_INVESTIGATION;
import static nl.klachtroute.intake.complaint.ComplaintStatus.NOT_HANDLED;
import static nl.klachtroute.intake.complaint.ComplaintStatus.REFERRED_TO_OMBUDSMAN;
import static nl.klachtroute.intake.complaint.ComplaintStatus.REGISTERED;
import static nl.klachtroute.intake.complaint.ComplaintStatus.RESOLVED_INFORMALLY;
import static nl.klachtroute.intake.complaint.ComplaintStatus.WITHDRAWN;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import nl.klachtroute.events.Category;
import nl.klachtroute.events.Channel;
import nl.klachtroute.events.DeadlineKind;
import nl.klachtroute.events.FeedbackWish;
import nl.klachtroute.events.HearingParty;
import nl.klachtroute.events.HearingWaiverGround;
import nl.klachtroute.events.Judgement;
import nl.klachtroute.events.NotHandlingGround;
import nl.klachtroute.events.RespectAnswer;
import nl.klachtroute.events.Route;
import nl.klachtroute.events.complaint.BejegeningRouteStarted;
import nl.klachtroute.events.complaint.ComplaintAnonymised;
import nl.klachtroute.events.complaint.CitizenContactResumed;
import nl.klachtroute.events.complaint.CitizenContacted;
import nl.klachtroute.events.complaint.ComplaintAcknowledged;
import nl.klachtroute.events.complaint.ComplaintClosed;
import nl.klachtroute.events.complaint.ComplaintEvent;
import nl.klachtroute.events.complaint.ComplaintNotHandled;
import nl.klachtroute.events.complaint.ComplaintRegistered;
import nl.klachtroute.events.complaint.ComplaintReopened;
import nl.klachtroute.events.complaint.ComplaintResolvedInformally;
import nl.klachtroute.events.complaint.ComplaintWithdrawn;
import nl.klachtroute.events.complaint.DeadlineApproaching;
import nl.klachtroute.events.complaint.DeadlineMissed;
import nl.klachtroute.events.complaint.EmployeeInformed;
import nl.klachtroute.events.complaint.FindingsReportRequested;
import nl.klachtroute.events.complaint.HandlerAssigned;
import nl.klachtroute.events.complaint.HandlingDeadlineExtended;
import nl.klachtroute.events.complaint.HearingRecorded;
import nl.klachtroute.events.complaint.HearingWaived;
import nl.klachtroute.events.complaint.MissingDetailsRequested;
import nl.klachtroute.events.complaint.MissingDetailsSupplied;
import nl.klachtroute.events.complaint.OmbudsmanReferralMade;
import nl.klachtroute.events.complaint.StandardRouteStarted;
import nl.klachtroute.intake.complaint.TimelineEntry.Kind;
import nl.klachtroute.support.problem.RuleViolationException;
import nl.klachtroute.support.pseudonym.Pseudonymizer;

/**
 * The complaint case (klacht): one explicit state machine ({@link ComplaintStatus}, diagram in the README).
 * Every command checks the state, changes the complaint and returns the events it caused; a command that
 * does not fit the state throws {@link TransitionRefused} (409), a command that fits the state but breaks a
 * rule of the route throws {@link RuleViolationException} (422). Nothing changes when a command is refused.
 * The caller stores state and events in one write.
 * <p>
 * Events carry no personal data and no free text: summaries, hearing records, findings and conclusions stay
 * in the complaint; the events say only that (and when) something happened.
 */
public final class Complaint {

    /** The route's dates are days in Amsterdam; instants are UTC. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    static final String AGGREGATE = "complaint";
    /** Awb 9:11 lid 2: the one statutory postponement is at most 4 weeks. */
    public static final int MAX_POSTPONEMENT_WEEKS = 4;

    private static final Set<ComplaintStatus> OPEN = ComplaintStatus.OPEN;
    /** Nothing moves on before the acknowledgement (Awb 9:6). */
    private static final Set<ComplaintStatus> ACKNOWLEDGED_AND_OPEN = EnumSet.of(ACKNOWLEDGED, HANDLER_ASSIGNED,
            CONTACTED, IN_INVESTIGATION, AWAITING_FINDINGS_REPORT, FINDINGS_REPORT_SUBMITTED, FINDINGS_REPORT_ACCEPTED);
    private static final Set<ComplaintStatus> WITH_HANDLER = EnumSet.of(HANDLER_ASSIGNED, CONTACTED, IN_INVESTIGATION,
            AWAITING_FINDINGS_REPORT, FINDINGS_REPORT_SUBMITTED, FINDINGS_REPORT_ACCEPTED);
    private static final Set<ComplaintStatus> ROUTED = EnumSet.of(IN_INVESTIGATION, AWAITING_FINDINGS_REPORT,
            FINDINGS_REPORT_SUBMITTED, FINDINGS_REPORT_ACCEPTED);
    /** The citizen has not been contacted yet: the contact deadline is watched. */
    private static final Set<ComplaintStatus> BEFORE_CONTACT = EnumSet.of(REGISTERED, ACKNOWLEDGED, HANDLER_ASSIGNED);
    /** A not-handling decision (Awb 9:8) comes before the investigation gets going. */
    private static final Set<ComplaintStatus> NOT_HANDLING_POSSIBLE = EnumSet.of(ACKNOWLEDGED, HANDLER_ASSIGNED,
            CONTACTED, IN_INVESTIGATION);
    /** After closure, or after a not-handling decision (its notice carries the ombudsman information). */
    private static final Set<ComplaintStatus> REFERABLE_ENDINGS = EnumSet.of(CLOSED, NOT_HANDLED);

    private final String id;
    /** Not final: the citizen may supply missing details later (Awb 9:4). */
    private NewComplaint details;
    private Formality formality;
    private final Route route;
    private String complainantRef;
    private List<String> employeeRefs;
    private final String registeredBy;
    private final Instant registeredAt;
    private final LocalDate contactDeadline;
    private final LocalDate notHandlingNoticeDeadline;
    private final List<TimelineEntry> timeline;
    private final Set<String> alertsSent;
    private final List<Hearing> hearings;
    private final List<Postponement> postponements;
    private final List<Reopening> reopenings;
    private final long revision;
    private final Long version;
    private ComplaintStatus status;
    /** The open state an ended complaint returns to when it is reopened. */
    private ComplaintStatus resumeStatus;
    private LocalDate handlingDeadline;
    private LocalDate ombudsmanWindowEnd;
    private String handlerId;
    private LocalDate acknowledgedOn;
    private LocalDate missingDetailsRequestedOn;
    private LocalDate missingDetailsSuppliedOn;
    private CitizenContact contact;
    private LocalDate routedOn;
    private LocalDate employeeInformedOn;
    private FindingsReportFile findingsReport;
    private HearingWaiver hearingWaiver;
    private Closure closure;
    private InformalResolution informalResolution;
    private NotHandling notHandling;
    private Withdrawal withdrawal;
    private OmbudsmanReferral ombudsmanReferral;

    private Complaint(Snapshot s) {
        this.id = Objects.requireNonNull(s.id(), "id");
        this.details = Objects.requireNonNull(s.details(), "details");
        this.formality = Objects.requireNonNull(s.formality(), "formality");
        this.route = Objects.requireNonNull(s.route(), "route");
        this.complainantRef = Objects.requireNonNull(s.complainantRef(), "complainantRef");
        this.employeeRefs = List.copyOf(s.employeeRefs());
        this.registeredBy = s.registeredBy();
        this.registeredAt = Objects.requireNonNull(s.registeredAt(), "registeredAt");
        this.contactDeadline = Objects.requireNonNull(s.contactDeadline(), "contactDeadline");
        this.handlingDeadline = Objects.requireNonNull(s.handlingDeadline(), "handlingDeadline");
        this.notHandlingNoticeDeadline = s.notHandlingNoticeDeadline();
        this.ombudsmanWindowEnd = s.ombudsmanWindowEnd();
        this.timeline = new ArrayList<>(s.timeline());
        this.alertsSent = new LinkedHashSet<>(s.alertsSent());
        this.hearings = new ArrayList<>(s.hearings());
        this.postponements = new ArrayList<>(s.postponements());
        this.reopenings = new ArrayList<>(s.reopenings());
        this.status = Objects.requireNonNull(s.status(), "status");
        this.resumeStatus = s.resumeStatus();
        this.handlerId = s.handlerId();
        this.acknowledgedOn = s.acknowledgedOn();
        this.missingDetailsRequestedOn = s.missingDetailsRequestedOn();
        this.missingDetailsSuppliedOn = s.missingDetailsSuppliedOn();
        this.contact = s.contact();
        this.routedOn = s.routedOn();
        this.employeeInformedOn = s.employeeInformedOn();
        this.findingsReport = s.findingsReport();
        this.hearingWaiver = s.hearingWaiver();
        this.closure = s.closure();
        this.informalResolution = s.informalResolution();
        this.notHandling = s.notHandling();
        this.withdrawal = s.withdrawal();
        this.ombudsmanReferral = s.ombudsmanReferral();
        this.revision = s.revision();
        this.version = s.version();
    }

    // ---------------------------------------------------------------- registration (step 1)

    /**
     * Registers a complaint. Never refuses one for missing details (Awb 9:2): an incomplete or oral
     * complaint is registered as informal with the missing details listed.
     *
     * @param id           the complaint number, e.g. K-2026-000123
     * @param registeredBy staff id of the handler who registers it
     */
    public static Registration register(String id, NewComplaint details, String registeredBy,
            ComplaintDeadlines deadlines, Pseudonymizer pseudonyms, Instant at) {
        Formality formality = Formality.assess(details.channel(), details.complainant(), details.receivedOn(),
                details.description());
        Route route = details.category().route();
        List<String> employeeRefs = details.employeesConcerned().stream()
                .map(staffId -> pseudonyms.pseudonym("employee", staffId)).toList();
        LocalDate contactDeadline = deadlines.contactDeadline(details.receivedOn());
        LocalDate handlingDeadline = deadlines.handlingDeadline(details.receivedOn());
        String complainantRef = complainantRef(id, details.complainant(), pseudonyms);
        List<TimelineEntry> timeline = List.of(new TimelineEntry(Kind.REGISTERED, at, registeredBy));

        ComplaintEvent registered = new ComplaintRegistered(details.receivedOn(), details.channel(), formality.formal(),
                formality.missingDetails(), details.department(), details.team(), details.category(), route,
                details.conductDate(), complainantRef, employeeRefs, contactDeadline, handlingDeadline);
        Complaint complaint = new Complaint(Snapshot.registered(id, details, formality, route, complainantRef,
                employeeRefs, registeredBy, at, contactDeadline, handlingDeadline,
                deadlines.notHandlingNoticeDeadline(details.receivedOn()), timeline));
        return new Registration(complaint, List.of(registered));
    }

    /**
     * The citizen's pseudonym: from the e-mail address, else from name and address, else (nothing known)
     * from the complaint itself so that it never matches another complaint.
     */
    static String complainantRef(String complaintId, Complainant complainant, Pseudonymizer pseudonyms) {
        if (complainant.hasEmail()) {
            return pseudonyms.pseudonym("citizen", complainant.email());
        }
        if (complainant.hasName() && complainant.hasAddress()) {
            return pseudonyms.pseudonym("citizen", complainant.name() + "\n" + complainant.address());
        }
        return pseudonyms.pseudonym("citizen", complaintId);
    }

    /** Asks the citizen for what a formal complaint still lacks (Awb 9:4); may be repeated, never drops it. */
    public List<ComplaintEvent> requestMissingDetails(Instant at, String by) {
        expect(ComplaintCommand.REQUEST_MISSING_DETAILS, OPEN);
        if (formality.missingDetails().isEmpty()) {
            throw rule("nothing-missing", null, "Complaint " + id + " lacks no details");
        }
        LocalDate today = today(at);
        missingDetailsRequestedOn = today;
        record(Kind.MISSING_DETAILS_REQUESTED, at, by, String.join(",", formality.missingDetails()));
        return List.of(new MissingDetailsRequested(today, formality.missingDetails()));
    }

    /**
     * The citizen supplied details (Awb 9:4), asked for or not: they are merged into what is known (a supplied
     * part replaces the known one, nothing supplied is lost) and the formality is assessed again by the same
     * rules as at registration, so only a written complaint becomes formal. Possible until the complaint ends.
     * The details stay here; the event says only when, whether the complaint is now formal and what still
     * lacks.
     * <p>
     * The citizen's pseudonym stays the one the registration announced: consumers know the citizen of this
     * complaint by it, and a new one would split the complaint from its own history.
     *
     * @param supplied    the parts of the complainant's details supplied, the others null
     * @param description the description of the conduct, if supplied
     * @param suppliedOn  the day the details came in; null is today
     */
    public List<ComplaintEvent> supplyMissingDetails(Complainant supplied, String description, LocalDate suppliedOn,
            Instant at, String by) {
        Complainant given = supplied == null ? Complainant.UNKNOWN : supplied;
        expect(ComplaintCommand.SUPPLY_MISSING_DETAILS, OPEN);
        List<String> parts = new ArrayList<>(given.knownParts());
        if (Complainant.blankToNull(description) != null) {
            parts.add(Formality.DESCRIPTION);
        }
        if (parts.isEmpty()) {
            throw rule("nothing-supplied", null, "Supply at least one of the complainant's name, address, e-mail, "
                    + "phone or the description");
        }
        LocalDate on = dayOfThePast(suppliedOn, "suppliedOn", at);
        details = details.supplementedWith(given, description);
        formality = Formality.assess(details.channel(), details.complainant(), details.receivedOn(),
                details.description());
        missingDetailsSuppliedOn = on;
        // The names of the parts, never their values: the timeline is history, not a copy of the case file.
        record(Kind.MISSING_DETAILS_SUPPLIED, at, by, String.join(",", parts) + (formality.formal() ? " formal" : ""));
        return List.of(new MissingDetailsSupplied(on, formality.formal(), formality.missingDetails()));
    }

    // ---------------------------------------------------------------- acknowledgement (step 2)

    /** The written acknowledgement of receipt went out (Awb 9:6). */
    public List<ComplaintEvent> acknowledge(LocalDate acknowledgedOn, Instant at, String by) {
        expect(ComplaintCommand.ACKNOWLEDGE, EnumSet.of(REGISTERED));
        LocalDate on = dayOfThePast(acknowledgedOn, "acknowledgedOn", at);
        this.acknowledgedOn = on;
        status = ACKNOWLEDGED;
        record(Kind.ACKNOWLEDGED, at, by, on.toString());
        return List.of(new ComplaintAcknowledged(on));
    }

    // ---------------------------------------------------------------- handler (step 3)

    /**
     * Makes {@code newHandlerId} the citizen's single point of contact, or hands the complaint over to them.
     * Nobody complained about or recorded as involved may handle it (Awb 9:7).
     */
    public List<ComplaintEvent> assignHandler(String newHandlerId, Instant at, String by) {
        Objects.requireNonNull(newHandlerId, "newHandlerId");
        Set<ComplaintStatus> allowed = EnumSet.of(ACKNOWLEDGED);
        allowed.addAll(WITH_HANDLER);
        expect(ComplaintCommand.ASSIGN, allowed);
        if (details.concerns(newHandlerId)) {
            throw rule("handler-involved", "handlerId", newHandlerId
                    + " is complained about or involved in the conduct and may not handle this complaint (Awb 9:7)");
        }
        if (newHandlerId.equals(handlerId)) {
            throw rule("already-handler", "handlerId", newHandlerId + " already handles complaint " + id);
        }
        String previous = handlerId;
        handlerId = newHandlerId;
        if (status == ACKNOWLEDGED) {
            status = HANDLER_ASSIGNED;
        }
        record(Kind.HANDLER_ASSIGNED, at, by, previous == null ? newHandlerId : previous + " -> " + newHandlerId);
        return List.of(new HandlerAssigned(newHandlerId, previous, today(at)));
    }

    // ---------------------------------------------------------------- contact (step 4)

    /** The handler spoke with the citizen: the first contact, due within the contact deadline. */
    public List<ComplaintEvent> recordContact(LocalDate contactedOn, Channel channel, String summary, Instant at,
            String by) {
        Objects.requireNonNull(contactedOn, "contactedOn");
        Objects.requireNonNull(channel, "channel");
        expect(ComplaintCommand.CONTACT, EnumSet.of(HANDLER_ASSIGNED));
        LocalDate on = dayOfThePast(contactedOn, "contactedOn", at);
        boolean inTime = !on.isAfter(contactDeadline);
        contact = new CitizenContact(on, channel, summary, inTime, by);
        status = CONTACTED;
        record(Kind.CITIZEN_CONTACTED, at, by, on + " " + channel + (inTime ? "" : " late"));
        return List.of(new CitizenContacted(on, channel, inTime));
    }

    // ---------------------------------------------------------------- routing (step 5)

    /**
     * Starts the route the category calls for: conduct complaints (including experienced discrimination)
     * take the route bejegening, the rest the standard route.
     */
    public List<ComplaintEvent> startRoute(Instant at, String by) {
        expect(ComplaintCommand.ROUTE, EnumSet.of(CONTACTED));
        routedOn = today(at);
        status = IN_INVESTIGATION;
        if (route == Route.BEJEGENING) {
            record(Kind.BEJEGENING_ROUTE_STARTED, at, by, null);
            return List.of(new BejegeningRouteStarted(details.department(), details.team()));
        }
        record(Kind.STANDARD_ROUTE_STARTED, at, by, null);
        return List.of(new StandardRouteStarted(details.department(), details.team()));
    }

    // ---------------------------------------------------------------- employee (step 6)

    /** The employee concerned received a copy of the complaint (Awb 9:9). */
    public List<ComplaintEvent> informEmployee(LocalDate informedOn, Instant at, String by) {
        expect(ComplaintCommand.INFORM_EMPLOYEE, WITH_HANDLER);
        if (details.employeesConcerned().isEmpty()) {
            throw rule("no-employee-concerned", null, "Complaint " + id + " names no employee to inform");
        }
        if (employeeInformedOn != null) {
            throw rule("employee-already-informed", null, "The employee was informed on " + employeeInformedOn);
        }
        LocalDate on = dayOfThePast(informedOn, "informedOn", at);
        employeeInformedOn = on;
        record(Kind.EMPLOYEE_INFORMED, at, by, on.toString());
        return List.of(new EmployeeInformed(on));
    }

    // ---------------------------------------------------------------- findings report (steps 7 and 8)

    /** Route bejegening: the handler asks the teammanager for a Rapport van Bevindingen. */
    public List<ComplaintEvent> requestFindingsReport(Instant at, String by) {
        expect(ComplaintCommand.REQUEST_FINDINGS_REPORT, EnumSet.of(IN_INVESTIGATION));
        if (route != Route.BEJEGENING) {
            throw refused(ComplaintCommand.REQUEST_FINDINGS_REPORT, status + " on the standard route");
        }
        if (findingsReport != null) {
            // findings-report keeps one report per complaint; a reopened complaint goes on with it.
            throw refused(ComplaintCommand.REQUEST_FINDINGS_REPORT, status + " with findings report "
                    + Objects.requireNonNullElse(findingsReport.reportId(), "already requested"));
        }
        LocalDate today = today(at);
        findingsReport = FindingsReportFile.requested(today);
        status = AWAITING_FINDINGS_REPORT;
        record(Kind.FINDINGS_REPORT_REQUESTED, at, by, null);
        return List.of(new FindingsReportRequested(details.department(), details.team(), details.category(),
                employeeRefs, today));
    }

    /**
     * findings-report opened the requested report for a teammanager. The same report again changes nothing,
     * so a redelivered or re-sent event is harmless.
     */
    public List<ComplaintEvent> recordFindingsReportOpened(String reportId, String teammanagerId, LocalDate dueOn,
            Instant at) {
        Objects.requireNonNull(reportId, "reportId");
        ComplaintCommand command = ComplaintCommand.FINDINGS_REPORT_OPENED;
        if (isReport(reportId)) {
            return List.of();
        }
        expect(command, EnumSet.of(AWAITING_FINDINGS_REPORT));
        if (findingsReport.reportId() != null) {
            throw refused(command, status + " on report " + findingsReport.reportId());
        }
        findingsReport = findingsReport.opened(reportId, teammanagerId, dueOn);
        record(Kind.FINDINGS_REPORT_OPENED, at, teammanagerId, reportId);
        return List.of();
    }

    /** Another teammanager writes the report now. */
    public List<ComplaintEvent> recordFindingsReportAssigned(String reportId, String teammanagerId, Instant at) {
        ComplaintCommand command = ComplaintCommand.FINDINGS_REPORT_ASSIGNED;
        if (isReport(reportId) && Objects.equals(teammanagerId, findingsReport.teammanagerId())) {
            return List.of();
        }
        expect(command, EnumSet.of(AWAITING_FINDINGS_REPORT, FINDINGS_REPORT_SUBMITTED));
        expectReport(command, reportId);
        findingsReport = findingsReport.assignedTo(teammanagerId);
        record(Kind.FINDINGS_REPORT_ASSIGNED, at, teammanagerId, reportId);
        return List.of();
    }

    /** The teammanager heard the citizen or the employee and wrote the record in findings-report. */
    public List<ComplaintEvent> recordFindingsHearing(String reportId, HearingParty party, LocalDate heldOn,
            Instant at) {
        ComplaintCommand command = ComplaintCommand.FINDINGS_HEARING_HELD;
        if (isReport(reportId) && hearings.stream().anyMatch(h -> h.source() == Hearing.Source.FINDINGS_REPORT
                && h.party() == party && h.heldOn().equals(heldOn))) {
            return List.of();
        }
        expect(command, EnumSet.of(AWAITING_FINDINGS_REPORT));
        expectReport(command, reportId);
        Hearing hearing = new Hearing(party, heldOn, Hearing.Source.FINDINGS_REPORT, null,
                findingsReport.teammanagerId());
        hearings.add(hearing);
        record(Kind.HEARING_HELD, at, findingsReport.teammanagerId(), party + " " + heldOn);
        return List.of();
    }

    /** The teammanager submitted the report; SIS analyses it. */
    public List<ComplaintEvent> recordFindingsReportSubmitted(String reportId, LocalDate submittedOn, Instant at) {
        ComplaintCommand command = ComplaintCommand.FINDINGS_REPORT_SUBMITTED;
        if (status == FINDINGS_REPORT_SUBMITTED && isReport(reportId)
                && Objects.equals(submittedOn, findingsReport.submittedOn())) {
            return List.of();
        }
        expect(command, EnumSet.of(AWAITING_FINDINGS_REPORT));
        expectReport(command, reportId);
        findingsReport = findingsReport.submitted(submittedOn);
        status = FINDINGS_REPORT_SUBMITTED;
        record(Kind.FINDINGS_REPORT_SUBMITTED, at, findingsReport.teammanagerId(), reportId);
        return List.of();
    }

    /** SIS returned the report with remarks: back to the teammanager (step 8 back to step 7). */
    public List<ComplaintEvent> recordFindingsReportReturned(String reportId, LocalDate returnedOn, Instant at) {
        ComplaintCommand command = ComplaintCommand.FINDINGS_REPORT_RETURNED;
        if (status == AWAITING_FINDINGS_REPORT && isReport(reportId)
                && Objects.equals(returnedOn, findingsReport.returnedOn())) {
            return List.of();
        }
        expect(command, EnumSet.of(FINDINGS_REPORT_SUBMITTED));
        expectReport(command, reportId);
        findingsReport = findingsReport.returned(returnedOn);
        status = AWAITING_FINDINGS_REPORT;
        record(Kind.FINDINGS_REPORT_RETURNED, at, null, reportId);
        return List.of();
    }

    /** SIS accepted the report: the complaint may be closed. */
    public List<ComplaintEvent> recordFindingsReportAccepted(String reportId, LocalDate acceptedOn, Instant at) {
        ComplaintCommand command = ComplaintCommand.FINDINGS_REPORT_ACCEPTED;
        if (findingsReport != null && isReport(reportId) && Objects.equals(acceptedOn, findingsReport.acceptedOn())) {
            return List.of();
        }
        expect(command, EnumSet.of(FINDINGS_REPORT_SUBMITTED));
        expectReport(command, reportId);
        findingsReport = findingsReport.accepted(acceptedOn);
        status = FINDINGS_REPORT_ACCEPTED;
        record(Kind.FINDINGS_REPORT_ACCEPTED, at, null, reportId);
        return List.of();
    }

    /**
     * The employee concerned received the accepted report (step 7). Sharing may come after the complaint was
     * closed, so any state with an accepted report takes it.
     */
    public List<ComplaintEvent> recordFindingsReportShared(String reportId, LocalDate sharedOn, Instant at) {
        ComplaintCommand command = ComplaintCommand.FINDINGS_REPORT_SHARED;
        if (findingsReport == null || !findingsReport.isAccepted()) {
            throw refused(command, status + " without an accepted findings report");
        }
        expectReport(command, reportId);
        if (findingsReport.sharedOn() != null) {
            return List.of();
        }
        findingsReport = findingsReport.shared(sharedOn);
        record(Kind.FINDINGS_REPORT_SHARED, at, null, reportId);
        return List.of();
    }

    // ---------------------------------------------------------------- letters (notification-service)

    /**
     * A letter or e-mail about the complaint went out; the history shows which template (and version), how and
     * to whom, never the text or the address. Possible in every state: the outcome letter follows closure. A
     * re-sent fact is recognised by its message id and changes nothing.
     */
    public List<ComplaintEvent> recordMessageSent(String messageId, String template, int templateVersion,
            String channel, String recipient, Instant at) {
        Objects.requireNonNull(messageId, "messageId");
        String detail = template + " v" + templateVersion + ", " + channel + " to " + recipient + " (" + messageId + ")";
        boolean known = timeline.stream().anyMatch(e -> e.kind() == Kind.MESSAGE_SENT && e.detail() != null
                && e.detail().endsWith("(" + messageId + ")"));
        if (!known) {
            record(Kind.MESSAGE_SENT, at, null, detail);
        }
        return List.of();
    }

    // ---------------------------------------------------------------- the citizen's feedback (notification-service)

    /** Who the history names for a referral the citizen asked for in their feedback. */
    public static final String CITIZEN_FEEDBACK = "burger (tevredenheidscheck)";
    /** How the history entry of an answer says the citizen wants no further contact. */
    private static final String NO_FURTHER_CONTACT = ", no further contact";

    /**
     * The citizen answered the satisfaction check after the outcome: the history shows the scores, the wish and
     * an opt-out of further contact (the comment stays with notification-service and the handler). A request for
     * the ombudsman goes straight to the referral step when the complaint is still closed; if the handler
     * reopened it meanwhile (or it was referred already) the history shows the wish and the handler decides. A
     * re-sent answer is recognised by its feedback id and changes nothing.
     */
    public List<ComplaintEvent> recordCitizenFeedback(String feedbackId, int satisfaction, RespectAnswer respect,
            int trust, FeedbackWish wish, boolean noFurtherContact, Instant at) {
        Objects.requireNonNull(feedbackId, "feedbackId");
        boolean known = timeline.stream().anyMatch(e -> e.kind() == Kind.CITIZEN_FEEDBACK && e.detail() != null
                && e.detail().endsWith("(" + feedbackId + ")"));
        if (known) {
            return List.of();
        }
        record(Kind.CITIZEN_FEEDBACK, at, null, "satisfaction " + satisfaction + "/5, respect " + respect
                + ", trust " + trust + "/5, wish " + wish + (noFurtherContact ? NO_FURTHER_CONTACT : "") + " ("
                + feedbackId + ")");
        if (wish == FeedbackWish.OMBUDSMAN && REFERABLE_ENDINGS.contains(status) && !isAnonymised()) {
            return referToOmbudsman(at, CITIZEN_FEEDBACK);
        }
        return List.of();
    }

    /**
     * The citizen who asked for no further contact in their feedback asked to hear about the complaint again (by
     * phone, at the counter, in writing): a recorded step of the handler, after which notification-service sends
     * the citizen's letters again. The day must lie between the opt-out and today.
     */
    public List<ComplaintEvent> resumeContact(LocalDate askedOn, Channel channel, Instant at, String by) {
        Objects.requireNonNull(channel, "channel");
        if (isAnonymised()) {
            throw rule("anonymised", null, "The complaint was anonymised after its retention period; there is "
                    + "nobody left to write to.");
        }
        TimelineEntry optOut = standingOptOut();
        if (optOut == null) {
            throw rule("no-opt-out", null, "The citizen has not asked for no further contact about this complaint, "
                    + "so there is nothing to resume.");
        }
        LocalDate day = dayOfThePast(askedOn, "askedOn", at);
        if (day.isBefore(today(optOut.at()))) {
            throw rule("date-before-opt-out", "askedOn", "askedOn " + day + " is before the citizen asked for no "
                    + "further contact (" + today(optOut.at()) + ")");
        }
        String feedbackId = feedbackIdOf(optOut);
        record(Kind.CONTACT_RESUMED, at, by, "asked on " + day + " by " + channel + " (" + feedbackId + ")");
        return List.of(new CitizenContactResumed(feedbackId, day, channel));
    }

    /** Whether the citizen asked for no further contact in their feedback and has not asked for it again since. */
    public boolean citizenWantsNoContact() {
        return standingOptOut() != null;
    }

    /** The feedback entry of an opt-out not lifted since, or null. */
    private TimelineEntry standingOptOut() {
        for (int i = timeline.size() - 1; i >= 0; i--) {
            TimelineEntry entry = timeline.get(i);
            if (entry.kind() == Kind.CONTACT_RESUMED) {
                return null;
            }
            if (entry.kind() == Kind.CITIZEN_FEEDBACK && entry.detail() != null
                    && entry.detail().contains(NO_FURTHER_CONTACT + " (")) {
                return entry;
            }
        }
        return null;
    }

    private static String feedbackIdOf(TimelineEntry feedback) {
        String detail = feedback.detail();
        return detail.substring(detail.lastIndexOf('(') + 1, detail.length() - 1);
    }

    // ---------------------------------------------------------------- hearing obligation (step 9)

    /**
     * Standard route: the handler heard the citizen or the employee and wrote the record (verslag). In the
     * route bejegening the teammanager hears them and findings-report keeps the record.
     */
    public List<ComplaintEvent> recordHearing(HearingParty party, LocalDate heldOn, String hearingRecord, Instant at,
            String by) {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(heldOn, "heldOn");
        expect(ComplaintCommand.HEARING, EnumSet.of(IN_INVESTIGATION));
        if (route != Route.STANDARD) {
            throw refused(ComplaintCommand.HEARING, status + " on the route bejegening");
        }
        LocalDate on = dayOfThePast(heldOn, "heldOn", at);
        hearings.add(new Hearing(party, on, Hearing.Source.HANDLER, hearingRecord, by));
        record(Kind.HEARING_HELD, at, by, party + " " + on);
        // The record (verslag) stays here; the topic learns only who was heard and when.
        return List.of(new HearingRecorded(party, on));
    }

    /** The citizen's hearing is skipped on a ground of Awb 9:10 lid 2, recorded with the decision. */
    public List<ComplaintEvent> waiveHearing(HearingWaiverGround ground, String reason, Instant at, String by) {
        return waiveHearing(ground, reason, null, at, by);
    }

    /**
     * As {@link #waiveHearing(HearingWaiverGround, String, Instant, String)}, decided on a given day that has
     * passed (recorded afterwards from the paper file); null is today.
     */
    public List<ComplaintEvent> waiveHearing(HearingWaiverGround ground, String reason, LocalDate decidedOn,
            Instant at, String by) {
        Objects.requireNonNull(ground, "ground");
        expect(ComplaintCommand.WAIVE_HEARING, ROUTED);
        if (citizenHeard()) {
            throw rule("hearing-already-held", "ground", "The citizen was heard; there is nothing to waive");
        }
        if (hearingWaiver != null) {
            throw rule("hearing-already-waived", "ground", "The hearing was waived on " + hearingWaiver.decidedOn());
        }
        LocalDate on = dayOfThePast(decidedOn, "decidedOn", at);
        hearingWaiver = new HearingWaiver(ground, on, reason, by);
        record(Kind.HEARING_WAIVED, at, by, ground.name());
        return List.of(new HearingWaived(ground, on));
    }

    // ---------------------------------------------------------------- postponement (Awb 9:11)

    /**
     * Lengthens the handling term. The first time it is the statutory postponement: at most 4 weeks, decided
     * before the term ends, with written notice to the citizen and (when there is one) the employee
     * concerned. After that, only with the citizen's written consent. The new term is 6 + N weeks counted
     * from receipt and only then moved off a non-working day.
     */
    public List<ComplaintEvent> postpone(PostponementRequest request, ComplaintDeadlines deadlines, Instant at,
            String by) {
        Objects.requireNonNull(request, "request");
        expect(ComplaintCommand.POSTPONE, ACKNOWLEDGED_AND_OPEN);
        LocalDate today = today(at);
        boolean first = postponements.isEmpty();
        if (request.weeks() < 1) {
            throw rule("postponement-too-short", "weeks", "A postponement is at least 1 week");
        }
        if (first) {
            if (request.weeks() > MAX_POSTPONEMENT_WEEKS) {
                throw rule("postponement-too-long", "weeks", "Awb 9:11 allows one postponement of at most "
                        + MAX_POSTPONEMENT_WEEKS + " weeks; a longer delay needs the citizen's written consent");
            }
            if (today.isAfter(handlingDeadline)) {
                throw rule("postponement-too-late", null, "The handling term ended on " + handlingDeadline
                        + "; it can no longer be postponed, only extended with the citizen's consent");
            }
            if (request.citizenNotifiedOn() == null) {
                throw rule("postponement-notice-missing", "citizenNotifiedOn",
                        "The citizen must be notified of the postponement in writing");
            }
            if (!details.employeesConcerned().isEmpty() && request.employeeNotifiedOn() == null) {
                throw rule("postponement-notice-missing", "employeeNotifiedOn",
                        "The employee concerned must be notified of the postponement in writing");
            }
        } else if (request.citizenConsentOn() == null) {
            throw rule("citizen-consent-missing", "citizenConsentOn",
                    "The handling was postponed once already; a further delay needs the citizen's written consent");
        }
        LocalDate citizenNotified = request.citizenNotifiedOn() == null ? null
                : dayOfThePast(request.citizenNotifiedOn(), "citizenNotifiedOn", at);
        LocalDate employeeNotified = request.employeeNotifiedOn() == null ? null
                : dayOfThePast(request.employeeNotifiedOn(), "employeeNotifiedOn", at);
        LocalDate consent = request.citizenConsentOn() == null ? null
                : dayOfThePast(request.citizenConsentOn(), "citizenConsentOn", at);
        int totalWeeks = postponements.stream().mapToInt(Postponement::weeks).sum() + request.weeks();
        LocalDate previous = handlingDeadline;
        handlingDeadline = deadlines.handlingDeadline(details.receivedOn(), totalWeeks);
        Postponement postponement = new Postponement(request.weeks(), previous, handlingDeadline, citizenNotified,
                employeeNotified, first ? null : consent, by);
        postponements.add(postponement);
        record(Kind.HANDLING_POSTPONED, at, by, request.weeks() + " weeks to " + handlingDeadline
                + (first ? "" : " with consent"));
        return List.of(new HandlingDeadlineExtended(previous, handlingDeadline, request.weeks(), !first));
    }

    /**
     * What the handler records for a postponement.
     *
     * @param weeks              weeks to add, 1..4 the first time
     * @param citizenNotifiedOn  written notice to the citizen (required the first time)
     * @param employeeNotifiedOn written notice to the employee concerned (required the first time, if any)
     * @param citizenConsentOn   the citizen's written consent (required for every later delay)
     */
    public record PostponementRequest(int weeks, LocalDate citizenNotifiedOn, LocalDate employeeNotifiedOn,
            LocalDate citizenConsentOn) {
    }

    // ---------------------------------------------------------------- endings (step 10)

    /**
     * Closes the complaint with a judgement (Awb 9:12). Standard route: after the investigation; route
     * bejegening: once SIS accepted the findings report. Blocked without a hearing record or a waiver ground
     * (Awb 9:10) and, when an employee is complained about, without informing them (Awb 9:9).
     */
    public List<ComplaintEvent> close(Judgement judgement, String findings, String conclusions,
            List<String> improvementActions, ComplaintDeadlines deadlines, Instant at, String by) {
        return close(judgement, findings, conclusions, improvementActions, null, deadlines, at, by);
    }

    /**
     * As {@link #close(Judgement, String, String, List, ComplaintDeadlines, Instant, String)}, with the day the
     * outcome letter went out when it is recorded afterwards (null is today). That day decides whether the
     * complaint was handled in time and when the ombudsman window ends.
     */
    public List<ComplaintEvent> close(Judgement judgement, String findings, String conclusions,
            List<String> improvementActions, LocalDate closedOn, ComplaintDeadlines deadlines, Instant at,
            String by) {
        Objects.requireNonNull(judgement, "judgement");
        expect(ComplaintCommand.CLOSE, EnumSet.of(IN_INVESTIGATION, FINDINGS_REPORT_ACCEPTED));
        if (route == Route.BEJEGENING && (findingsReport == null || !findingsReport.isAccepted())) {
            throw refused(ComplaintCommand.CLOSE, status + " without an accepted findings report");
        }
        if (!citizenHeard() && hearingWaiver == null) {
            throw rule("hearing-required", null, "Closure needs a record of the citizen's hearing or a recorded "
                    + "waiver ground (Awb 9:10)");
        }
        if (!details.employeesConcerned().isEmpty() && employeeInformedOn == null) {
            throw rule("employee-not-informed", null,
                    "The employee concerned must receive a copy of the complaint before closure (Awb 9:9)");
        }
        LocalDate on = dayOfThePast(closedOn, "closedOn", at);
        closure = new Closure(on, judgement, findings, conclusions, improvementActions, by);
        ombudsmanWindowEnd = deadlines.ombudsmanWindowEnd(on);
        end(CLOSED);
        record(Kind.CLOSED, at, by, judgement.name());
        return List.of(new ComplaintClosed(on, judgement, closure.improvementActions().size(), citizenHeard(),
                hearingWaiver == null ? null : hearingWaiver.ground(), !on.isAfter(handlingDeadline),
                ombudsmanWindowEnd));
    }

    /** Resolved to the citizen's satisfaction (Awb 9:5), with their recorded confirmation. */
    public List<ComplaintEvent> resolveInformally(LocalDate citizenConfirmedOn, Channel confirmedVia, String note,
            Instant at, String by) {
        return resolveInformally(citizenConfirmedOn, confirmedVia, note, null, at, by);
    }

    /**
     * As {@link #resolveInformally(LocalDate, Channel, String, Instant, String)}, resolved on a given day that
     * has passed (null is today), not before the citizen's confirmation.
     */
    public List<ComplaintEvent> resolveInformally(LocalDate citizenConfirmedOn, Channel confirmedVia, String note,
            LocalDate resolvedOn, Instant at, String by) {
        Objects.requireNonNull(citizenConfirmedOn, "citizenConfirmedOn");
        Objects.requireNonNull(confirmedVia, "confirmedVia");
        expect(ComplaintCommand.RESOLVE_INFORMALLY, ACKNOWLEDGED_AND_OPEN);
        LocalDate confirmed = dayOfThePast(citizenConfirmedOn, "citizenConfirmedOn", at);
        LocalDate on = dayOfThePast(resolvedOn, "resolvedOn", at);
        if (on.isBefore(confirmed)) {
            throw rule("resolved-before-confirmation", "resolvedOn", "resolvedOn " + on
                    + " is before the citizen confirmed being satisfied (" + confirmed + ")");
        }
        informalResolution = new InformalResolution(on, confirmed, confirmedVia, note, by);
        end(RESOLVED_INFORMALLY);
        record(Kind.RESOLVED_INFORMALLY, at, by, "confirmed " + confirmed + " " + confirmedVia);
        return List.of(new ComplaintResolvedInformally(on));
    }

    /**
     * Not handled on a ground of Awb 9:8. The written notice goes out with the decision, which must be within
     * 4 weeks of receipt (Awb 9:8 lid 2); later, the complaint has to be handled.
     */
    public List<ComplaintEvent> decideNotToHandle(NotHandlingGround ground, String explanation, Instant at,
            String by) {
        return decideNotToHandle(ground, explanation, null, at, by);
    }

    /**
     * As {@link #decideNotToHandle(NotHandlingGround, String, Instant, String)}, with the day the written notice
     * went out when it is recorded afterwards (null is today); that day must lie within the 4 weeks.
     */
    public List<ComplaintEvent> decideNotToHandle(NotHandlingGround ground, String explanation, LocalDate decidedOn,
            Instant at, String by) {
        Objects.requireNonNull(ground, "ground");
        expect(ComplaintCommand.NOT_HANDLED, NOT_HANDLING_POSSIBLE);
        LocalDate on = dayOfThePast(decidedOn, "decidedOn", at);
        if (notHandlingNoticeDeadline != null && on.isAfter(notHandlingNoticeDeadline)) {
            throw rule("not-handling-notice-too-late", decidedOn == null ? null : "decidedOn",
                    "The notice of not handling was due by " + notHandlingNoticeDeadline
                            + " (Awb 9:8 lid 2); the complaint has to be handled");
        }
        notHandling = new NotHandling(ground, on, explanation, by);
        end(NOT_HANDLED);
        record(Kind.NOT_HANDLED, at, by, ground.name());
        return List.of(new ComplaintNotHandled(ground, on));
    }

    /** The citizen withdrew the complaint; possible at any time before it ended. */
    public List<ComplaintEvent> withdraw(LocalDate withdrawnOn, String reason, Instant at, String by) {
        expect(ComplaintCommand.WITHDRAW, OPEN);
        LocalDate on = dayOfThePast(withdrawnOn, "withdrawnOn", at);
        withdrawal = new Withdrawal(on, reason, by);
        end(WITHDRAWN);
        record(Kind.WITHDRAWN, at, by, on.toString());
        return List.of(new ComplaintWithdrawn(on));
    }

    // ---------------------------------------------------------------- ombudsman (step 11)

    /**
     * The citizen turns to the Ombudsman Metropool Amsterdam: after closure or a not-handling decision, or
     * while the complaint is still open once its handling term has passed.
     */
    public List<ComplaintEvent> referToOmbudsman(Instant at, String by) {
        Set<ComplaintStatus> allowed = EnumSet.copyOf(OPEN);
        allowed.addAll(REFERABLE_ENDINGS);
        expect(ComplaintCommand.REFER_TO_OMBUDSMAN, allowed);
        LocalDate today = today(at);
        boolean open = OPEN.contains(status);
        if (open && !today.isAfter(handlingDeadline)) {
            throw rule("not-overdue", null, "An open complaint goes to the ombudsman only after its handling term "
                    + "(until " + handlingDeadline + ") has passed");
        }
        ombudsmanReferral = new OmbudsmanReferral(today, open, by);
        end(REFERRED_TO_OMBUDSMAN);
        record(Kind.REFERRED_TO_OMBUDSMAN, at, by, open ? "handling term missed" : null);
        return List.of(new OmbudsmanReferralMade(today, open));
    }

    // ---------------------------------------------------------------- reopening

    /**
     * Reopens an ended complaint by an explicit, recorded decision. It goes back to where it was before it
     * ended; what the ending recorded is cleared (the history keeps it), so it can end again.
     */
    public List<ComplaintEvent> reopen(String reason, Instant at, String by) {
        Objects.requireNonNull(reason, "reason");
        Set<ComplaintStatus> ended = EnumSet.complementOf(EnumSet.copyOf(OPEN));
        expect(ComplaintCommand.REOPEN, ended);
        if (isAnonymised()) {
            throw rule("anonymised", null, "The complaint was anonymised after its retention period; there is "
                    + "nothing left to handle again. Register a new complaint instead.");
        }
        LocalDate today = today(at);
        reopenings.add(new Reopening(today, reason, by, status));
        status = resumeStatus == null ? REGISTERED : resumeStatus;
        resumeStatus = null;
        closure = null;
        informalResolution = null;
        notHandling = null;
        withdrawal = null;
        ombudsmanReferral = null;
        ombudsmanWindowEnd = null;
        record(Kind.REOPENED, at, by, status.name());
        return List.of(new ComplaintReopened(today));
    }

    // ---------------------------------------------------------------- retention

    /** Placeholder of every erased free text, so a reader sees that something was there. */
    public static final String ERASED = "(verwijderd na bewaartermijn)";
    /** The citizen's pseudonym after anonymisation: it no longer links complaints to one person. */
    public static final String ANONYMOUS_REF = "anonymised";

    /**
     * The day the route ended: closed, resolved informally, not handled, withdrawn, or (after closure or not
     * handling) referred to the ombudsman. Null while the route runs.
     */
    public LocalDate endedOn() {
        return switch (status) {
            case CLOSED -> closure == null ? null : closure.closedOn();
            case RESOLVED_INFORMALLY -> informalResolution == null ? null : informalResolution.resolvedOn();
            case NOT_HANDLED -> notHandling == null ? null : notHandling.decidedOn();
            case WITHDRAWN -> withdrawal == null ? null : withdrawal.withdrawnOn();
            case REFERRED_TO_OMBUDSMAN -> ombudsmanReferral == null ? null : ombudsmanReferral.referredOn();
            default -> null;
        };
    }

    public boolean isAnonymised() {
        return timeline.stream().anyMatch(e -> e.kind() == Kind.ANONYMISED);
    }

    /**
     * The retention period ran out (DOMAIN.md: default 5 years after the route ended, municipal selection
     * list): the citizen's details, the description, the employees concerned, the pseudonyms and every free
     * text the handler wrote are erased. What stays is what counts: dates, channel, department, team,
     * category, route, status, judgement, deadlines and the timeline of steps. Nothing happens to a complaint
     * still running, ended on or after {@code endedBefore}, or anonymised before.
     */
    public List<ComplaintEvent> anonymise(LocalDate endedBefore, Instant at) {
        LocalDate ended = endedOn();
        if (ended == null || !ended.isBefore(endedBefore) || isAnonymised()) {
            return List.of();
        }
        details = new NewComplaint(details.receivedOn(), details.channel(), Complainant.UNKNOWN, details.conductDate(),
                details.department(), details.team(), details.category(), null, List.of(), List.of());
        complainantRef = ANONYMOUS_REF;
        employeeRefs = List.of();
        if (contact != null) {
            contact = new CitizenContact(contact.contactedOn(), contact.channel(), erased(contact.summary()),
                    contact.withinDeadline(), contact.recordedBy());
        }
        hearings.replaceAll(h -> new Hearing(h.party(), h.heldOn(), h.source(), erased(h.record()), h.recordedBy()));
        if (hearingWaiver != null) {
            hearingWaiver = new HearingWaiver(hearingWaiver.ground(), hearingWaiver.decidedOn(),
                    erased(hearingWaiver.reason()), hearingWaiver.decidedBy());
        }
        if (closure != null) {
            closure = new Closure(closure.closedOn(), closure.judgement(), erased(closure.findings()),
                    erased(closure.conclusions()), closure.improvementActions().stream().map(a -> ERASED).toList(),
                    closure.closedBy());
        }
        if (informalResolution != null) {
            informalResolution = new InformalResolution(informalResolution.resolvedOn(),
                    informalResolution.citizenConfirmedOn(), informalResolution.confirmedVia(),
                    erased(informalResolution.note()), informalResolution.resolvedBy());
        }
        if (notHandling != null) {
            notHandling = new NotHandling(notHandling.ground(), notHandling.decidedOn(),
                    erased(notHandling.explanation()), notHandling.decidedBy());
        }
        if (withdrawal != null) {
            withdrawal = new Withdrawal(withdrawal.withdrawnOn(), erased(withdrawal.reason()), withdrawal.recordedBy());
        }
        reopenings.replaceAll(r -> new Reopening(r.reopenedOn(), erased(r.reason()), r.decidedBy(), r.endedAs()));
        record(Kind.ANONYMISED, at, null, "ended " + ended);
        return List.of(new ComplaintAnonymised(today(at), ended));
    }

    private static String erased(String text) {
        return text == null ? null : ERASED;
    }

    // ---------------------------------------------------------------- deadlines

    /**
     * The reminders and escalations that are due today and were not given before: a deadline approaching
     * from its reminder day ({@code leadWorkingDays} working days before) up to the deadline itself, a
     * deadline missed from the day after. Each is given once per deadline date; which ones were given is part
     * of the complaint, so it is stored with the events in the same write and survives restarts. A step done
     * in time ends the watch: a contacted citizen's contact deadline is never missed.
     */
    public List<ComplaintEvent> checkDeadlines(LocalDate today, ComplaintDeadlines deadlines, int leadWorkingDays,
            Instant at) {
        List<ComplaintEvent> events = new ArrayList<>();
        for (WatchedDeadline watched : watchedDeadlines()) {
            if (today.isAfter(watched.date())) {
                if (alertsSent.add(watched.marker("MISSED"))) {
                    events.add(new DeadlineMissed(watched.kind(), watched.date(), watched.ownerId()));
                    record(Kind.DEADLINE_MISSED, at, null, watched.kind() + " " + watched.date());
                }
            } else if (!today.isBefore(deadlines.reminderDay(watched.date(), leadWorkingDays))
                    && alertsSent.add(watched.marker("APPROACHING"))) {
                events.add(new DeadlineApproaching(watched.kind(), watched.date(), watched.ownerId()));
                record(Kind.DEADLINE_APPROACHING, at, null, watched.kind() + " " + watched.date());
            }
        }
        return events;
    }

    /** The deadlines of the complaint someone still has to meet now, with who is to meet them. */
    public List<WatchedDeadline> watchedDeadlines() {
        List<WatchedDeadline> watched = new ArrayList<>();
        String owner = handlerId != null ? handlerId : registeredBy;
        if (BEFORE_CONTACT.contains(status)) {
            watched.add(new WatchedDeadline(DeadlineKind.CONTACT, contactDeadline, owner));
        }
        if (OPEN.contains(status)) {
            watched.add(new WatchedDeadline(DeadlineKind.HANDLING, handlingDeadline, owner));
        }
        // The report's due date is findings-report's to watch (it reminds the teammanager itself).
        return watched;
    }

    /**
     * The watched deadlines whose escalation has not been given yet: once a deadline was reported missed the
     * scan need not look at it again (the store indexes these dates).
     */
    public List<LocalDate> deadlinesStillToAlert() {
        return watchedDeadlines().stream().filter(w -> !alertsSent.contains(w.marker("MISSED")))
                .map(WatchedDeadline::date).distinct().sorted().toList();
    }

    /** The handler's next deadline: contact until the citizen is contacted, then handling; none once ended. */
    public LocalDate nextDeadline() {
        if (BEFORE_CONTACT.contains(status)) {
            return contactDeadline;
        }
        return OPEN.contains(status) ? handlingDeadline : null;
    }

    /** Whether the handler's next deadline has passed. */
    public boolean isOverdue(LocalDate today) {
        LocalDate next = nextDeadline();
        return next != null && today.isAfter(next);
    }

    /**
     * A deadline someone has to meet.
     *
     * @param kind    which one
     * @param date    the last day
     * @param ownerId staff id of who is to meet it
     */
    public record WatchedDeadline(DeadlineKind kind, LocalDate date, String ownerId) {

        String marker(String alert) {
            return kind + ":" + date + ":" + alert;
        }
    }

    // ---------------------------------------------------------------- helpers

    private void expect(ComplaintCommand command, Set<ComplaintStatus> allowed) {
        if (!allowed.contains(status)) {
            throw refused(command, status.name());
        }
    }

    private TransitionRefused refused(ComplaintCommand command, String qualifiedState) {
        return new TransitionRefused(status, qualifiedState, command);
    }

    private void expectReport(ComplaintCommand command, String reportId) {
        if (!isReport(reportId)) {
            throw refused(command, status + " on report " + findingsReport.reportId());
        }
    }

    private boolean isReport(String reportId) {
        return findingsReport != null && reportId != null && reportId.equals(findingsReport.reportId());
    }

    private void end(ComplaintStatus ending) {
        if (OPEN.contains(status)) {
            resumeStatus = status;
        }
        status = ending;
    }

    private boolean citizenHeard() {
        return hearings.stream().anyMatch(h -> h.party() == HearingParty.CITIZEN);
    }

    private static LocalDate today(Instant at) {
        return LocalDate.ofInstant(at, ZONE);
    }

    /** A day of the complaint's life that has happened: not after today, not before receipt; null is today. */
    private LocalDate dayOfThePast(LocalDate day, String field, Instant at) {
        LocalDate today = today(at);
        if (day == null) {
            return today;
        }
        if (day.isAfter(today)) {
            throw rule("date-in-future", field, field + " " + day + " is after today (" + today + ")");
        }
        if (day.isBefore(details.receivedOn())) {
            throw rule("date-before-receipt", field, field + " " + day + " is before the complaint was received ("
                    + details.receivedOn() + ")");
        }
        return day;
    }

    private static RuleViolationException rule(String slug, String field, String message) {
        return new RuleViolationException(slug, field, message);
    }

    private void record(Kind kind, Instant at, String by, String detail) {
        timeline.add(new TimelineEntry(kind, at, by, detail));
    }

    // ---------------------------------------------------------------- state

    public static Complaint restore(Snapshot snapshot) {
        return new Complaint(snapshot);
    }

    public Snapshot snapshot() {
        return new Snapshot(id, status, resumeStatus, details, formality, route, complainantRef, employeeRefs,
                registeredBy, registeredAt, contactDeadline, handlingDeadline, notHandlingNoticeDeadline,
                ombudsmanWindowEnd, handlerId, acknowledgedOn, missingDetailsRequestedOn, missingDetailsSuppliedOn,
                contact, routedOn, employeeInformedOn, findingsReport, List.copyOf(hearings), hearingWaiver,
                List.copyOf(postponements), closure, informalResolution, notHandling, withdrawal, ombudsmanReferral,
                List.copyOf(reopenings), List.copyOf(timeline), List.copyOf(alertsSent), revision, version);
    }

    public String id() {
        return id;
    }

    public ComplaintStatus status() {
        return status;
    }

    public NewComplaint details() {
        return details;
    }

    public LocalDate receivedOn() {
        return details.receivedOn();
    }

    public Channel channel() {
        return details.channel();
    }

    public Category category() {
        return details.category();
    }

    public Formality formality() {
        return formality;
    }

    public Route route() {
        return route;
    }

    public String complainantRef() {
        return complainantRef;
    }

    public List<String> employeeRefs() {
        return employeeRefs;
    }

    public String registeredBy() {
        return registeredBy;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public LocalDate contactDeadline() {
        return contactDeadline;
    }

    public LocalDate handlingDeadline() {
        return handlingDeadline;
    }

    /** The last day for the written notice of not handling it (Awb 9:8 lid 2), while that is still possible. */
    public LocalDate notHandlingNoticeDeadline() {
        return notHandlingNoticeDeadline;
    }

    /** Set once closed: the ombudsman may refuse requests after this day (Awb 9:24). */
    public LocalDate ombudsmanWindowEnd() {
        return ombudsmanWindowEnd;
    }

    public String handlerId() {
        return handlerId;
    }

    public LocalDate acknowledgedOn() {
        return acknowledgedOn;
    }

    public LocalDate missingDetailsRequestedOn() {
        return missingDetailsRequestedOn;
    }

    /** The last day the citizen supplied missing details, if ever. */
    public LocalDate missingDetailsSuppliedOn() {
        return missingDetailsSuppliedOn;
    }

    public CitizenContact contact() {
        return contact;
    }

    public LocalDate routedOn() {
        return routedOn;
    }

    public LocalDate employeeInformedOn() {
        return employeeInformedOn;
    }

    public FindingsReportFile findingsReport() {
        return findingsReport;
    }

    public LocalDate findingsReportRequestedOn() {
        return findingsReport == null ? null : findingsReport.requestedOn();
    }

    public String findingsReportId() {
        return findingsReport == null ? null : findingsReport.reportId();
    }

    public String teammanagerId() {
        return findingsReport == null ? null : findingsReport.teammanagerId();
    }

    public List<Hearing> hearings() {
        return List.copyOf(hearings);
    }

    public HearingWaiver hearingWaiver() {
        return hearingWaiver;
    }

    public List<Postponement> postponements() {
        return List.copyOf(postponements);
    }

    public Closure closure() {
        return closure;
    }

    public InformalResolution informalResolution() {
        return informalResolution;
    }

    public NotHandling notHandling() {
        return notHandling;
    }

    public Withdrawal withdrawal() {
        return withdrawal;
    }

    public OmbudsmanReferral ombudsmanReferral() {
        return ombudsmanReferral;
    }

    public List<Reopening> reopenings() {
        return List.copyOf(reopenings);
    }

    public List<TimelineEntry> timeline() {
        return List.copyOf(timeline);
    }

    /** Which deadline alerts were given, e.g. {@code CONTACT:2026-05-01:MISSED}. */
    public Set<String> alertsSent() {
        return Set.copyOf(alertsSent);
    }

    /**
     * How many times the stored complaint changed: the ETag of the API. Unlike {@link #version()} it does not
     * move when the outbox relay removes published events, so a client's If-Match stays valid until the case
     * itself changes.
     */
    public long revision() {
        return revision;
    }

    /** Concurrency token of the stored complaint; null before the first save. */
    public Long version() {
        return version;
    }

    @Override
    public String toString() {
        return "Complaint[" + id + ", " + status + "]";
    }

    /** A new complaint and the events its registration caused. */
    public record Registration(Complaint complaint, List<ComplaintEvent> events) {
    }

    /** The complete state, for storing and restoring; not a way around the state machine. */
    public record Snapshot(
            String id,
            ComplaintStatus status,
            ComplaintStatus resumeStatus,
            NewComplaint details,
            Formality formality,
            Route route,
            String complainantRef,
            List<String> employeeRefs,
            String registeredBy,
            Instant registeredAt,
            LocalDate contactDeadline,
            LocalDate handlingDeadline,
            LocalDate notHandlingNoticeDeadline,
            LocalDate ombudsmanWindowEnd,
            String handlerId,
            LocalDate acknowledgedOn,
            LocalDate missingDetailsRequestedOn,
            LocalDate missingDetailsSuppliedOn,
            CitizenContact contact,
            LocalDate routedOn,
            LocalDate employeeInformedOn,
            FindingsReportFile findingsReport,
            List<Hearing> hearings,
            HearingWaiver hearingWaiver,
            List<Postponement> postponements,
            Closure closure,
            InformalResolution informalResolution,
            NotHandling notHandling,
            Withdrawal withdrawal,
            OmbudsmanReferral ombudsmanReferral,
            List<Reopening> reopenings,
            List<TimelineEntry> timeline,
            List<String> alertsSent,
            long revision,
            Long version) {

        public Snapshot {
            employeeRefs = employeeRefs == null ? List.of() : List.copyOf(employeeRefs);
            hearings = hearings == null ? List.of() : List.copyOf(hearings);
            postponements = postponements == null ? List.of() : List.copyOf(postponements);
            reopenings = reopenings == null ? List.of() : List.copyOf(reopenings);
            timeline = timeline == null ? List.of() : List.copyOf(timeline);
            alertsSent = alertsSent == null ? List.of() : List.copyOf(alertsSent);
        }

        static Snapshot registered(String id, NewComplaint details, Formality formality, Route route,
                String complainantRef, List<String> employeeRefs, String registeredBy, Instant registeredAt,
                LocalDate contactDeadline, LocalDate handlingDeadline, LocalDate notHandlingNoticeDeadline,
                List<TimelineEntry> timeline) {
            return new Snapshot(id, REGISTERED, null, details, formality, route, complainantRef, employeeRefs,
                    registeredBy, registeredAt, contactDeadline, handlingDeadline, notHandlingNoticeDeadline, null,
                    null, null, null, null, null, null, null, null, List.of(), null, List.of(), null, null, null, null,
                    null, List.of(), timeline, List.of(), 0, null);
        }
    }
}
