package nl.klachtroute.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import nl.klachtroute.events.Category;
import nl.klachtroute.events.Channel;
import nl.klachtroute.events.DomainEvent;
import nl.klachtroute.events.EventEnvelope;
import nl.klachtroute.events.complaint.ComplaintRegistered;

/**
 * Object mother for fictional complaints as complaint-intake registers them:
 * {@code aComplaint("K-1").receivedOn(day).in("Werk", "Werk Oost").about(PRIVACY).via(PHONE).registered()}.
 */
public final class Complaints {

    private final String complaintId;
    private LocalDate receivedOn = LocalDate.of(2026, 4, 24);
    private String department = "Activering";
    private String team = "Activering Noord";
    private Category category = Category.BEJEGENING;
    private Channel channel = Channel.WEB_FORM;
    private String complainantRef = "cit_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    private int employees = 1;
    private boolean formal = true;

    private Complaints(String complaintId) {
        this.complaintId = complaintId;
    }

    public static Complaints aComplaint(String complaintId) {
        return new Complaints(complaintId);
    }

    public Complaints receivedOn(LocalDate day) {
        this.receivedOn = day;
        return this;
    }

    public Complaints in(String department, String team) {
        this.department = department;
        this.team = team;
        return this;
    }

    public Complaints about(Category category) {
        this.category = category;
        return this;
    }

    public Complaints via(Channel channel) {
        this.channel = channel;
        return this;
    }

    public Complaints byComplainant(String pseudonym) {
        this.complainantRef = pseudonym;
        return this;
    }

    /** Registered without the details that make it formal (Awb 9:4): handled all the same. */
    public Complaints informal() {
        this.formal = false;
        return this;
    }

    public Complaints concerningEmployees(int count) {
        this.employees = count;
        return this;
    }

    public String id() {
        return complaintId;
    }

    public ComplaintRegistered registered() {
        List<String> employeeRefs = IntStream.range(0, employees)
                .mapToObj(i -> "emp_" + Integer.toHexString(complaintId.hashCode()) + "000000000000" + i).toList();
        // Deadlines are complaint-intake's business; plausible values are enough here.
        List<String> missing = formal ? List.of() : List.of("address");
        return new ComplaintRegistered(receivedOn, channel, formal, missing, department, team, category,
                category.route(), receivedOn.minusDays(3), complainantRef, employeeRefs, receivedOn.plusDays(7),
                receivedOn.plusWeeks(6));
    }

    /** The registration as complaint-intake publishes it. */
    public EventEnvelope registeredEnvelope() {
        return envelope(complaintId, registered(), receivedOn);
    }

    /** A later event of the same complaint, caused by nothing in particular. */
    public static EventEnvelope envelope(String complaintId, DomainEvent payload, LocalDate on) {
        Instant at = on.atTime(10, 0).toInstant(ZoneOffset.UTC);
        return EventEnvelope.first(complaintId, payload, "complaint-intake", at, UUID.randomUUID());
    }
}
