package nl.klachtroute.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.klachtroute.events.complaint.ComplaintRegistered;
import nl.klachtroute.events.fixtures.EventFixtures;

class EventContractTest {

    private final EventCodec codec = new EventCodec();

    static Stream<DomainEvent> everyEvent() {
        return EventFixtures.oneOfEach().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyEvent")
    void everyEventSerialisesToJsonThatValidatesAgainstItsSchemaAndReadsBackEqual(DomainEvent payload) {
        EventEnvelope event = EventFixtures.envelope(payload, producerOf(payload));

        String json = codec.encode(event);

        assertThat(EventSchemas.violations(EventCatalog.of(payload), json)).isEmpty();
        assertThat(codec.decode(json)).isEqualTo(event);
    }

    @Test
    void everyCatalogueTypeHasAFixtureAndASchema() {
        Set<String> fixtures = EventFixtures.oneOfEach().stream().map(DomainEvent::typeName).collect(Collectors.toSet());
        assertThat(EventCatalog.all()).allSatisfy(type -> {
            assertThat(fixtures).contains(type.name());
            assertThat(EventSchemas.class.getResource(type.schemaResource())).isNotNull();
        });
    }

    @Test
    void schemaRejectsPersonalDataSmuggledIntoAPayload() {
        String json = codec.encode(EventFixtures.envelope(EventFixtures.bejegeningRegistered(), "complaint-intake"))
                .replace("\"channel\":", "\"complainantName\":\"Jan Fictief\",\"channel\":");

        assertThat(EventSchemas.violations(EventCatalog.byName("ComplaintRegistered").orElseThrow(), json))
                .anySatisfy(v -> assertThat(v).contains("complainantName"));
    }

    @Test
    void schemaRejectsAnUnknownCategory() {
        String json = codec.encode(EventFixtures.envelope(EventFixtures.bejegeningRegistered(), "complaint-intake"))
                .replace("\"category\":\"BEJEGENING\"", "\"category\":\"RELIGION\"");

        assertThat(EventSchemas.violations(EventCatalog.byName("ComplaintRegistered").orElseThrow(), json))
                .anySatisfy(v -> assertThat(v).contains("category"));
    }

    @Test
    void envelopeCarriesTypeVersionAndCausation() {
        EventEnvelope registered = EventFixtures.envelope(EventFixtures.bejegeningRegistered(), "complaint-intake");
        EventEnvelope next = registered.causes(new nl.klachtroute.events.complaint.ComplaintAcknowledged(
                EventFixtures.RECEIVED), "complaint-intake", registered.occurredAt());

        assertThat(registered.type()).isEqualTo("ComplaintRegistered");
        assertThat(registered.schemaVersion()).isEqualTo(1);
        assertThat(registered.topic()).isEqualTo(Topics.COMPLAINT);
        assertThat(next.causationId()).isEqualTo(registered.eventId());
        assertThat(next.correlationId()).isEqualTo(registered.correlationId());
        assertThat(next.complaintId()).isEqualTo(registered.complaintId());
    }

    @Test
    void consumersIgnoreFieldsAddedByANewerProducer() {
        String json = codec.encode(EventFixtures.envelope(EventFixtures.bejegeningRegistered(), "complaint-intake"))
                .replace("\"channel\":", "\"addedLater\":42,\"channel\":");

        assertThat(codec.decode(json).payload()).isInstanceOf(ComplaintRegistered.class);
    }

    @Test
    void unknownTypesAndGarbageAreToldApart() {
        String unknown = codec.encode(EventFixtures.envelope(EventFixtures.bejegeningRegistered(), "complaint-intake"))
                .replace("\"type\":\"ComplaintRegistered\"", "\"type\":\"SomethingNew\"");

        assertThatThrownBy(() -> codec.decode(unknown)).isInstanceOf(EventCodec.UnknownEventTypeException.class);
        assertThatThrownBy(() -> codec.decode("{not json")).isInstanceOf(EventCodec.MalformedEventException.class);
        assertThatThrownBy(() -> codec.decode("{\"type\":\"ComplaintRegistered\",\"payload\":{\"channel\":\"FAX\"}}"))
                .isInstanceOf(EventCodec.MalformedEventException.class);
    }

    private static String producerOf(DomainEvent payload) {
        return switch (EventCatalog.of(payload).topic()) {
            case Topics.COMPLAINT -> "complaint-intake";
            case Topics.FINDINGS -> "findings-report";
            case Topics.NOTIFICATION -> "notification-service";
            default -> "analytics-service";
        };
    }
}
