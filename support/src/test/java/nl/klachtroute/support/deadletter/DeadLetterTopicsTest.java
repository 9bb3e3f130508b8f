package nl.klachtroute.support.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** Which dead-letter topics a service's admin sees, and where a replay sends a record back to. */
class DeadLetterTopicsTest {

    @Test
    void theTopicsAreTheDeadLetterNamesOfTheServicesBindings() {
        StandardEnvironment environment = environment(Map.of(
                "spring.cloud.stream.kafka.bindings.onComplaintEvent-in-0.consumer.dlq-name",
                "klachtroute.complaint.v1.findings-report.dlq",
                "spring.cloud.stream.kafka.bindings.onFindingsEvent-in-0.consumer.dlq-name",
                "klachtroute.findings.v1.findings-report.dlq",
                "spring.cloud.stream.kafka.bindings.onFindingsEvent-in-0.consumer.enable-dlq", "true"));

        assertThat(DeadLetterAutoConfiguration.topics(environment)).containsExactly(
                "klachtroute.complaint.v1.findings-report.dlq", "klachtroute.findings.v1.findings-report.dlq");
    }

    @Test
    void anOperatorCanNameTheTopicsThemselves() {
        StandardEnvironment environment = environment(Map.of(
                "spring.cloud.stream.kafka.bindings.onComplaintEvent-in-0.consumer.dlq-name", "ignored.dlq",
                "klachtroute.dead-letters.topics", " a.v1.x.dlq, b.v1.x.dlq ,a.v1.x.dlq"));

        assertThat(DeadLetterAutoConfiguration.topics(environment)).containsExactly("a.v1.x.dlq", "b.v1.x.dlq");
    }

    @Test
    void aReplayGoesToTheTopicTheBinderRecordedElseToTheOneInTheName() {
        assertThat(KafkaDeadLetters.originalTopic("klachtroute.complaint.v1.analytics-service.dlq", null))
                .isEqualTo("klachtroute.complaint.v1");
        assertThat(KafkaDeadLetters.originalTopic("klachtroute.complaint.v1.analytics-service.dlq",
                "klachtroute.complaint.v1")).isEqualTo("klachtroute.complaint.v1");
        assertThat(KafkaDeadLetters.originalTopic("not-a-dead-letter-topic", "")).isNull();
    }

    private static StandardEnvironment environment(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        return environment;
    }
}
