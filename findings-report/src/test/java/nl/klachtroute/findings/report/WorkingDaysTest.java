package nl.klachtroute.findings.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDaysTest {

    private final WorkingDays workingDays = WorkingDays.weekendsOnly();

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
            "2026-05-08, 10, 2026-05-22", // Friday: two full weeks on, Friday again
            "2026-05-11, 10, 2026-05-25", // Monday
            "2026-05-09, 10, 2026-05-22", // requested on a Saturday: counting starts Monday
            "2026-05-10, 1, 2026-05-11", // Sunday + 1 = Monday
            "2026-05-15, 1, 2026-05-18", // Friday + 1 = Monday
            "2026-05-13, 5, 2026-05-20"})
    void skipsWeekends(LocalDate requested, int days, LocalDate due) {
        assertThat(workingDays.after(requested, days)).isEqualTo(due);
    }

    @ParameterizedTest(name = "{1} working days before {0} = {2}")
    @CsvSource({
            "2026-05-18, 1, 2026-05-15", // the reminder for a Monday goes out on the Friday before
            "2026-05-22, 1, 2026-05-21",
            "2026-05-22, 0, 2026-05-22", // no lead: on the due day itself
            "2026-05-19, 2, 2026-05-15"})
    void countsBackOverWeekends(LocalDate due, int days, LocalDate reminder) {
        assertThat(workingDays.before(due, days)).isEqualTo(reminder);
    }

    @ParameterizedTest(name = "a holiday on {1} moves {0} to {2}")
    @CsvSource({"2026-05-08, 2026-05-14, 2026-05-25"})
    void skipsTheDaysTheCalendarSaysAreNotWorkingDays(LocalDate requested, LocalDate holiday, LocalDate due) {
        WorkingDays withHoliday = day -> WorkingDays.weekendsOnly().isWorkingDay(day) && !day.equals(holiday);

        assertThat(withHoliday.after(requested, 10)).isEqualTo(due);
    }
}
