package nl.klachtroute.analytics.signal.config;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;

import nl.klachtroute.analytics.kpi.FactSource;
import nl.klachtroute.analytics.signal.PatternDetectors;
import nl.klachtroute.analytics.signal.SignalStore;
import nl.klachtroute.analytics.signal.application.SignalScan;
import nl.klachtroute.analytics.signal.persistence.MongoSignalStore;
import nl.klachtroute.analytics.summary.config.SummaryProperties;
import nl.klachtroute.support.schedule.FixedDelaySchedule;

/**
 * Pattern signals: the scan, its store (with outbox) and its schedule
 * ({@code klachtroute.analytics.signal-scan.interval}, default hourly, first after a minute).
 */
@Configuration(proxyBeanMethods = false)
public class SignalConfiguration {

    @Bean
    SignalStore signalStore(MongoOperations mongo) {
        return new MongoSignalStore(mongo);
    }

    @Bean
    SignalScan signalScan(FactSource facts, SignalStore signals, SummaryProperties properties, Clock clock) {
        return new SignalScan(facts, signals, new PatternDetectors(properties.smallCellThreshold()), clock,
                properties.zone());
    }

    @Bean
    @ConditionalOnProperty(prefix = "klachtroute.analytics.signal-scan", name = "enabled", matchIfMissing = true)
    FixedDelaySchedule signalScanSchedule(SignalScan scan,
            @Value("${klachtroute.analytics.signal-scan.initial-delay:1m}") Duration initialDelay,
            @Value("${klachtroute.analytics.signal-scan.interval:1h}") Duration interval) {
        return new FixedDelaySchedule("signal-scan", scan::run, initialDelay, interval);
    }
}
