package nl.klachtroute.support.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which days are working days under Atw art. 3: Jollyday's Netherlands, Good Friday, 5 May and decree days. */
class DutchWorkingDayCalendarTest {

    private static final List<LocalDate> DECREE_DAYS = CalendarProperties.KNOWN_DECREE_DAYS;
    private static final DutchWorkingDayCalendar DUTCH_CALENDAR = new DutchWorkingDayCalendar(DECREE_DAYS);

    @Test
    @DisplayName("2026: Thu 1 Jan, Fri 2 Jan (decree), Fri 3 Apr, Mon 6 Apr, Mon 27 Apr, Tue 5 May, Thu 14 May, "
            + "Fri 15 May (decree), Mon 25 May, Fri 25 Dec are the only weekdays off")
    void theNonWorkingWeekdaysOf2026() {
        assertThat(nonWorkingWeekdaysIn(2026)).containsExactly(day("Thu 1 Jan 2026"), day("Fri 2 Jan 2026"),
                day("Fri 3 Apr 2026"), day("Mon 6 Apr 2026"), day("Mon 27 Apr 2026"), day("Tue 5 May 2026"),
                day("Thu 14 May 2026"), day("Fri 15 May 2026"), day("Mon 25 May 2026"), day("Fri 25 Dec 2026"));
    }

    @Test
    @DisplayName("2027: Fri 1 Jan, Fri 26 Mar, Mon 29 Mar, Tue 27 Apr, Wed 5 May, Thu 6 May, Fri 7 May (decree), "
            + "Mon 17 May; Christmas falls on the weekend and no Monday replaces it")
    void theNonWorkingWeekdaysOf2027() {
        assertThat(nonWorkingWeekdaysIn(2027)).containsExactly(day("Fri 1 Jan 2027"), day("Fri 26 Mar 2027"),
                day("Mon 29 Mar 2027"), day("Tue 27 Apr 2027"), day("Wed 5 May 2027"), day("Thu 6 May 2027"),
                day("Fri 7 May 2027"), day("Mon 17 May 2027"));
    }

    @Test
    @DisplayName("2028: Fri 14 Apr, Mon 17 Apr, Thu 27 Apr, Fri 28 Apr (decree), Fri 5 May, Thu 25 May, "
            + "Fri 26 May (decree), Mon 5 Jun, Mon 25 Dec, Tue 26 Dec; New Year is a Saturday")
    void theNonWorkingWeekdaysOf2028() {
        assertThat(nonWorkingWeekdaysIn(2028)).containsExactly(day("Fri 14 Apr 2028"), day("Mon 17 Apr 2028"),
                day("Thu 27 Apr 2028"), day("Fri 28 Apr 2028"), day("Fri 5 May 2028"), day("Thu 25 May 2028"),
                day("Fri 26 May 2028"), day("Mon 5 Jun 2028"), day("Mon 25 Dec 2028"), day("Tue 26 Dec 2028"));
    }

    @ParameterizedTest(name = "{0} is not a working day: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Fri 18 Apr 2025 | Good Friday, an observance in Jollyday but a holiday under Atw art. 3 lid 2
            Fri 3 Apr 2026  | Good Friday
            Fri 11 Apr 2031 | Good Friday
            Mon 21 Apr 2025 | Easter Monday
            Sat 26 Apr 2025 | King's Day, moved from Sunday 27 April
            Sat 26 Apr 2031 | King's Day, moved from Sunday 27 April
            Mon 27 Apr 2026 | King's Day
            Mon 5 May 2025  | Liberation Day in a lustrum year
            Tue 5 May 2026  | Liberation Day in an ordinary year: the Atw counts it every year
            Wed 5 May 2027  | Liberation Day
            Mon 5 May 2031  | Liberation Day
            Thu 29 May 2025 | Ascension Day
            Thu 22 May 2031 | Ascension Day
            Mon 9 Jun 2025  | Whit Monday
            Thu 25 Dec 2025 | Christmas Day
            Fri 26 Dec 2025 | Boxing Day
            Thu 1 Jan 2026  | New Year's Day
            Fri 2 Jan 2026  | decree day
            Fri 15 May 2026 | decree day, the Friday after Ascension
            Fri 7 May 2027  | decree day, the Friday after Ascension
            Fri 28 Apr 2028 | decree day, the Friday after King's Day
            Fri 26 May 2028 | decree day, the Friday after Ascension
            """)
    void nonWorkingDays(@WrittenDate LocalDate day, String why) {
        assertThat(DUTCH_CALENDAR.isWorkingDay(day)).as(why).isFalse();
    }

    @ParameterizedTest(name = "{0} is a working day: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Thu 2 Apr 2026  | Maundy Thursday is no holiday
            Tue 7 Apr 2026  | the day after Easter Monday
            Mon 28 Apr 2025 | King's Day on a Sunday moves back to Saturday, never forward to Monday
            Mon 28 Apr 2031 | King's Day on a Sunday moves back to Saturday, never forward to Monday
            Wed 6 May 2026  | the day after Liberation Day
            Tue 26 May 2026 | the day after Whit Monday
            Thu 31 Dec 2026 | New Year's Eve
            Mon 27 Dec 2027 | Christmas on a weekend is not made up for on Monday
            Mon 3 Jan 2028  | New Year on a Saturday is not made up for on Monday
            Fri 8 May 2026  | an ordinary Friday in May
            """)
    void workingDays(@WrittenDate LocalDate day, String why) {
        assertThat(DUTCH_CALENDAR.isWorkingDay(day)).as(why).isTrue();
    }

    @Test
    @DisplayName("Sat 26 Apr 2025 and Sat 26 Apr 2031 are King's Day; Sun 27 Apr is not listed as a holiday")
    void kingsDayOnASundayIsCelebratedOnTheSaturdayBefore() {
        assertThat(DUTCH_CALENDAR.holidaysIn(2025)).contains(day("Sat 26 Apr 2025"))
                .doesNotContain(day("Mon 28 Apr 2025"));
        assertThat(DUTCH_CALENDAR.holidaysIn(2031)).contains(day("Sat 26 Apr 2031"))
                .doesNotContain(day("Mon 28 Apr 2031"));
    }

    @Test
    @DisplayName("decree days Fri 2 Jan 2026 .. Fri 26 May 2028 are working days unless configured")
    void decreeDaysComeFromConfigurationNotFromJollyday() {
        DutchWorkingDayCalendar withoutDecrees = new DutchWorkingDayCalendar(List.of());

        assertThat(DECREE_DAYS).allSatisfy(decreeDay -> {
            assertThat(withoutDecrees.isWorkingDay(decreeDay)).as("%s without configuration", decreeDay).isTrue();
            assertThat(DUTCH_CALENDAR.isWorkingDay(decreeDay)).as("%s configured", decreeDay).isFalse();
        });
    }

    @Test
    @DisplayName("a newly decreed day, Mon 4 Jan 2027, counts once it is configured")
    void anyExtraDayCanBeConfigured() {
        LocalDate newDecreeDay = day("Mon 4 Jan 2027");

        assertThat(new DutchWorkingDayCalendar(List.of(newDecreeDay)).isWorkingDay(newDecreeDay)).isFalse();
        assertThat(DUTCH_CALENDAR.isWorkingDay(newDecreeDay)).isTrue();
    }

    private static List<LocalDate> nonWorkingWeekdaysIn(int year) {
        return Stream.iterate(LocalDate.of(year, 1, 1), day -> day.getYear() == year, day -> day.plusDays(1))
                .filter(day -> day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY)
                .filter(day -> !DUTCH_CALENDAR.isWorkingDay(day))
                .toList();
    }

    private static LocalDate day(String written) {
        return LocalDate.parse(written, WrittenDate.FORMAT);
    }
}
