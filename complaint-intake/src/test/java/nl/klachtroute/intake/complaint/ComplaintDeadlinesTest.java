package nl.klachtroute.intake.complaint;

import nl.klachtroute.support.calendar.WrittenDate;

import static nl.klachtroute.intake.complaint.DutchCalendars.DUTCH_CALENDAR;
import static nl.klachtroute.intake.complaint.DutchCalendars.DUTCH_DEADLINES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.klachtroute.intake.complaint.ComplaintDeadlines.HandlingTerm;

/** The terms of the route on the service's calendar (Jollyday's Netherlands plus the decree days 2026-2028). */
class ComplaintDeadlinesTest {

    private final ComplaintDeadlines deadlines = DUTCH_DEADLINES;

    // The examples of DOMAIN.md ("Deadlines and the calendar"), one test each.

    @Test
    @DisplayName("DOMAIN.md, contact: received Fri 24 Apr 2026 -> Mon 4 May 2026 (27 Apr is King's Day)")
    void contactAroundKingsDay() {
        assertThat(deadlines.contactDeadline(day("Fri 24 Apr 2026"))).isEqualTo(day("Mon 4 May 2026"));
    }

    @Test
    @DisplayName("DOMAIN.md, contact: received Thu 2 Apr 2026 -> Mon 13 Apr 2026 (Good Friday, Easter Monday)")
    void contactAroundEaster() {
        assertThat(deadlines.contactDeadline(day("Thu 2 Apr 2026"))).isEqualTo(day("Mon 13 Apr 2026"));
    }

    @Test
    @DisplayName("DOMAIN.md, contact: received Thu 24 Dec 2026 -> Mon 4 Jan 2027")
    void contactAroundChristmasAndNewYear() {
        assertThat(deadlines.contactDeadline(day("Thu 24 Dec 2026"))).isEqualTo(day("Mon 4 Jan 2027"));
    }

    @Test
    @DisplayName("DOMAIN.md, handling: received Thu 2 Apr 2026 -> raw end Thu 14 May (Ascension), Fri 15 May (decree) "
            + "-> Mon 18 May 2026")
    void handlingEndingOnAscensionAndTheDecreeDay() {
        assertThat(deadlines.handlingDeadline(day("Thu 2 Apr 2026"))).isEqualTo(day("Mon 18 May 2026"));
    }

    @Test
    @DisplayName("DOMAIN.md, handling: received Fri 13 Nov 2026 -> raw end Fri 25 Dec -> Mon 28 Dec 2026")
    void handlingEndingOnChristmas() {
        assertThat(deadlines.handlingDeadline(day("Fri 13 Nov 2026"))).isEqualTo(day("Mon 28 Dec 2026"));
    }

    @Test
    @DisplayName("DOMAIN.md, ombudsman window: outcome letter Wed 6 May 2026 -> ends Thu 6 May 2027")
    void ombudsmanWindowIsOneYear() {
        assertThat(deadlines.ombudsmanWindowEnd(day("Wed 6 May 2026"))).isEqualTo(day("Thu 6 May 2027"));
    }

    @ParameterizedTest(name = "received {0} -> contact by {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            Sat 25 Apr 2026 | Mon 4 May 2026  | a weekend receipt counts from that weekend day; skips King's Day
            Sun 26 Apr 2026 | Mon 4 May 2026  | likewise
            Mon 27 Apr 2026 | Mon 4 May 2026  | received on King's Day (web form): counts from that day
            Tue 28 Apr 2026 | Wed 6 May 2026  | skips Liberation Day Tue 5 May
            Thu 30 Apr 2026 | Fri 8 May 2026  | skips Liberation Day Tue 5 May
            Fri 3 Apr 2026  | Mon 13 Apr 2026 | received on Good Friday; skips Easter Monday
            Mon 11 May 2026 | Wed 20 May 2026 | skips Ascension Thu 14 May and decree day Fri 15 May
            Fri 22 May 2026 | Mon 1 Jun 2026  | skips Whit Monday 25 May
            Wed 31 Dec 2025 | Fri 9 Jan 2026  | skips New Year and decree day Fri 2 Jan 2026
            Tue 23 Dec 2025 | Mon 5 Jan 2026  | skips Christmas, Boxing Day, New Year and decree day Fri 2 Jan 2026
            Mon 3 May 2027  | Thu 13 May 2027 | skips 5 May, Ascension Thu 6 May and decree day Fri 7 May 2027
            Wed 26 Apr 2028 | Mon 8 May 2028  | skips King's Day Thu 27, decree day Fri 28 Apr and Fri 5 May 2028
            Wed 24 May 2028 | Fri 2 Jun 2028  | skips Ascension Thu 25 and decree day Fri 26 May 2028
            Thu 24 Apr 2025 | Thu 1 May 2025  | King's Day on Sun 27 Apr 2025 is kept on Sat 26 Apr: Mon 28 counts
            Thu 24 Apr 2031 | Thu 1 May 2031  | King's Day on Sun 27 Apr 2031 is kept on Sat 26 Apr: Mon 28 counts
            """)
    void contactDeadlineIsTheFifthWorkingDayAfterTheDayOfReceipt(@WrittenDate LocalDate receivedOn,
            @WrittenDate LocalDate expected, String why) {
        assertThat(deadlines.contactDeadline(receivedOn)).as(why).isEqualTo(expected);
    }

    @ParameterizedTest(name = "received {0} -> handled by {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            Fri 24 Apr 2026 | Fri 5 Jun 2026  | six weeks on is an ordinary Friday
            Sat 2 May 2026  | Mon 15 Jun 2026 | ends on a Saturday: the next Monday (Atw art. 1)
            Fri 20 Feb 2026 | Tue 7 Apr 2026  | ends on Good Friday: past Easter Monday
            Mon 23 Feb 2026 | Tue 7 Apr 2026  | ends on Easter Monday
            Mon 16 Mar 2026 | Tue 28 Apr 2026 | ends on King's Day Mon 27 Apr 2026
            Sat 15 Mar 2025 | Mon 28 Apr 2025 | ends on King's Day Sat 26 Apr 2025 (27th a Sunday): Monday, not Tuesday
            Sun 16 Mar 2025 | Mon 28 Apr 2025 | ends on Sun 27 Apr 2025
            Sat 15 Mar 2031 | Mon 28 Apr 2031 | ends on King's Day Sat 26 Apr 2031 (27th a Sunday)
            Tue 24 Mar 2026 | Wed 6 May 2026  | ends on Liberation Day Tue 5 May 2026
            Wed 24 Mar 2027 | Mon 10 May 2027 | ends on Wed 5 May 2027, then Ascension and decree day Fri 7 May
            Fri 26 Mar 2027 | Mon 10 May 2027 | ends on decree day Fri 7 May 2027
            Fri 3 Apr 2026  | Mon 18 May 2026 | ends on decree day Fri 15 May 2026
            Fri 17 Mar 2028 | Mon 1 May 2028  | ends on decree day Fri 28 Apr 2028
            Fri 14 Apr 2028 | Mon 29 May 2028 | ends on decree day Fri 26 May 2028
            Fri 21 Nov 2025 | Mon 5 Jan 2026  | ends on decree day Fri 2 Jan 2026
            Thu 13 Nov 2025 | Mon 29 Dec 2025 | ends on Christmas Thu 25, then Boxing Day Fri 26 Dec 2025
            Fri 20 Nov 2026 | Mon 4 Jan 2027  | ends on New Year Fri 1 Jan 2027
            Thu 16 Apr 2026 | Thu 28 May 2026 | after Whit Monday: nothing to move
            """)
    void handlingDeadlineIsSixWeeksAfterReceiptMovedOffNonWorkingDays(@WrittenDate LocalDate receivedOn,
            @WrittenDate LocalDate expected, String why) {
        assertThat(deadlines.handlingDeadline(receivedOn)).as(why).isEqualTo(expected);
    }

    @ParameterizedTest(name = "received {0}, postponed {1} weeks -> handled by {2} ({3})")
    @CsvSource(delimiter = '|', textBlock = """
            Thu 2 Apr 2026  | 1 | Thu 21 May 2026 | 7 weeks from receipt, not Mon 18 May + 1 week (-> Tue 26 May)
            Thu 2 Apr 2026  | 4 | Thu 11 Jun 2026 | the longest postponement
            Fri 13 Nov 2026 | 1 | Mon 4 Jan 2027  | 7 weeks end on New Year Fri 1 Jan 2027
            Fri 13 Nov 2026 | 2 | Fri 8 Jan 2027  | 8 weeks end on a working day
            Fri 24 Apr 2026 | 0 | Fri 5 Jun 2026  | not postponed
            """)
    void aPostponementLengthensTheTermItselfBeforeAtwArticle1(@WrittenDate LocalDate receivedOn, int weeks,
            @WrittenDate LocalDate expected, String why) {
        assertThat(deadlines.handlingDeadline(receivedOn, weeks)).as(why).isEqualTo(expected);
    }

    @ParameterizedTest(name = "received {0}, delayed {1} weeks in all with consent -> handled by {2} ({3})")
    @CsvSource(delimiter = '|', textBlock = """
            Thu 19 Feb 2026 | 6 | Mon 18 May 2026 | 12 weeks end on Ascension Thu 14 May: exactly 12 weeks still moves
            Thu 12 Feb 2026 | 7 | Thu 14 May 2026 | 13 weeks end on Ascension: over 12 weeks, not moved (Atw art. 4)
            """)
    void aDelayWithTheCitizensConsentBeyondTwelveWeeksIsNotMoved(@WrittenDate LocalDate receivedOn, int weeks,
            @WrittenDate LocalDate expected, String why) {
        assertThat(deadlines.handlingDeadline(receivedOn, weeks)).as(why).isEqualTo(expected);
    }

    @Test
    @DisplayName("a negative postponement is refused")
    void aNegativePostponementIsRefused() {
        assertThatThrownBy(() -> deadlines.handlingDeadline(day("Thu 2 Apr 2026"), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "advisory committee: received {0}, postponed {1} weeks -> handled by {2} ({3})")
    @CsvSource(delimiter = '|', textBlock = """
            Thu 2 Apr 2026  | 0 | Thu 11 Jun 2026 | 10 weeks
            Thu 5 Mar 2026  | 0 | Mon 18 May 2026 | 10 weeks end on Ascension Thu 14 May, then decree day Fri 15 May
            Thu 19 Feb 2026 | 2 | Mon 18 May 2026 | 12 weeks end on Ascension: a term of exactly 12 weeks is still moved
            Thu 12 Feb 2026 | 3 | Thu 14 May 2026 | 13 weeks end on Ascension: over 12 weeks, not moved (Atw art. 4)
            Thu 5 Feb 2026  | 4 | Thu 14 May 2026 | 14 weeks end on Ascension: not moved (Atw art. 4)
            """)
    void anAdvisoryCommitteeHasTenWeeks(@WrittenDate LocalDate receivedOn, int weeks, @WrittenDate LocalDate expected,
            String why) {
        ComplaintDeadlines withCommittee = new ComplaintDeadlines(DUTCH_CALENDAR, 5, HandlingTerm.ADVISORY_COMMITTEE);

        assertThat(withCommittee.handlingDeadline(receivedOn, weeks)).as(why).isEqualTo(expected);
    }

    @ParameterizedTest(name = "received {0} -> not-handling notice by {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            Tue 7 Apr 2026  | Wed 6 May 2026  | 4 weeks end on Liberation Day Tue 5 May 2026
            Fri 27 Nov 2026 | Mon 28 Dec 2026 | 4 weeks end on Christmas Fri 25 Dec 2026
            Fri 17 Apr 2026 | Mon 18 May 2026 | 4 weeks end on decree day Fri 15 May 2026
            Fri 24 Apr 2026 | Fri 22 May 2026 | 4 weeks end on a working day
            """)
    void notHandlingNoticeIsDueFourWeeksAfterReceipt(@WrittenDate LocalDate receivedOn,
            @WrittenDate LocalDate expected, String why) {
        assertThat(deadlines.notHandlingNoticeDeadline(receivedOn)).as(why).isEqualTo(expected);
    }

    @ParameterizedTest(name = "outcome letter {0} -> ombudsman window ends {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            Wed 6 May 2026  | Thu 6 May 2027 | ends on Ascension Day: a year is not moved (Atw art. 4)
            Fri 8 May 2026  | Sat 8 May 2027 | ends on a Saturday and stays there
            Fri 7 May 2027  | Sun 7 May 2028 | ends on a Sunday and stays there
            Mon 28 Dec 2026 | Tue 28 Dec 2027 | an ordinary day
            """)
    void theOmbudsmanWindowIsOneYearAndNeverMoved(@WrittenDate LocalDate outcomeLetterOn,
            @WrittenDate LocalDate expected, String why) {
        assertThat(deadlines.ombudsmanWindowEnd(outcomeLetterOn)).as(why).isEqualTo(expected);
    }

    @ParameterizedTest(name = "deadline {0} -> reminder on {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            Tue 7 Apr 2026  | Thu 2 Apr 2026  | first working day after Easter: the Thursday before Good Friday
            Mon 6 Apr 2026  | Thu 2 Apr 2026  | a day on Easter Monday itself, likewise
            Mon 4 May 2026  | Fri 1 May 2026  | the working day before
            Wed 6 May 2026  | Mon 4 May 2026  | skips Liberation Day Tue 5 May 2026
            Mon 18 May 2026 | Wed 13 May 2026 | skips decree day Fri 15 and Ascension Thu 14 May 2026
            Mon 4 Jan 2027  | Thu 31 Dec 2026 | skips New Year Fri 1 Jan 2027
            Mon 28 Dec 2026 | Thu 24 Dec 2026 | skips Christmas Fri 25 Dec 2026
            Mon 5 Jan 2026  | Wed 31 Dec 2025 | skips decree day Fri 2 Jan and New Year Thu 1 Jan 2026
            """)
    void aReminderOneWorkingDayAheadSkipsNonWorkingDays(@WrittenDate LocalDate deadline,
            @WrittenDate LocalDate expected, String why) {
        assertThat(deadlines.reminderDay(deadline, 1)).as(why).isEqualTo(expected);
    }

    @Test
    @DisplayName("reminder lead 3: deadline Mon 4 May 2026 -> Wed 29 Apr 2026; lead 2: Mon 18 May -> Tue 12 May 2026")
    void aLongerReminderLeadCountsWorkingDaysBack() {
        assertThat(deadlines.reminderDay(day("Mon 4 May 2026"), 3)).isEqualTo(day("Wed 29 Apr 2026"));
        assertThat(deadlines.reminderDay(day("Mon 18 May 2026"), 2)).isEqualTo(day("Tue 12 May 2026"));
    }

    @ParameterizedTest(name = "{0} working days: received Fri 24 Apr 2026 -> contact by {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1  | Tue 28 Apr 2026
            3  | Thu 30 Apr 2026
            10 | Tue 12 May 2026
            """)
    void theContactTermIsConfigurableBecauseItIsMunicipalPractice(int workingDays, @WrittenDate LocalDate expected) {
        ComplaintDeadlines configured = new ComplaintDeadlines(DUTCH_CALENDAR, workingDays);

        assertThat(configured.contactDeadline(day("Fri 24 Apr 2026"))).isEqualTo(expected);
    }

    private static LocalDate day(String written) {
        return LocalDate.parse(written, WrittenDate.FORMAT);
    }
}
