package nl.klachtroute.findings.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.function.Predicate;

/**
 * Counts working days (werkdagen). For now only weekends are non-working; issue 4 plugs in the holiday
 * calendar intake uses (Algemene termijnenwet) through the predicate.
 */
public final class WorkingDays {

    private final Predicate<LocalDate> nonWorkingDay;

    public WorkingDays(Predicate<LocalDate> nonWorkingDay) {
        this.nonWorkingDay = nonWorkingDay;
    }

    public static WorkingDays weekendsOnly() {
        return new WorkingDays(day -> day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY);
    }

    /** @return the {@code days}-th working day after {@code from} (the day itself does not count) */
    public LocalDate after(LocalDate from, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("days must be at least 1");
        }
        LocalDate day = from;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (!nonWorkingDay.test(day)) {
                counted++;
            }
        }
        return day;
    }
}
