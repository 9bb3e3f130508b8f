package nl.klachtroute.intake.complaint;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Saturdays and Sundays off, nothing else. The walking skeleton's calendar: it does not know King's Day,
 * Easter or decree days yet, so deadlines around holidays come out too early until it is replaced.
 */
public final class WeekendOnlyCalendar implements WorkingDayCalendar {

    @Override
    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek dayOfWeek = day.getDayOfWeek();
        return dayOfWeek != DayOfWeek.SATURDAY && dayOfWeek != DayOfWeek.SUNDAY;
    }
}
