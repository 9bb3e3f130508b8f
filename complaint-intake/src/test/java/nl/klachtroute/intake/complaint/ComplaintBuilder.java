package nl.klachtroute.intake.complaint;

import nl.klachtroute.support.calendar.WorkingDayCalendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import nl.klachtroute.events.Category;
import nl.klachtroute.events.Channel;
import nl.klachtroute.events.HearingParty;
import nl.klachtroute.events.HearingWaiverGround;
import nl.klachtroute.events.Judgement;
import nl.klachtroute.events.NotHandlingGround;
import nl.klachtroute.events.Route;
import nl.klachtroute.support.pseudonym.Pseudonymizer;

/**
 * Test data: {@code aComplaint().receivedOn(FRIDAY_24_APRIL_2026).about(BEJEGENING).registered()}, or a
 * complaint walked through the real commands to any state: {@code aComplaint().walkedTo(CLOSED)}.
 * <p>
 * Its deadlines come from a calendar with weekends only, so that the dates in these tests do not move with
 * the holidays (the Dutch calendar has its own tests).
 */
public final class ComplaintBuilder {

    public static final LocalDate FRIDAY_24_APRIL_2026 = LocalDate.of(2026, 4, 24);
    public static final Instant REGISTERED_AT = Instant.parse("2026-04-24T10:00:00Z");
    public static final Pseudonymizer PSEUDONYMS = new Pseudonymizer("unit-test-fictional-key-0123456789");
    /** Saturdays and Sundays off, nothing else. */
    public static final WorkingDayCalendar WEEKDAYS = day -> day.getDayOfWeek() != DayOfWeek.SATURDAY
            && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    public static final ComplaintDeadlines WEEKEND_ONLY_DEADLINES = new ComplaintDeadlines(WEEKDAYS);
    public static final String REPORT_ID = "R-K-2026-000001";
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
    private List<String> involvedStaff = List.of();
    private boolean citizenHeard = true;

    private ComplaintBuilder() {
    }

    public static ComplaintBuilder aComplaint() {
        return new ComplaintBuilder();
    }

    /** The moment {@code days} days after registration (10:00 UTC, noon in Amsterdam). */
    public static Instant day(int days) {
        return REGISTERED_AT.plus(Duration.ofDays(days));
    }

    /** The date {@code days} days after the day of receipt of the default complaint. */
    public static LocalDate date(int days) {
        return FRIDAY_24_APRIL_2026.plusDays(days);
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

    public ComplaintBuilder involving(String... staffIds) {
        this.involvedStaff = List.of(staffIds);
        return this;
    }

    /**
     * In the walk only the employee is heard; the citizen's hearing is waived (ground b) just before closure.
     */
    public ComplaintBuilder withoutCitizenHearing() {
        this.citizenHeard = false;
        return this;
    }

    public NewComplaint details() {
        return new NewComplaint(receivedOn, channel, complainant, LocalDate.of(2026, 4, 20), "Activering",
                "Activering Noord", category, description, employeesConcerned, involvedStaff);
    }

    public Complaint.Registration register() {
        return Complaint.register(id, details(), "h.devries", WEEKEND_ONLY_DEADLINES, PSEUDONYMS, REGISTERED_AT);
    }

    public Complaint registered() {
        return register().complaint();
    }

    /**
     * The complaint taken to {@code status} by the real commands, the way a handler (and findings-report)
     * would: the route bejegening through its report, the standard route through a hearing. The findings
     * states exist on the route bejegening only.
     */
    public Complaint walkedTo(ComplaintStatus status) {
        Complaint c = registered();
        switch (status) {
            case REGISTERED:
                return c;
            case WITHDRAWN:
                c.withdraw(null, "Opgelost, zegt de klager", day(0), "h.devries");
                return c;
            case RESOLVED_INFORMALLY:
                c.acknowledge(null, day(0), "h.devries");
                c.resolveInformally(date(1), Channel.EMAIL, "Tevreden na uitleg", day(1), "h.devries");
                return c;
            case NOT_HANDLED:
                c.acknowledge(null, day(0), "h.devries");
                c.decideNotToHandle(NotHandlingGround.ALREADY_HANDLED, "Eerder behandeld", day(1), "h.devries");
                return c;
            default:
                break;
        }
        c.acknowledge(null, day(0), "h.devries");
        if (status == ComplaintStatus.ACKNOWLEDGED) {
            return c;
        }
        c.assignHandler("h.devries", day(1), "sis.lead");
        if (status == ComplaintStatus.HANDLER_ASSIGNED) {
            return c;
        }
        c.recordContact(date(3), Channel.PHONE, "Gebeld; klager vertelde het verloop", day(3), "h.devries");
        if (status == ComplaintStatus.CONTACTED) {
            return c;
        }
        c.startRoute(day(4), "h.devries");
        if (status == ComplaintStatus.IN_INVESTIGATION) {
            return c;
        }
        if (c.route() == Route.BEJEGENING) {
            walkBejegeningFrom(c, status);
        } else {
            walkStandardFrom(c, status);
        }
        if (c.status() != status) {
            throw new IllegalArgumentException("A " + c.route() + " complaint does not get to " + status);
        }
        return c;
    }

    private void walkBejegeningFrom(Complaint c, ComplaintStatus status) {
        c.requestFindingsReport(day(5), "h.devries");
        c.recordFindingsReportOpened(REPORT_ID, "tm.jansen", date(19), day(5));
        if (status == ComplaintStatus.AWAITING_FINDINGS_REPORT) {
            return;
        }
        c.recordFindingsHearing(REPORT_ID, heard(), date(6), day(6));
        c.recordFindingsReportSubmitted(REPORT_ID, date(10), day(10));
        if (status == ComplaintStatus.FINDINGS_REPORT_SUBMITTED) {
            return;
        }
        c.recordFindingsReportAccepted(REPORT_ID, date(12), day(12));
        if (status == ComplaintStatus.FINDINGS_REPORT_ACCEPTED) {
            return;
        }
        closeAndRefer(c, status);
    }

    private void walkStandardFrom(Complaint c, ComplaintStatus status) {
        c.recordHearing(heard(), date(6), "Verslag van het hoorgesprek", day(6), "h.devries");
        closeAndRefer(c, status);
    }

    private HearingParty heard() {
        return citizenHeard ? HearingParty.CITIZEN : HearingParty.EMPLOYEE;
    }

    private void closeAndRefer(Complaint c, ComplaintStatus status) {
        if (!citizenHeard) {
            c.waiveHearing(HearingWaiverGround.CITIZEN_DECLINED, "Klager wil geen gesprek", day(13), "h.devries");
        }
        c.informEmployee(null, day(13), "h.devries");
        c.close(Judgement.DEELS_GEGROND, "Bevindingen", "Conclusies", List.of("Teamoverleg over bejegening"),
                WEEKEND_ONLY_DEADLINES, day(14), "h.devries");
        if (status == ComplaintStatus.REFERRED_TO_OMBUDSMAN) {
            c.referToOmbudsman(day(20), "h.devries");
        }
    }
}
