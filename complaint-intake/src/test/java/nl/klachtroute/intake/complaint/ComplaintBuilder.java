package nl.klachtroute.intake.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import nl.klachtroute.events.Category;
import nl.klachtroute.events.Channel;
import nl.klachtroute.support.pseudonym.Pseudonymizer;

/** Test data: {@code aComplaint().receivedOn(FRIDAY_24_APRIL_2026).about(BEJEGENING).registered()}. */
public final class ComplaintBuilder {

    public static final LocalDate FRIDAY_24_APRIL_2026 = LocalDate.of(2026, 4, 24);
    public static final Instant REGISTERED_AT = Instant.parse("2026-04-24T10:00:00Z");
    public static final Pseudonymizer PSEUDONYMS = new Pseudonymizer("unit-test-fictional-key-0123456789");
    public static final ComplaintDeadlines WEEKEND_ONLY_DEADLINES = new ComplaintDeadlines(new WeekendOnlyCalendar());
    /** A fictional citizen. */
    public static final Complainant FENNA = new Complainant("Fenna Fictief", "Voorbeeldstraat 1, 1011 AA Amsterdam",
            "fenna.fictief@example.org", "020 555 0101");
    public static final String DESCRIPTION = "De medewerker sprak mij onvriendelijk toe aan de balie.";

    private String id = "K-2026-000001";
    private LocalDate receivedOn = FRIDAY_24_APRIL_2026;
    private Channel channel = Channel.WEB_FORM;
    private Complainant complainant = FENNA;
    private Category category = Category.BEJEGENING;
    private String description = DESCRIPTION;
    private List<String> employeesConcerned = List.of("mw.bakker");

    private ComplaintBuilder() {
    }

    public static ComplaintBuilder aComplaint() {
        return new ComplaintBuilder();
    }

    public ComplaintBuilder withId(String complaintId) {
        this.id = complaintId;
        return this;
    }

    public ComplaintBuilder receivedOn(LocalDate day) {
        this.receivedOn = day;
        return this;
    }

    public ComplaintBuilder via(Channel how) {
        this.channel = how;
        return this;
    }

    public ComplaintBuilder about(Category what) {
        this.category = what;
        return this;
    }

    public ComplaintBuilder from(Complainant who) {
        this.complainant = who;
        return this;
    }

    public ComplaintBuilder describedAs(String text) {
        this.description = text;
        return this;
    }

    public ComplaintBuilder concerning(String... staffIds) {
        this.employeesConcerned = List.of(staffIds);
        return this;
    }

    public NewComplaint details() {
        return new NewComplaint(receivedOn, channel, complainant, LocalDate.of(2026, 4, 20), "Activering",
                "Activering Noord", category, description, employeesConcerned);
    }

    public Complaint.Registration register() {
        return Complaint.register(id, details(), "h.devries", WEEKEND_ONLY_DEADLINES, PSEUDONYMS, REGISTERED_AT);
    }

    public Complaint registered() {
        return register().complaint();
    }

    /** The registered complaint moved to any state, to check what each state allows. */
    public Complaint in(ComplaintStatus status) {
        return Complaint.restore(registered().snapshot().withStatus(status));
    }
}
