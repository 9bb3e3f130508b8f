package nl.klachtroute.intake.complaint.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import nl.klachtroute.events.Category;
import nl.klachtroute.events.Channel;
import nl.klachtroute.events.Route;
import nl.klachtroute.intake.complaint.Complainant;
import nl.klachtroute.intake.complaint.Complaint;
import nl.klachtroute.intake.complaint.ComplaintStatus;
import nl.klachtroute.intake.complaint.Formality;
import nl.klachtroute.intake.complaint.NewComplaint;
import nl.klachtroute.intake.complaint.TimelineEntry;
import nl.klachtroute.support.outbox.PendingEvent;

/**
 * A complaint as stored: its state, the citizen's contact details and description (personal data stays
 * in this service), the timeline, and the events not yet published ({@code outbox}), all in one document
 * so one write stores a change and its events atomically. Dates are kept as ISO strings so that what is
 * stored does not depend on the time zone of the JVM that wrote it.
 */
@Document(ComplaintDocument.COLLECTION)
class ComplaintDocument {

    static final String COLLECTION = "complaints";

    @Id
    private String id;
    private ComplaintStatus status;
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
    private boolean formal;
    private List<String> missingDetails = new ArrayList<>();
    private String complainantRef;
    private List<String> employeeRefs = new ArrayList<>();
    private String contactDeadline;
    private String handlingDeadline;
    private String registeredBy;
    private Instant registeredAt;
    private List<Happening> timeline = new ArrayList<>();
    private String findingsReportRequestedOn;
    private String findingsReportId;
    private String teammanagerId;
    private List<PendingEvent> outbox = new ArrayList<>();
    @Version
    private Long version;

    ComplaintDocument() {
    }

    static ComplaintDocument of(Complaint complaint, List<PendingEvent> events) {
        ComplaintDocument document = new ComplaintDocument();
        document.copyStateFrom(complaint);
        document.outbox.addAll(events);
        return document;
    }

    /** Takes over the complaint's state; keeps the pending events and the version as stored. */
    void copyStateFrom(Complaint complaint) {
        Complaint.Snapshot s = complaint.snapshot();
        NewComplaint d = s.details();
        id = s.id();
        status = s.status();
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
        formal = s.formality().formal();
        missingDetails = new ArrayList<>(s.formality().missingDetails());
        complainantRef = s.complainantRef();
        employeeRefs = new ArrayList<>(s.employeeRefs());
        contactDeadline = text(s.contactDeadline());
        handlingDeadline = text(s.handlingDeadline());
        registeredBy = s.registeredBy();
        registeredAt = s.registeredAt();
        timeline = s.timeline().stream().map(e -> new Happening(e.kind().name(), e.at(), e.by()))
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        findingsReportRequestedOn = text(s.findingsReportRequestedOn());
        findingsReportId = s.findingsReportId();
        teammanagerId = s.teammanagerId();
    }

    Complaint toComplaint() {
        ContactDetails contact = complainant == null ? new ContactDetails(null, null, null, null) : complainant;
        NewComplaint details = new NewComplaint(date(receivedOn), channel,
                new Complainant(contact.name(), contact.address(), contact.email(), contact.phone()), date(conductDate),
                department, team, category, description, employeesConcerned);
        List<TimelineEntry> entries = timeline.stream()
                .map(h -> new TimelineEntry(TimelineEntry.Kind.valueOf(h.kind()), h.at(), h.by())).toList();
        return Complaint.restore(new Complaint.Snapshot(id, status, details, new Formality(formal, missingDetails),
                route, complainantRef, employeeRefs, date(contactDeadline), date(handlingDeadline), registeredBy,
                registeredAt, entries, date(findingsReportRequestedOn), findingsReportId, teammanagerId, version));
    }

    String id() {
        return id;
    }

    Long version() {
        return version;
    }

    List<PendingEvent> outbox() {
        return outbox;
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    /** The complainant's contact details; personal data, never copied into events or logs. */
    record ContactDetails(String name, String address, String email, String phone) {

        @Override
        public String toString() {
            return "ContactDetails[redacted]";
        }
    }

    /** A timeline entry as stored: what, when, by which member of staff. */
    record Happening(String kind, Instant at, String by) {
    }
}
