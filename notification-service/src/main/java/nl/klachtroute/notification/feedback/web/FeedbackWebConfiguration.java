package nl.klachtroute.notification.feedback.web;

import java.time.Clock;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import io.micrometer.core.instrument.MeterRegistry;
import nl.klachtroute.notification.feedback.application.FeedbackSettings;

/** The public feedback page's rate limit, in front of everything else on its path. */
@Configuration(proxyBeanMethods = false)
class FeedbackWebConfiguration {

    @Bean
    FilterRegistrationBean<FeedbackRateLimit> feedbackRateLimit(FeedbackSettings settings, Clock clock,
            MeterRegistry meters) {
        FilterRegistrationBean<FeedbackRateLimit> registration = new FilterRegistrationBean<>(
                new FeedbackRateLimit(settings.perClientPerMinute(), settings.allPerMinute(), clock, meters));
        registration.addUrlPatterns("/feedback/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
