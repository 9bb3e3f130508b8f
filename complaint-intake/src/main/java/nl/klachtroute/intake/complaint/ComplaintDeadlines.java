package nl.klachtroute.intake.complaint;

import nl.klachtroute.support.calendar.WorkingDayCalendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The terms of the complaint route, all counted from a day (receipt, outcome letter) in Europe/Amsterdam.
 * <ul>
 * <li>Contact deadline: the citizen is contacted by the {@code contactWorkingDays}th working day after the
 * day of receipt (Amsterdam practice, 5 by default; a complaint received on a weekend counts from that day).
 * A count of working days never ends on a non-working day, so the Atw has nothing to move.</li>
 * <li>Handling deadline (afhandeltermijn, Awb 9:11): 6 weeks after receipt, 10 with an advisory committee,
 * lengthened by postponement (once at most 4 weeks; more only with the citizen's consent, which the
 * {@link Complaint} checks).</li>
 * <li>Not-handling notice (Awb 9:8 lid 2): 4 weeks after receipt.</li>
 * <li>Ombudsman window (Awb 9:24): one year after the outcome letter.</li>
 * </ul>
 * Statutory terms in weeks follow the Algemene termijnenwet: a term ending on a non-working day ends on the
 * next working day (art. 1), except terms over 12 weeks and terms of a year or more (art. 4).
 */
public final class ComplaintDeadlines {

    /** Awb 9:11 lid 1: the handling term in weeks, which depends on who advises on the complaint. */
    public enum HandlingTerm {
        STANDARD(6),
        /** An advisory committee (Awb 9:14) hears the complaint. */
        ADVISORY_COMMITTEE(10);

        private final int weeks;

        HandlingTerm(int weeks) {
            this.weeks = weeks;
        }

        public int weeks() {
            return weeks;
        }
    }

    public static final int HANDLING_WEEKS = HandlingTerm.STANDARD.weeks();
    /** Awb 9:8 lid 2. */
    public static final int NOT_HANDLING_NOTICE_WEEKS = 4;
    public static final int DEFAULT_CONTACT_WORKING_DAYS = 5;
    /** Atw art. 4: art. 1 does not move the end of a term of more than this many weeks. */
    static final int ATW_LONGEST_MOVABLE_TERM_WEEKS = 12;

    private final WorkingDayCalendar calendar;
    private final int contactWorkingDays;
    private final HandlingTerm handlingTerm;

    public ComplaintDeadlines(WorkingDayCalendar calendar, int contactWorkingDays, HandlingTerm handlingTerm) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.handlingTerm = Objects.requireNonNull(handlingTerm, "handlingTerm");
        if (contactWorkingDays < 1) {
            throw new IllegalArgumentException("contactWorkingDays must be at least 1");
        }
        this.contactWorkingDays = contactWorkingDays;
    }

    public ComplaintDeadlines(WorkingDayCalendar calendar, int contactWorkingDays) {
        this(calendar, contactWorkingDays, HandlingTerm.STANDARD);
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
     * The handling term lengthened by a postponement (Awb 9:11 lid 2): 6 + N weeks (10 + N with an advisory
     * committee) counted from receipt, and only then moved off a non-working day (Atw art. 1), never N weeks
     * added to an already moved date. With an advisory committee a postponement of 3 or 4 weeks makes the
     * term longer than 12 weeks, and so does a delay of more than 6 weeks in total on the standard term: its
     * end is then not moved at all (Atw art. 4).
     *
     * @param postponementWeeks all weeks of postponement so far, 0 when not postponed; whether they are allowed
     *        (at most 4 without the citizen's consent) is the complaint's rule, not arithmetic
     */
    public LocalDate handlingDeadline(LocalDate receivedOn, int postponementWeeks) {
        if (postponementWeeks < 0) {
            throw new IllegalArgumentException("postponementWeeks must not be negative, was " + postponementWeeks);
        }
        return endOfStatutoryTerm(receivedOn, handlingTerm.weeks() + postponementWeeks);
    }

    /** Written notice of not handling a complaint within 4 weeks of receipt (Awb 9:8 lid 2). */
    public LocalDate notHandlingNoticeDeadline(LocalDate receivedOn) {
        return endOfStatutoryTerm(receivedOn, NOT_HANDLING_NOTICE_WEEKS);
    }

    /**
     * The ombudsman may refuse requests made more than one year after the outcome letter (Awb 9:24); a term
     * of a year is not moved off a non-working day (Atw art. 4), so it may end on a Saturday or a holiday.
     */
    public LocalDate ombudsmanWindowEnd(LocalDate outcomeLetterOn) {
        return outcomeLetterOn.plusYears(1);
    }

    /**
     * The day a reminder goes out: {@code leadWorkingDays} working days before the deadline. Counted back
     * over the calendar, so a reminder never lands on a holiday; the Atw does not apply to counting back
     * (art. 1 lid 2), and a reminder is no statutory term anyway.
     */
    public LocalDate reminderDay(LocalDate deadline, int leadWorkingDays) {
        return calendar.nthWorkingDayBefore(deadline, leadWorkingDays);
    }

    public HandlingTerm handlingTerm() {
        return handlingTerm;
    }

    public WorkingDayCalendar calendar() {
        return calendar;
    }

    /** Atw art. 1 and 4 for a term in weeks counted from {@code start}. */
    private LocalDate endOfStatutoryTerm(LocalDate start, int weeks) {
        LocalDate end = start.plusWeeks(weeks);
        return weeks > ATW_LONGEST_MOVABLE_TERM_WEEKS ? end : calendar.thisOrNextWorkingDay(end);
    }
}
