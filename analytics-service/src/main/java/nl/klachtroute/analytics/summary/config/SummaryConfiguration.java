package nl.klachtroute.analytics.summary.config;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;

import nl.klachtroute.analytics.facts.persistence.FactCollections;
import nl.klachtroute.analytics.summary.FactStatistics;
import nl.klachtroute.analytics.summary.SmallCellPolicy;
import nl.klachtroute.analytics.summary.SummaryService;
import nl.klachtroute.analytics.summary.persistence.MongoFactStatistics;

@Configuration(proxyBeanMethods = false)
public class SummaryConfiguration {

    @Bean
    FactStatistics factStatistics(MongoOperations mongo, FactCollections collections) {
        return new MongoFactStatistics(mongo, collections::active);
    }

    @Bean
    SummaryService summaryService(FactStatistics statistics, SummaryProperties properties, Clock clock) {
        return new SummaryService(statistics, new SmallCellPolicy(properties.smallCellThreshold()), clock,
                properties.zone());
    }
}
