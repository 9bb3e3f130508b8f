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
        return handlingDeadline(receivedOn, 0);
    }

    /**
     * The handling term lengthened by a postponement (Awb 9:11 lid 2): 6 + N weeks counted from receipt,
     * and only then moved off a non-working day (Atw art. 1), never N weeks added to an already moved date.
     */
    public LocalDate handlingDeadline(LocalDate receivedOn, int postponementWeeks) {
        if (postponementWeeks < 0) {
            throw new IllegalArgumentException("postponementWeeks must not be negative");
        }
        return calendar.thisOrNextWorkingDay(receivedOn.plusWeeks(HANDLING_WEEKS + postponementWeeks));
    }

    /** Written notice of not handling a complaint within 4 weeks of receipt (Awb 9:8 lid 2). */
    public LocalDate notHandlingNoticeDeadline(LocalDate receivedOn) {
        return calendar.thisOrNextWorkingDay(receivedOn.plusWeeks(4));
    }

    /**
     * The ombudsman may refuse requests made more than one year after the outcome letter (Awb 9:24); a term
     * of a year is not moved off a non-working day (Atw art. 4).
     */
    public LocalDate ombudsmanWindowEnd(LocalDate outcomeLetterOn) {
        return outcomeLetterOn.plusYears(1);
    }

    /** The day a reminder goes out: {@code leadWorkingDays} working days before the deadline. */
    public LocalDate reminderDay(LocalDate deadline, int leadWorkingDays) {
        return calendar.nthWorkingDayBefore(deadline, leadWorkingDays);
    }

    public WorkingDayCalendar calendar() {
        return calendar;
    }
}
