package nl.klachtroute.support.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.Year;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;

/**
 * Working days (werkdagen) as the Algemene termijnenwet art. 3 defines them: not a Saturday or Sunday,
 * not a generally recognised holiday, not Good Friday, and not a day a Royal Decree declares equal to a
 * holiday. Days are {@link LocalDate}s of the Europe/Amsterdam calendar.
 * <p>
 * The holidays come from Jollyday's Netherlands calendar, with two days added here on purpose:
 * <ul>
 * <li><b>Good Friday</b>: Jollyday types it as an observance, but Atw art. 3 lid 2 makes it equal to a
 * holiday. It is taken from Jollyday by name, and a missing Good Friday fails loudly rather than silently
 * shortening every term around Easter.</li>
 * <li><b>5 May</b> (Bevrijdingsdag): the Atw counts it every year, whatever the collective labour agreements
 * or the library's history of the day say.</li>
 * </ul>
 * Decree days (for example the Friday after Ascension) are announced a few years ahead, so they are
 * configuration ({@code klachtroute.calendar.extra-non-working-days}), not code.
 */
public final class DutchWorkingDayCalendar implements WorkingDayCalendar {

    private static final String GOOD_FRIDAY = "christian.GOOD_FRIDAY";
    private static final MonthDay LIBERATION_DAY = MonthDay.of(Month.MAY, 5);

    private final HolidayManager jollyday;
    private final Set<LocalDate> extraNonWorkingDays;
    /** Jollyday evaluates its rules on every call; terms and scans ask about the same few years over and over. */
    private final Map<Integer, Set<LocalDate>> holidaysByYear = new ConcurrentHashMap<>();

    /** @param extraNonWorkingDays days declared equal to a holiday by Royal Decree (Atw art. 3 lid 3) */
    public DutchWorkingDayCalendar(Collection<LocalDate> extraNonWorkingDays) {
        this.jollyday = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.NETHERLANDS));
        this.extraNonWorkingDays = Set.copyOf(extraNonWorkingDays);
    }

    @Override
    public boolean isWorkingDay(LocalDate day) {
        return !isWeekend(day) && !holidaysIn(day.getYear()).contains(day) && !extraNonWorkingDays.contains(day);
    }

    /** The holidays of Atw art. 3 lid 1 and 2 in a year (Easter and Whit Sunday among them), without decree days. */
    public Set<LocalDate> holidaysIn(int year) {
        return holidaysByYear.computeIfAbsent(year, this::loadHolidays);
    }

    private Set<LocalDate> loadHolidays(int year) {
        Set<Holiday> all = jollyday.getHolidays(Year.of(year));
        Set<LocalDate> days = new HashSet<>();
        all.stream()
                .filter(holiday -> holiday.getType() == HolidayType.PUBLIC_HOLIDAY)
                // getDate() is the day it is celebrated: King's Day falls back to 26 April when the 27th is a Sunday
                .forEach(holiday -> days.add(holiday.getDate()));
        LocalDate goodFriday = all.stream()
                .filter(holiday -> GOOD_FRIDAY.equals(holiday.getPropertiesKey()))
                .map(Holiday::getDate)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Jollyday no longer lists Good Friday (" + GOOD_FRIDAY
                        + ") for the Netherlands in " + year + "; the Atw counts it as a holiday"));
        days.add(goodFriday);
        days.add(LIBERATION_DAY.atYear(year));
        return Set.copyOf(days);
    }

    private static boolean isWeekend(LocalDate day) {
        DayOfWeek dayOfWeek = day.getDayOfWeek();
        return dayOfWeek == DayOfWeek.SATURDAY || dayOfWeek == DayOfWeek.SUNDAY;
    }
}
