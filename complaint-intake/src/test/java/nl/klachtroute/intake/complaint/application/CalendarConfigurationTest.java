package nl.klachtroute.intake.complaint.application;

import nl.klachtroute.support.calendar.CalendarAutoConfiguration;
import nl.klachtroute.support.calendar.CalendarProperties;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import nl.klachtroute.support.calendar.DutchWorkingDayCalendar;
import nl.klachtroute.support.calendar.WorkingDayCalendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import nl.klachtroute.intake.ComplaintIntakeApplication;
import nl.klachtroute.intake.complaint.ComplaintDeadlines;
import nl.klachtroute.intake.complaint.ComplaintDeadlines.HandlingTerm;

/**
 * The deadline beans as the shipped {@code complaint-intake.yml} configures them, and the refusals of bad
 * configuration. Only the deadline configuration is started, not the service.
 */
class CalendarConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withInitializer(new ConfigDataApplicationContextInitializer())
            .withPropertyValues("spring.config.name=" + ComplaintIntakeApplication.CONFIG_NAME)
            .withConfiguration(AutoConfigurations.of(CalendarAutoConfiguration.class))
            .withUserConfiguration(ComplaintConfiguration.class);

    @Test
    void theShippedConfigurationKnowsTheDecreeDaysOf2026To2028() {
        runner.run(context -> {
            WorkingDayCalendar calendar = context.getBean(WorkingDayCalendar.class);

            assertThat(calendar).isInstanceOf(DutchWorkingDayCalendar.class);
            assertThat(context.getBean(CalendarProperties.class).extraNonWorkingDays()).containsExactly(
                    LocalDate.of(2026, 1, 2), LocalDate.of(2026, 5, 15), LocalDate.of(2027, 5, 7),
                    LocalDate.of(2028, 4, 28), LocalDate.of(2028, 5, 26));
            assertThat(calendar.isWorkingDay(LocalDate.of(2026, 5, 15))).isFalse();
            assertThat(calendar.isWorkingDay(LocalDate.of(2028, 5, 26))).isFalse();
        });
    }

    @Test
    @DisplayName("contact: received Fri 24 Apr 2026 -> Mon 4 May; handling: received Thu 2 Apr 2026 -> Mon 18 May")
    void theServiceCountsItsDeadlinesOnTheDutchCalendar() {
        runner.run(context -> {
            ComplaintDeadlines deadlines = context.getBean(ComplaintDeadlines.class);

            assertThat(deadlines.contactDeadline(LocalDate.of(2026, 4, 24))).isEqualTo(LocalDate.of(2026, 5, 4));
            assertThat(deadlines.handlingDeadline(LocalDate.of(2026, 4, 2))).isEqualTo(LocalDate.of(2026, 5, 18));
            assertThat(deadlines.handlingTerm()).isEqualTo(HandlingTerm.STANDARD);
        });
    }

    @Test
    @DisplayName("advisory committee: received Thu 2 Apr 2026 -> handling by Thu 11 Jun 2026")
    void anAdvisoryCommitteeIsConfiguration() {
        runner.withPropertyValues("klachtroute.intake.handling-term=advisory-committee").run(context -> {
            ComplaintDeadlines deadlines = context.getBean(ComplaintDeadlines.class);

            assertThat(deadlines.handlingTerm()).isEqualTo(HandlingTerm.ADVISORY_COMMITTEE);
            assertThat(deadlines.handlingDeadline(LocalDate.of(2026, 4, 2))).isEqualTo(LocalDate.of(2026, 6, 11));
        });
    }

    @Test
    @DisplayName("a decree day on Sat 16 May 2026 is refused as a typo")
    void aDecreeDayOnAWeekendIsRefused() {
        runner.withPropertyValues("klachtroute.calendar.extra-non-working-days=2026-05-16").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageContaining("klachtroute.calendar.extra-non-working-days must hold weekdays only");
        });
    }

    @Test
    void aDecreeDayThatIsNotADateIsRefused() {
        runner.withPropertyValues("klachtroute.calendar.extra-non-working-days=15-05-2026").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure())
                    .hasStackTraceContaining("klachtroute.calendar.extra-non-working-days");
        });
    }

    @Test
    void anUnknownHandlingTermIsRefused() {
        runner.withPropertyValues("klachtroute.intake.handling-term=eight-weeks").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).hasStackTraceContaining("klachtroute.intake.handling-term");
        });
    }
}
