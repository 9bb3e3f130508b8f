package nl.klachtroute.findings.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.klachtroute.findings.ServiceTest;

/** The teammanager's term counts the same working days as intake: the Dutch calendar, not just weekends. */
class ReportCalendarTest extends ServiceTest {

    @Autowired
    WorkingDays workingDays;

    @Test
    @DisplayName("requested Thu 2 Apr 2026 -> due Mon 20 Apr 2026 (Good Friday 3 Apr and Easter Monday 6 Apr skipped)")
    void theReportTermSkipsEaster() {
        assertThat(workingDays.after(LocalDate.of(2026, 4, 2), 10)).isEqualTo(LocalDate.of(2026, 4, 20));
    }

    @Test
    @DisplayName("requested Wed 13 May 2026 -> due Mon 1 Jun 2026 (Ascension 14 May, decree day 15 May, Whit Monday 25 May)")
    void theReportTermSkipsAscensionTheDecreeDayAndWhitMonday() {
        assertThat(workingDays.after(LocalDate.of(2026, 5, 13), 10)).isEqualTo(LocalDate.of(2026, 6, 1));
    }
}
