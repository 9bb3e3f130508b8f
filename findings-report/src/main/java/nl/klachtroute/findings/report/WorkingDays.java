package nl.klachtroute.findings.report;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Which days are working days (werkdagen) for the teammanager's term, and the arithmetic on them. The
 * service's bean is support's Dutch calendar, the same one intake counts with (Algemene termijnenwet
 * art. 3); {@link #weekendsOnly()} is for plain unit tests.
 */
@FunctionalInterface
public interface WorkingDays {

    boolean isWorkingDay(LocalDate day);

    /** Saturdays and Sundays off, every other day a working day. */
    static WorkingDays weekendsOnly() {
        return day -> day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** @return the {@code days}-th working day after {@code from} (the day itself does not count) */
    default LocalDate after(LocalDate from, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("days must be at least 1");
        }
        LocalDate day = from;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** @return the {@code days}-th working day before {@code from}, or {@code from} itself for 0 days */
    default LocalDate before(LocalDate from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days cannot be negative");
        }
        LocalDate day = from;
        int counted = 0;
        while (counted < days) {
            day = day.minusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }
}
