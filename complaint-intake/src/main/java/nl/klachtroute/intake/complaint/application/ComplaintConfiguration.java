package nl.klachtroute.intake.complaint.application;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.klachtroute.intake.complaint.ComplaintDeadlines;
import nl.klachtroute.intake.complaint.WeekendOnlyCalendar;
import nl.klachtroute.intake.complaint.WorkingDayCalendar;

/** The deadline rules of the complaint case. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IntakeProperties.class)
class ComplaintConfiguration {

    /** Weekends only for the walking skeleton; the Dutch holidays and decree days come in issue 3. */
    @Bean
    WorkingDayCalendar workingDayCalendar() {
        return new WeekendOnlyCalendar();
    }

    @Bean
    ComplaintDeadlines complaintDeadlines(WorkingDayCalendar calendar, IntakeProperties properties) {
        return new ComplaintDeadlines(calendar, properties.contactWorkingDays());
    }
}
