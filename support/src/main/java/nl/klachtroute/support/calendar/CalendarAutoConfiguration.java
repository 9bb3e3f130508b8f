package nl.klachtroute.support.calendar;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * One working-day calendar for every service, so intake's complaint terms and the teammanager's report
 * term count the same days: Jollyday's Netherlands, Good Friday, 5 May and the decree days (Atw art. 3).
 */
@AutoConfiguration
@EnableConfigurationProperties(CalendarProperties.class)
public class CalendarAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    WorkingDayCalendar workingDayCalendar(CalendarProperties properties) {
        return new DutchWorkingDayCalendar(properties.extraNonWorkingDays());
    }
}
