package nl.klachtroute.intake.complaint;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The terms that start on the day of receipt.
 * <ul>
 * <li>Contact deadline: the citizen is contacted by the {@code contactWorkingDays}th working day after the
 * day of receipt (Amsterdam practice, 5 by default; a complaint received on a weekend counts from that day).</li>
 * <li>Handling deadline (afhandeltermijn, Awb 9:11): 6 weeks after receipt; a term ending on a non-working
 * day ends on the next working day (Atw art. 1).</li>
 * </ul>
 */
public final class ComplaintDeadlines {

    /** Awb 9:11 lid 1; 10 weeks with an advisory committee, which this municipality does not use here. */
    public static final int HANDLING_WEEKS = 6;
    public static final int DEFAULT_CONTACT_WORKING_DAYS = 5;

    private final WorkingDayCalendar calendar;
    private final int contactWorkingDays;

    public ComplaintDeadlines(WorkingDayCalendar calendar, int contactWorkingDays) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        if (contactWorkingDays < 1) {
            throw new IllegalArgumentException("contactWorkingDays must be at least 1");
        }
        this.contactWorkingDays = contactWorkingDays;
    }

    public ComplaintDeadlines(WorkingDayCalendar calendar) {
        this(calendar, DEFAULT_CONTACT_WORKING_DAYS);
    }

    public LocalDate contactDeadline(LocalDate receivedOn) {
        return calendar.nthWorkingDayAfter(receivedOn, contactWorkingDays);
    }

    public LocalDate handlingDeadline(LocalDate receivedOn) {
        return calendar.thisOrNextWorkingDay(receivedOn.plusWeeks(HANDLING_WEEKS));
    }
}
