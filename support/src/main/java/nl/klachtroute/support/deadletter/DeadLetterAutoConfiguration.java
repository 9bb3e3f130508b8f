package nl.klachtroute.support.deadletter;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoOperations;

import io.micrometer.core.instrument.MeterRegistry;
import nl.klachtroute.support.inbox.InboxAutoConfiguration;
import nl.klachtroute.support.security.CurrentStaff;
import nl.klachtroute.support.security.SecurityAutoConfiguration;

/**
 * The dead-letter admin of every service: {@code /api/dead-letters} (admin only) lists the records this
 * service's consumers gave up on, replays one or discards it with a reason, each decision on the record.
 * The topics are the {@code dlq-name}s of the service's Kafka bindings, unless
 * {@code klachtroute.dead-letters.topics} names them; {@code klachtroute.dead-letters.enabled=false} turns it off.
 */
@AutoConfiguration(after = { InboxAutoConfiguration.class, SecurityAutoConfiguration.class })
@ConditionalOnWebApplication
@ConditionalOnProperty(prefix = "klachtroute.dead-letters", name = "enabled", matchIfMissing = true)
public class DeadLetterAutoConfiguration {

    private static final Pattern DLQ_NAME = Pattern
            .compile("spring\\.cloud\\.stream\\.kafka\\.bindings\\.[^.]+\\.consumer\\.dlq-?[nN]ame");

    @Bean
    DeadLetters deadLetters(Environment environment, MeterRegistry meters) {
        return new KafkaDeadLetters(environment.getProperty("spring.kafka.bootstrap-servers", "localhost:9092"),
                environment.getProperty("spring.application.name", "klachtroute"), topics(environment), meters);
    }

    @Bean
    DeadLetterDecisions deadLetterDecisions(MongoOperations mongo) {
        return new MongoDeadLetterDecisions(mongo);
    }

    @Bean
    DeadLetterController deadLetterController(DeadLetters deadLetters, DeadLetterDecisions decisions,
            CurrentStaff currentStaff, Clock clock) {
        return new DeadLetterController(deadLetters, decisions, currentStaff, clock);
    }

    /** The dead-letter topics: named in {@code klachtroute.dead-letters.topics}, else those of the bindings. */
    static List<String> topics(Environment environment) {
        String named = environment.getProperty("klachtroute.dead-letters.topics");
        if (named != null && !named.isBlank()) {
            return Arrays.stream(named.split(",")).map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
        }
        TreeSet<String> found = new TreeSet<>();
        if (environment instanceof ConfigurableEnvironment configurable) {
            configurable.getPropertySources().stream().filter(EnumerablePropertySource.class::isInstance)
                    .flatMap(source -> Arrays.stream(((EnumerablePropertySource<?>) source).getPropertyNames()))
                    .filter(name -> DLQ_NAME.matcher(name).matches())
                    .map(environment::getProperty).filter(t -> t != null && !t.isBlank()).forEach(found::add);
        }
        return new ArrayList<>(found);
    }
}
