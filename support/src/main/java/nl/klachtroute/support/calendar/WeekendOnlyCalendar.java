package nl.klachtroute.support.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Saturdays and Sundays off, nothing else. Not the service's calendar (that is {@link DutchWorkingDayCalendar}):
 * it does not know King's Day, Easter or decree days, so deadlines around holidays come out too early. Kept
 * only for test data whose deadlines do not matter; do not use it for a real term.
 */
public final class WeekendOnlyCalendar implements WorkingDayCalendar {

    @Override
    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek dayOfWeek = day.getDayOfWeek();
        return dayOfWeek != DayOfWeek.SATURDAY && dayOfWeek != DayOfWeek.SUNDAY;
    }
}
