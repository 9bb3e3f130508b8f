package nl.klachtroute.intake.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import nl.klachtroute.events.Category;
import nl.klachtroute.events.Channel;
import nl.klachtroute.events.Route;
import nl.klachtroute.events.complaint.BejegeningRouteStarted;
import nl.klachtroute.events.complaint.ComplaintEvent;
import nl.klachtroute.events.complaint.ComplaintRegistered;
import nl.klachtroute.events.complaint.FindingsReportRequested;
import nl.klachtroute.support.problem.IllegalTransitionException;
import nl.klachtroute.support.pseudonym.Pseudonymizer;

/**
 * The complaint case (klacht): one explicit state machine ({@link ComplaintStatus}). Every command checks
 * the state, changes it and returns the events it caused; a command that does not fit the state throws
 * {@link IllegalTransitionException} (409). The caller stores state and events in one write.
 */
public final class Complaint {

    /** The route's dates are days in Amsterdam; instants are UTC. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    static final String AGGREGATE = "complaint";

    private final String id;
    private final NewComplaint details;
    private final Formality formality;
    private final Route route;
    private final String complainantRef;
    private final List<String> employeeRefs;
    private final LocalDate contactDeadline;
    private final LocalDate handlingDeadline;
    private final String registeredBy;
    private final Instant registeredAt;
    private final List<TimelineEntry> timeline;
    private ComplaintStatus status;
    private LocalDate findingsReportRequestedOn;
    private String findingsReportId;
    private String teammanagerId;
    private final Long version;

    private Complaint(Snapshot s) {
        this.id = Objects.requireNonNull(s.id(), "id");
        this.details = Objects.requireNonNull(s.details(), "details");
        this.formality = Objects.requireNonNull(s.formality(), "formality");
        this.route = Objects.requireNonNull(s.route(), "route");
        this.complainantRef = Objects.requireNonNull(s.complainantRef(), "complainantRef");
        this.employeeRefs = List.copyOf(s.employeeRefs());
        this.contactDeadline = Objects.requireNonNull(s.contactDeadline(), "contactDeadline");
        this.handlingDeadline = Objects.requireNonNull(s.handlingDeadline(), "handlingDeadline");
        this.registeredBy = s.registeredBy();
        this.registeredAt = Objects.requireNonNull(s.registeredAt(), "registeredAt");
        this.timeline = new ArrayList<>(s.timeline());
        this.status = Objects.requireNonNull(s.status(), "status");
        this.findingsReportRequestedOn = s.findingsReportRequestedOn();
        this.findingsReportId = s.findingsReportId();
        this.teammanagerId = s.teammanagerId();
        this.version = s.version();
    }

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
        List<TimelineEntry> timeline = new ArrayList<>();
        timeline.add(new TimelineEntry(TimelineEntry.Kind.REGISTERED, at, registeredBy));

        String complainantRef = complainantRef(id, details.complainant(), pseudonyms);

        List<ComplaintEvent> events = new ArrayList<>();
        events.add(new ComplaintRegistered(details.receivedOn(), details.channel(), formality.formal(),
                formality.missingDetails(), details.department(), details.team(), details.category(), route,
                details.conductDate(), complainantRef, employeeRefs, contactDeadline, handlingDeadline));
        LocalDate requestedOn = null;
        if (route == Route.BEJEGENING) {
            // Skeleton shortcut: in the full route the handler requests the report only after the
            // acknowledgement and the first contact with the citizen (issue 3); here it follows registration.
            requestedOn = LocalDate.ofInstant(at, ZONE);
            events.add(new BejegeningRouteStarted(details.department(), details.team()));
            events.add(new FindingsReportRequested(details.department(), details.team(), details.category(),
                    employeeRefs, requestedOn));
            timeline.add(new TimelineEntry(TimelineEntry.Kind.BEJEGENING_ROUTE_STARTED, at, registeredBy));
            timeline.add(new TimelineEntry(TimelineEntry.Kind.FINDINGS_REPORT_REQUESTED, at, registeredBy));
        }
        Complaint complaint = new Complaint(new Snapshot(id, ComplaintStatus.REGISTERED, details, formality, route,
                complainantRef, employeeRefs, contactDeadline, handlingDeadline, registeredBy, at, timeline,
                requestedOn, null, null, null));
        return new Registration(complaint, List.copyOf(events));
    }

    /**
     * The draft Rapport van Bevindingen was opened for the teammanager: the complaint now waits for it.
     * Recording the same report again changes nothing, so a redelivered event is harmless.
     */
    public List<ComplaintEvent> recordFindingsReportOpened(String reportId, String teammanagerId, Instant at) {
        Objects.requireNonNull(reportId, "reportId");
        String command = "record an opened findings report for";
        switch (status) {
            case REGISTERED:
            case ACKNOWLEDGED:
            case HANDLER_ASSIGNED:
            case CONTACTED:
            case IN_INVESTIGATION:
                if (findingsReportRequestedOn == null) {
                    throw new IllegalTransitionException(AGGREGATE, status + " without a requested findings report",
                            command);
                }
                this.findingsReportId = reportId;
                this.teammanagerId = teammanagerId;
                this.status = ComplaintStatus.AWAITING_FINDINGS_REPORT;
                timeline.add(new TimelineEntry(TimelineEntry.Kind.FINDINGS_REPORT_OPENED, at, teammanagerId));
                return List.of();
            case AWAITING_FINDINGS_REPORT:
                if (reportId.equals(findingsReportId)) {
                    return List.of();
                }
                throw new IllegalTransitionException(AGGREGATE, status + " on report " + findingsReportId, command);
            default:
                throw new IllegalTransitionException(AGGREGATE, status, command);
        }
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

    public static Complaint restore(Snapshot snapshot) {
        return new Complaint(snapshot);
    }

    public Snapshot snapshot() {
        return new Snapshot(id, status, details, formality, route, complainantRef, employeeRefs, contactDeadline,
                handlingDeadline, registeredBy, registeredAt, List.copyOf(timeline), findingsReportRequestedOn,
                findingsReportId, teammanagerId, version);
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

    public LocalDate contactDeadline() {
        return contactDeadline;
    }

    public LocalDate handlingDeadline() {
        return handlingDeadline;
    }

    public String registeredBy() {
        return registeredBy;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public List<TimelineEntry> timeline() {
        return List.copyOf(timeline);
    }

    public LocalDate findingsReportRequestedOn() {
        return findingsReportRequestedOn;
    }

    public String findingsReportId() {
        return findingsReportId;
    }

    public String teammanagerId() {
        return teammanagerId;
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
            NewComplaint details,
            Formality formality,
            Route route,
            String complainantRef,
            List<String> employeeRefs,
            LocalDate contactDeadline,
            LocalDate handlingDeadline,
            String registeredBy,
            Instant registeredAt,
            List<TimelineEntry> timeline,
            LocalDate findingsReportRequestedOn,
            String findingsReportId,
            String teammanagerId,
            Long version) {

        public Snapshot {
            employeeRefs = employeeRefs == null ? List.of() : List.copyOf(employeeRefs);
            timeline = timeline == null ? List.of() : List.copyOf(timeline);
        }

        /** The same state in another status: lets tests put a complaint in any state of the table. */
        public Snapshot withStatus(ComplaintStatus newStatus) {
            return new Snapshot(id, newStatus, details, formality, route, complainantRef, employeeRefs,
                    contactDeadline, handlingDeadline, registeredBy, registeredAt, timeline,
                    findingsReportRequestedOn, findingsReportId, teammanagerId, version);
        }
    }
}
