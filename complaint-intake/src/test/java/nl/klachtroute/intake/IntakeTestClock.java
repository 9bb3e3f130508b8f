package nl.klachtroute.intake;

import java.time.Clock;
import java.time.ZoneOffset;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The fixed clock of {@link IntakeTestContext}. A top-level class: nested in the test class, Spring would also
 * find it as a default configuration class (and Spring Framework 7.1 will start to use such classes).
 */
@TestConfiguration(proxyBeanMethods = false)
class IntakeTestClock {

    @Bean
    Clock clock() {
        return Clock.fixed(IntakeTestContext.NOW, ZoneOffset.UTC);
    }
}
