package nl.klachtroute.analytics.summary.config;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.klachtroute.analytics.cube.ComplaintCube;
import nl.klachtroute.analytics.summary.CubeStatistics;
import nl.klachtroute.analytics.summary.FactStatistics;
import nl.klachtroute.analytics.summary.SmallCellPolicy;
import nl.klachtroute.analytics.summary.SummaryService;

@Configuration(proxyBeanMethods = false)
public class SummaryConfiguration {

    @Bean
    FactStatistics factStatistics(ComplaintCube cube) {
        return new CubeStatistics(cube);
    }

    @Bean
    SummaryService summaryService(FactStatistics statistics, SummaryProperties properties, Clock clock) {
        return new SummaryService(statistics, new SmallCellPolicy(properties.smallCellThreshold()), clock,
                properties.zone());
    }
}
