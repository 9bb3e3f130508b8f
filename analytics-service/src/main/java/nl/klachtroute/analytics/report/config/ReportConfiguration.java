package nl.klachtroute.analytics.report.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.klachtroute.analytics.cube.ComplaintCube;
import nl.klachtroute.analytics.feedback.FeedbackService;
import nl.klachtroute.analytics.kpi.KpiService;
import nl.klachtroute.analytics.report.AnnualPublicationService;
import nl.klachtroute.analytics.report.CouncilReportService;
import nl.klachtroute.analytics.report.QuarterlyTableService;

@Configuration(proxyBeanMethods = false)
public class ReportConfiguration {

    @Bean
    AnnualPublicationService annualPublicationService(KpiService kpis) {
        return new AnnualPublicationService(kpis);
    }

    @Bean
    CouncilReportService councilReportService(KpiService kpis, FeedbackService feedback) {
        return new CouncilReportService(kpis, feedback);
    }

    @Bean
    QuarterlyTableService quarterlyTableService(ComplaintCube cube) {
        return new QuarterlyTableService(cube);
    }
}
