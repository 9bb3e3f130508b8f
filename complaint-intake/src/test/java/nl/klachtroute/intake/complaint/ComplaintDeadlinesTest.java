package nl.klachtroute.intake.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ComplaintDeadlinesTest {

    private final ComplaintDeadlines deadlines = new ComplaintDeadlines(new WeekendOnlyCalendar());

    /*
     * Weekend-only calendar of the walking skeleton. With the Dutch holidays (issue 3) the first example
     * becomes Mon 4 May 2026 (King's Day 27 April) and the second Mon 13 April 2026 (Good Friday, Easter Monday).
     */
    @ParameterizedTest(name = "received {0} -> contact by {1}")
    @CsvSource({
            "2026-04-24, 2026-05-01", // Friday: Mon 27 .. Fri 1 May
            "2026-04-02, 2026-04-09", // Thursday: Fri 3, Mon 6 .. Thu 9
            "2026-04-25, 2026-05-01", // Saturday counts from the weekend day itself
            "2026-04-26, 2026-05-01", // Sunday likewise
            "2026-04-27, 2026-05-04", // Monday: Tue 28 .. Mon 4 May
            "2026-12-24, 2026-12-31" })
    void contactDeadlineIsTheFifthWorkingDayAfterTheDayOfReceipt(LocalDate receivedOn, LocalDate expected) {
        assertThat(deadlines.contactDeadline(receivedOn)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "received {0} -> handled by {1}")
    @CsvSource({
            "2026-04-24, 2026-06-05", // six weeks on is a Friday
            "2026-05-02, 2026-06-15", // Saturday + 6 weeks is a Saturday: moves to Monday
            "2026-05-03, 2026-06-15", // Sunday + 6 weeks is a Sunday: moves to Monday
            "2026-11-13, 2026-12-25" }) // a Friday; issue 3's calendar moves it past Christmas to Mon 28 Dec
    void handlingDeadlineIsSixWeeksAfterReceiptMovedOffNonWorkingDays(LocalDate receivedOn, LocalDate expected) {
        assertThat(deadlines.handlingDeadline(receivedOn)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} working days")
    @CsvSource({ "1, 2026-04-27", "3, 2026-04-29", "10, 2026-05-08" })
    void theContactTermIsConfigurableBecauseItIsMunicipalPractice(int workingDays, LocalDate expected) {
        ComplaintDeadlines configured = new ComplaintDeadlines(new WeekendOnlyCalendar(), workingDays);

        assertThat(configured.contactDeadline(LocalDate.of(2026, 4, 24))).isEqualTo(expected);
    }
}
