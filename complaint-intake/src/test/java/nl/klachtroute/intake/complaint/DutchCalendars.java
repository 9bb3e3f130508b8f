package nl.klachtroute.intake.complaint;

import java.time.LocalDate;
import java.util.List;

/** The service's calendar for plain unit tests: Jollyday's Netherlands plus the decree days of the shipped yml. */
public final class DutchCalendars {

    /** Royal Decree days 2026-2028, the same list as {@code klachtroute.calendar.extra-non-working-days}. */
    public static final List<LocalDate> DECREE_DAYS = List.of(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 5, 15),
            LocalDate.of(2027, 5, 7), LocalDate.of(2028, 4, 28), LocalDate.of(2028, 5, 26));
    public static final DutchWorkingDayCalendar DUTCH_CALENDAR = new DutchWorkingDayCalendar(DECREE_DAYS);
    public static final ComplaintDeadlines DUTCH_DEADLINES = new ComplaintDeadlines(DUTCH_CALENDAR);

    private DutchCalendars() {
    }
}
