package nl.klachtroute.findings.report.application;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.klachtroute.findings.report.WorkingDays;
import nl.klachtroute.findings.report.persistence.ReportStore;
import nl.klachtroute.support.pseudonym.Pseudonymizer;
import nl.klachtroute.support.security.StaffDirectory;

/** The report feature's rules as beans, so tests and later issues can replace one without touching the rest. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FindingsProperties.class)
class ReportConfiguration {

    /**
     * The working-day calendar of the teammanager's term. Weekends only for now; the holiday calendar
     * intake uses (Algemene termijnenwet) replaces this one bean, e.g. {@code return calendar::isWorkingDay;}.
     */
    @Bean
    WorkingDays reportWorkingDays() {
        return WorkingDays.weekendsOnly();
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
    DeadlineScanSchedule reportDeadlineScanSchedule(DeadlineScan scan, FindingsProperties properties) {
        return new DeadlineScanSchedule(scan, properties.deadlineScan());
    }
}
