package nl.klachtroute.intake.complaint.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import nl.klachtroute.events.Category;
import nl.klachtroute.events.Channel;
import nl.klachtroute.events.HearingParty;
import nl.klachtroute.events.HearingWaiverGround;
import nl.klachtroute.events.Judgement;
import nl.klachtroute.events.NotHandlingGround;
import nl.klachtroute.events.Route;
import nl.klachtroute.intake.complaint.CitizenContact;
import nl.klachtroute.intake.complaint.Closure;
import nl.klachtroute.intake.complaint.Complainant;
import nl.klachtroute.intake.complaint.Complaint;
import nl.klachtroute.intake.complaint.ComplaintStatus;
import nl.klachtroute.intake.complaint.FindingsReportFile;
import nl.klachtroute.intake.complaint.Formality;
import nl.klachtroute.intake.complaint.Hearing;
import nl.klachtroute.intake.complaint.HearingWaiver;
import nl.klachtroute.intake.complaint.InformalResolution;
import nl.klachtroute.intake.complaint.NewComplaint;
import nl.klachtroute.intake.complaint.NotHandling;
import nl.klachtroute.intake.complaint.OmbudsmanReferral;
import nl.klachtroute.intake.complaint.Postponement;
import nl.klachtroute.intake.complaint.Reopening;
import nl.klachtroute.intake.complaint.TimelineEntry;
import nl.klachtroute.intake.complaint.Withdrawal;
import nl.klachtroute.support.outbox.PendingEvent;

/**
 * A complaint as stored: its state, the citizen's contact details and the case file (personal data stays
 * in this service), the timeline, the deadline alerts already given, and the events not yet published
 * ({@code outbox}), all in one document so one write stores a change and its events atomically. Dates are
 * kept as ISO strings so that what is stored does not depend on the time zone of the JVM that wrote it (and
 * so that they compare in order in queries).
 */
@Document(ComplaintDocument.COLLECTION)
class ComplaintDocument {

    static final String COLLECTION = "complaints";
    private static final String ENDED_LAST = "9999-12-31";

    @Id
    private String id;
    private ComplaintStatus status;
    private ComplaintStatus resumeStatus;
    private String receivedOn;
    private Channel channel;
    private ContactDetails complainant;
    private String conductDate;
    private String department;
    private String team;
    private Category category;
    private Route route;
    private String description;
    private List<String> employeesConcerned = new ArrayList<>();
    private List<String> involvedStaff = new ArrayList<>();
    private boolean formal;
    private List<String> missingDetails = new ArrayList<>();
    private String complainantRef;
    private List<String> employeeRefs = new ArrayList<>();
    private String registeredBy;
    private Instant registeredAt;
    /** Staff id + the client's key: a retried registration finds its complaint (unique, sparse index). */
    private String idempotencyKey;
    private String requestFingerprint;
    private String contactDeadline;
    private String handlingDeadline;
    private String notHandlingNoticeDeadline;
    private String ombudsmanWindowEnd;
    /** Derived for the search: the handler's next deadline while open (see Complaint#nextDeadline). */
    private String nextDeadline;
    /** Derived for sorting by deadline: the next deadline, or after every date once ended. */
    private String deadlineOrder;
    /** Derived for the deadline scan: watched deadlines whose missed-alert has not been given yet. */
    private List<String> deadlinesToAlert = new ArrayList<>();
    /** Derived for the retention job: the day the route ended, while the complaint is not anonymised yet. */
    private String retentionFrom;
    private String handlerId;
    private String acknowledgedOn;
    private String missingDetailsRequestedOn;
    private String missingDetailsSuppliedOn;
    private StoredContact contact;
    private String routedOn;
    private String employeeInformedOn;
    private StoredReport findingsReport;
    /** Walking-skeleton documents kept the report in three flat fields; read once, never written again. */
    private String findingsReportRequestedOn;
    private String findingsReportId;
    private String teammanagerId;
    private List<StoredHearing> hearings = new ArrayList<>();
    private StoredWaiver hearingWaiver;
    private List<StoredPostponement> postponements = new ArrayList<>();
    private StoredClosure closure;
    private StoredInformalResolution informalResolution;
    private StoredNotHandling notHandling;
    private StoredWithdrawal withdrawal;
    private StoredReferral ombudsmanReferral;
    private List<StoredReopening> reopenings = new ArrayList<>();
    private List<Happening> timeline = new ArrayList<>();
    private List<String> alertsSent = new ArrayList<>();
    /** Moves with every change of the case, not with the relay's removal of sent events: the API's ETag. */
    private long revision;
    private List<PendingEvent> outbox = new ArrayList<>();
    @Version
    private Long version;

    ComplaintDocument() {
    }

    static ComplaintDocument of(Complaint complaint, List<PendingEvent> events, String idempotencyKey,
            String requestFingerprint) {
        ComplaintDocument document = new ComplaintDocument();
        document.copyStateFrom(complaint);
        document.revision = 1;
        document.idempotencyKey = idempotencyKey;
        document.requestFingerprint = requestFingerprint;
        document.outbox.addAll(events);
        return document;
    }

    /** Takes over the complaint's state; keeps the pending events, version, revision and key as stored. */
    void copyStateFrom(Complaint complaint) {
        Complaint.Snapshot s = complaint.snapshot();
        NewComplaint d = s.details();
        id = s.id();
        status = s.status();
        resumeStatus = s.resumeStatus();
        receivedOn = text(d.receivedOn());
        channel = d.channel();
        complainant = new ContactDetails(d.complainant().name(), d.complainant().address(), d.complainant().email(),
                d.complainant().phone());
        conductDate = text(d.conductDate());
        department = d.department();
        team = d.team();
        category = d.category();
        route = s.route();
        description = d.description();
        employeesConcerned = new ArrayList<>(d.employeesConcerned());
        involvedStaff = new ArrayList<>(d.involvedStaff());
        formal = s.formality().formal();
        missingDetails = new ArrayList<>(s.formality().missingDetails());
        complainantRef = s.complainantRef();
        employeeRefs = new ArrayList<>(s.employeeRefs());
        registeredBy = s.registeredBy();
        registeredAt = s.registeredAt();
        contactDeadline = text(s.contactDeadline());
        handlingDeadline = text(s.handlingDeadline());
        notHandlingNoticeDeadline = text(s.notHandlingNoticeDeadline());
        ombudsmanWindowEnd = text(s.ombudsmanWindowEnd());
        nextDeadline = text(complaint.nextDeadline());
        deadlineOrder = nextDeadline == null ? ENDED_LAST : nextDeadline;
        deadlinesToAlert = map(complaint.deadlinesStillToAlert(), ComplaintDocument::text);
        retentionFrom = complaint.isAnonymised() ? null : text(complaint.endedOn());
        handlerId = s.handlerId();
        acknowledgedOn = text(s.acknowledgedOn());
        missingDetailsRequestedOn = text(s.missingDetailsRequestedOn());
        missingDetailsSuppliedOn = text(s.missingDetailsSuppliedOn());
        contact = s.contact() == null ? null : StoredContact.of(s.contact());
        routedOn = text(s.routedOn());
        employeeInformedOn = text(s.employeeInformedOn());
        findingsReport = s.findingsReport() == null ? null : StoredReport.of(s.findingsReport());
        findingsReportRequestedOn = null;
        findingsReportId = null;
        teammanagerId = null;
        hearings = map(s.hearings(), StoredHearing::of);
        hearingWaiver = s.hearingWaiver() == null ? null : StoredWaiver.of(s.hearingWaiver());
        postponements = map(s.postponements(), StoredPostponement::of);
        closure = s.closure() == null ? null : StoredClosure.of(s.closure());
        informalResolution = s.informalResolution() == null ? null : StoredInformalResolution.of(s.informalResolution());
        notHandling = s.notHandling() == null ? null : StoredNotHandling.of(s.notHandling());
        withdrawal = s.withdrawal() == null ? null : StoredWithdrawal.of(s.withdrawal());
        ombudsmanReferral = s.ombudsmanReferral() == null ? null : StoredReferral.of(s.ombudsmanReferral());
        reopenings = map(s.reopenings(), StoredReopening::of);
        timeline = map(s.timeline(), e -> new Happening(e.kind().name(), e.at(), e.by(), e.detail()));
        alertsSent = new ArrayList<>(s.alertsSent());
    }

    Complaint toComplaint() {
        ContactDetails who = complainant == null ? new ContactDetails(null, null, null, null) : complainant;
        NewComplaint details = new NewComplaint(date(receivedOn), channel,
                new Complainant(who.name(), who.address(), who.email(), who.phone()), date(conductDate), department,
                team, category, description, employeesConcerned, involvedStaff);
        return Complaint.restore(new Complaint.Snapshot(id, status, resumeStatus, details,
                new Formality(formal, missingDetails), route, complainantRef, employeeRefs, registeredBy, registeredAt,
                date(contactDeadline), date(handlingDeadline), date(notHandlingNoticeDeadline),
                date(ombudsmanWindowEnd), handlerId, date(acknowledgedOn), date(missingDetailsRequestedOn),
                date(missingDetailsSuppliedOn), contact == null ? null : contact.toModel(), date(routedOn),
                date(employeeInformedOn), report(), map(hearings, StoredHearing::toModel),
                hearingWaiver == null ? null : hearingWaiver.toModel(), map(postponements, StoredPostponement::toModel),
                closure == null ? null : closure.toModel(),
                informalResolution == null ? null : informalResolution.toModel(),
                notHandling == null ? null : notHandling.toModel(), withdrawal == null ? null : withdrawal.toModel(),
                ombudsmanReferral == null ? null : ombudsmanReferral.toModel(), map(reopenings, StoredReopening::toModel),
                map(timeline, h -> new TimelineEntry(TimelineEntry.Kind.valueOf(h.kind()), h.at(), h.by(), h.detail())),
                alertsSent, revision, version));
    }

    private FindingsReportFile report() {
        if (findingsReport != null) {
            return findingsReport.toModel();
        }
        return findingsReportRequestedOn == null ? null : new FindingsReportFile(date(findingsReportRequestedOn),
                findingsReportId, teammanagerId, null, null, null, null, null);
    }

    String id() {
        return id;
    }

    Long version() {
        return version;
    }

    long revision() {
        return revision;
    }

    void nextRevision() {
        revision++;
    }

    String idempotencyKey() {
        return idempotencyKey;
    }

    String requestFingerprint() {
        return requestFingerprint;
    }

    List<PendingEvent> outbox() {
        return outbox;
    }

    private static <A, B> List<B> map(List<A> items, Function<A, B> mapper) {
        List<B> mapped = new ArrayList<>();
        if (items != null) {
            items.forEach(item -> mapped.add(mapper.apply(item)));
        }
        return mapped;
    }

    static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    /** The complainant's contact details; personal data, never copied into events or logs. */
    record ContactDetails(String name, String address, String email, String phone) {

        @Override
        public String toString() {
            return "ContactDetails[redacted]";
        }
    }

    /** A timeline entry as stored: what, when, by which member of staff, short detail. */
    record Happening(String kind, Instant at, String by, String detail) {
    }

    record StoredContact(String contactedOn, Channel channel, String summary, boolean withinDeadline,
            String recordedBy) {

        static StoredContact of(CitizenContact c) {
            return new StoredContact(text(c.contactedOn()), c.channel(), c.summary(), c.withinDeadline(),
                    c.recordedBy());
        }

        CitizenContact toModel() {
            return new CitizenContact(date(contactedOn), channel, summary, withinDeadline, recordedBy);
        }

        @Override
        public String toString() {
            return "StoredContact[redacted]";
        }
    }

    record StoredReport(String requestedOn, String reportId, String teammanagerId, String dueOn, String submittedOn,
            String returnedOn, String acceptedOn, String sharedOn) {

        static StoredReport of(FindingsReportFile r) {
            return new StoredReport(text(r.requestedOn()), r.reportId(), r.teammanagerId(), text(r.dueOn()),
                    text(r.submittedOn()), text(r.returnedOn()), text(r.acceptedOn()), text(r.sharedOn()));
        }

        FindingsReportFile toModel() {
            return new FindingsReportFile(date(requestedOn), reportId, teammanagerId, date(dueOn), date(submittedOn),
                    date(returnedOn), date(acceptedOn), date(sharedOn));
        }
    }

    record StoredHearing(HearingParty party, String heldOn, Hearing.Source source, String record, String recordedBy) {

        static StoredHearing of(Hearing h) {
            return new StoredHearing(h.party(), text(h.heldOn()), h.source(), h.record(), h.recordedBy());
        }

        Hearing toModel() {
            return new Hearing(party, date(heldOn), source, record, recordedBy);
        }

        @Override
        public String toString() {
            return "StoredHearing[" + party + ", " + heldOn + "]";
        }
    }

    record StoredWaiver(HearingWaiverGround ground, String decidedOn, String reason, String decidedBy) {

        static StoredWaiver of(HearingWaiver w) {
            return new StoredWaiver(w.ground(), text(w.decidedOn()), w.reason(), w.decidedBy());
        }

        HearingWaiver toModel() {
            return new HearingWaiver(ground, date(decidedOn), reason, decidedBy);
        }

        @Override
        public String toString() {
            return "StoredWaiver[" + ground + "]";
        }
    }

    record StoredPostponement(int weeks, String previousDeadline, String newDeadline, String citizenNotifiedOn,
            String employeeNotifiedOn, String citizenConsentOn, String decidedBy) {

        static StoredPostponement of(Postponement p) {
            return new StoredPostponement(p.weeks(), text(p.previousDeadline()), text(p.newDeadline()),
                    text(p.citizenNotifiedOn()), text(p.employeeNotifiedOn()), text(p.citizenConsentOn()),
                    p.decidedBy());
        }

        Postponement toModel() {
            return new Postponement(weeks, date(previousDeadline), date(newDeadline), date(citizenNotifiedOn),
                    date(employeeNotifiedOn), date(citizenConsentOn), decidedBy);
        }
    }

    record StoredClosure(String closedOn, Judgement judgement, String findings, String conclusions,
            List<String> improvementActions, String closedBy) {

        static StoredClosure of(Closure c) {
            return new StoredClosure(text(c.closedOn()), c.judgement(), c.findings(), c.conclusions(),
                    c.improvementActions(), c.closedBy());
        }

        Closure toModel() {
            return new Closure(date(closedOn), judgement, findings, conclusions, improvementActions, closedBy);
        }

        @Override
        public String toString() {
            return "StoredClosure[" + judgement + "]";
        }
    }

    record StoredInformalResolution(String resolvedOn, String citizenConfirmedOn, Channel confirmedVia, String note,
            String resolvedBy) {

        static StoredInformalResolution of(InformalResolution r) {
            return new StoredInformalResolution(text(r.resolvedOn()), text(r.citizenConfirmedOn()), r.confirmedVia(),
                    r.note(), r.resolvedBy());
        }

        InformalResolution toModel() {
            return new InformalResolution(date(resolvedOn), date(citizenConfirmedOn), confirmedVia, note, resolvedBy);
        }

        @Override
        public String toString() {
            return "StoredInformalResolution[" + resolvedOn + "]";
        }
    }

    record StoredNotHandling(NotHandlingGround ground, String decidedOn, String explanation, String decidedBy) {

        static StoredNotHandling of(NotHandling n) {
            return new StoredNotHandling(n.ground(), text(n.decidedOn()), n.explanation(), n.decidedBy());
        }

        NotHandling toModel() {
            return new NotHandling(ground, date(decidedOn), explanation, decidedBy);
        }

        @Override
        public String toString() {
            return "StoredNotHandling[" + ground + "]";
        }
    }

    record StoredWithdrawal(String withdrawnOn, String reason, String recordedBy) {

        static StoredWithdrawal of(Withdrawal w) {
            return new StoredWithdrawal(text(w.withdrawnOn()), w.reason(), w.recordedBy());
        }

        Withdrawal toModel() {
            return new Withdrawal(date(withdrawnOn), reason, recordedBy);
        }

        @Override
        public String toString() {
            return "StoredWithdrawal[" + withdrawnOn + "]";
        }
    }

    record StoredReferral(String referredOn, boolean afterMissedDeadline, String referredBy) {

        static StoredReferral of(OmbudsmanReferral r) {
            return new StoredReferral(text(r.referredOn()), r.afterMissedDeadline(), r.referredBy());
        }

        OmbudsmanReferral toModel() {
            return new OmbudsmanReferral(date(referredOn), afterMissedDeadline, referredBy);
        }
    }

    record StoredReopening(String reopenedOn, String reason, String decidedBy, ComplaintStatus endedAs) {

        static StoredReopening of(Reopening r) {
            return new StoredReopening(text(r.reopenedOn()), r.reason(), r.decidedBy(), r.endedAs());
        }

        Reopening toModel() {
            return new Reopening(date(reopenedOn), reason, decidedBy, endedAs);
        }

        @Override
        public String toString() {
            return "StoredReopening[" + reopenedOn + "]";
        }
    }
}
