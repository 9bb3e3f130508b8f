package nl.klachtroute.intake.complaint.application;

import nl.klachtroute.support.calendar.WorkingDayCalendar;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.klachtroute.intake.complaint.ComplaintDeadlines;

/** The deadline rules of the complaint case. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IntakeProperties.class)
class ComplaintConfiguration {

    @Bean
    ComplaintDeadlines complaintDeadlines(WorkingDayCalendar calendar, IntakeProperties properties) {
        return new ComplaintDeadlines(calendar, properties.contactWorkingDays(), properties.handlingTerm());
    }
}
