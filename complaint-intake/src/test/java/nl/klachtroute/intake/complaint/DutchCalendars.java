package nl.klachtroute.intake.complaint;

import nl.klachtroute.support.calendar.CalendarProperties;
import nl.klachtroute.support.calendar.DutchWorkingDayCalendar;

import java.time.LocalDate;
import java.util.List;

/** The service's calendar for plain unit tests: Jollyday's Netherlands plus the decree days of the shipped yml. */
public final class DutchCalendars {

    /** Royal Decree days 2026-2028, the same list as {@code klachtroute.calendar.extra-non-working-days}. */
    public static final List<LocalDate> DECREE_DAYS = CalendarProperties.KNOWN_DECREE_DAYS;
    public static final DutchWorkingDayCalendar DUTCH_CALENDAR = new DutchWorkingDayCalendar(DECREE_DAYS);
    public static final ComplaintDeadlines DUTCH_DEADLINES = new ComplaintDeadlines(DUTCH_CALENDAR);

    private DutchCalendars() {
    }
}
