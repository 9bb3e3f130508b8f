package nl.klachtroute.analytics.kpi.config;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;

import nl.klachtroute.analytics.cube.ComplaintCube;
import nl.klachtroute.analytics.facts.persistence.FactCollections;
import nl.klachtroute.analytics.kpi.FactSource;
import nl.klachtroute.analytics.kpi.KpiService;
import nl.klachtroute.analytics.kpi.persistence.MongoFactSource;
import nl.klachtroute.analytics.summary.SmallCellPolicy;
import nl.klachtroute.analytics.summary.config.SummaryProperties;

@Configuration(proxyBeanMethods = false)
public class KpiConfiguration {

    @Bean
    FactSource factSource(MongoOperations mongo, FactCollections collections) {
        return new MongoFactSource(mongo, collections::active);
    }

    @Bean
    KpiService kpiService(ComplaintCube cube, SummaryProperties properties, Clock clock) {
        return new KpiService(cube, new SmallCellPolicy(properties.smallCellThreshold()), clock, properties.zone());
    }
}
