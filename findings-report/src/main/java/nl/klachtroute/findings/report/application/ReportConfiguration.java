package nl.klachtroute.findings.report.application;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.klachtroute.findings.report.WorkingDays;
import nl.klachtroute.support.pseudonym.Pseudonymizer;
import nl.klachtroute.support.security.StaffDirectory;

/** The report feature's rules as beans, so tests and issue 4 can replace one without touching the rest. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FindingsProperties.class)
class ReportConfiguration {

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
}
