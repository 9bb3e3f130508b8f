package nl.klachtroute.findings.report.application;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.klachtroute.findings.report.WorkingDays;
import nl.klachtroute.support.calendar.WorkingDayCalendar;
import nl.klachtroute.support.schedule.FixedDelaySchedule;
import nl.klachtroute.findings.report.persistence.ReportStore;
import nl.klachtroute.support.pseudonym.Pseudonymizer;
import nl.klachtroute.support.security.StaffDirectory;

/** The report feature's rules as beans, so tests and later issues can replace one without touching the rest. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FindingsProperties.class)
class ReportConfiguration {

    /**
     * The teammanager's term counts the same working days as intake's complaint terms (Algemene
     * termijnenwet art. 3: Dutch holidays, Good Friday, 5 May, decree days), from support's calendar.
     */
    @Bean
    WorkingDays reportWorkingDays(WorkingDayCalendar calendar) {
        return calendar::isWorkingDay;
    }

    @Bean
    ReportAccessPolicy reportAccessPolicy() {
        return new ReportAccessPolicy();
    }

    @Bean
    Assignment reportAssignment(StaffDirectory directory, Pseudonymizer pseudonymizer, FindingsProperties properties) {
        return new Assignment(directory, pseudonymizer, properties.fallbackAssignee());
    }

    @Bean
    DeadlineScan reportDeadlineScan(ReportStore store, WorkingDays workingDays, FindingsProperties properties,
            Clock clock) {
        return new DeadlineScan(store, workingDays, properties, clock);
    }

    @Bean
    @ConditionalOnProperty(prefix = "klachtroute.findings.deadline-scan", name = "enabled", havingValue = "true",
            matchIfMissing = true)
    FixedDelaySchedule reportDeadlineScanSchedule(DeadlineScan scan, FindingsProperties properties) {
        return new FixedDelaySchedule("findings-deadline-scan", scan::run, properties.deadlineScan().initialDelay(),
                properties.deadlineScan().interval());
    }
}
