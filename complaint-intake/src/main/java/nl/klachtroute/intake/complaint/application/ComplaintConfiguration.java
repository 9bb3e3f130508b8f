package nl.klachtroute.intake.complaint.application;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.klachtroute.intake.complaint.ComplaintDeadlines;
import nl.klachtroute.intake.complaint.DutchWorkingDayCalendar;
import nl.klachtroute.intake.complaint.WorkingDayCalendar;

/** The deadline rules of the complaint case. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ IntakeProperties.class, CalendarProperties.class })
class ComplaintConfiguration {

    /** Dutch holidays from Jollyday plus the configured decree days (Atw art. 3). */
    @Bean
    WorkingDayCalendar workingDayCalendar(CalendarProperties properties) {
        return new DutchWorkingDayCalendar(properties.extraNonWorkingDays());
    }

    @Bean
    ComplaintDeadlines complaintDeadlines(WorkingDayCalendar calendar, IntakeProperties properties) {
        return new ComplaintDeadlines(calendar, properties.contactWorkingDays(), properties.handlingTerm());
    }
}
