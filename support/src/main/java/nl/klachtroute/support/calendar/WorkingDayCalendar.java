package nl.klachtroute.support.calendar;

import java.time.LocalDate;

/**
 * Which days count as working days for the terms of the route (werkdagen, Algemene termijnenwet art. 3).
 * Behind an interface so the deadline arithmetic does not depend on where the holidays come from: the
 * service uses {@link DutchWorkingDayCalendar}, a test may use a calendar it can read at a glance.
 */
public interface WorkingDayCalendar {

    boolean isWorkingDay(LocalDate day);

    /** The {@code n}th working day after {@code day}, not counting {@code day} itself. */
    default LocalDate nthWorkingDayAfter(LocalDate day, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1, was " + n);
        }
        LocalDate current = day;
        int counted = 0;
        while (counted < n) {
            current = current.plusDays(1);
            if (isWorkingDay(current)) {
                counted++;
            }
        }
        return current;
    }

    /** The {@code n}th working day before {@code day}, not counting {@code day} itself (reminder leads). */
    default LocalDate nthWorkingDayBefore(LocalDate day, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1, was " + n);
        }
        LocalDate current = day;
        int counted = 0;
        while (counted < n) {
            current = current.minusDays(1);
            if (isWorkingDay(current)) {
                counted++;
            }
        }
        return current;
    }

    /** The day itself when it is a working day, otherwise the next one (Atw art. 1). */
    default LocalDate thisOrNextWorkingDay(LocalDate day) {
        LocalDate current = day;
        while (!isWorkingDay(current)) {
            current = current.plusDays(1);
        }
        return current;
    }
}
