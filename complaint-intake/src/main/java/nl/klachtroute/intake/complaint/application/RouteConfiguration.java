package nl.klachtroute.intake.complaint.application;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.klachtroute.intake.complaint.ComplaintDeadlines;
import nl.klachtroute.intake.complaint.ComplaintRepository;
import nl.klachtroute.support.schedule.FixedDelaySchedule;

/** The route's own settings, the scheduled deadline scan and the retention job. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ RouteProperties.class, RetentionProperties.class })
class RouteConfiguration {

    @Bean
    DeadlineScan deadlineScan(ComplaintRepository complaints, ComplaintDeadlines deadlines, Clock clock,
            RouteProperties properties, MeterRegistry meters) {
        return new DeadlineScan(complaints, deadlines, clock, properties.reminderLeadWorkingDays(),
                properties.deadlineScan().batchSize(), meters);
    }

    @Bean
    @ConditionalOnProperty(prefix = "klachtroute.route.deadline-scan", name = "enabled", matchIfMissing = true)
    FixedDelaySchedule deadlineScanSchedule(DeadlineScan deadlineScan, RouteProperties properties) {
        return new FixedDelaySchedule("deadline-scan", deadlineScan::run, properties.deadlineScan().initialDelay(),
                properties.deadlineScan().interval());
    }

    @Bean
    RetentionJob retentionJob(ComplaintRepository complaints, Clock clock, RetentionProperties properties) {
        return new RetentionJob(complaints, clock, properties.period(), properties.batchSize());
    }

    @Bean
    @ConditionalOnProperty(prefix = "klachtroute.retention", name = "enabled", matchIfMissing = true)
    FixedDelaySchedule retentionSchedule(RetentionJob retentionJob, RetentionProperties properties) {
        return new FixedDelaySchedule("retention", retentionJob::run, properties.initialDelay(),
                properties.interval());
    }
}
