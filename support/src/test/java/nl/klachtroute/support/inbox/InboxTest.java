package nl.klachtroute.support.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import nl.klachtroute.events.EventCodec;
import nl.klachtroute.events.EventEnvelope;
import nl.klachtroute.events.complaint.ComplaintAnonymised;
import nl.klachtroute.events.complaint.ComplaintEvent;
import nl.klachtroute.events.fixtures.EventFixtures;
import nl.klachtroute.support.testing.EmbeddedMongo;

class InboxTest {

    private final EmbeddedMongo store = new EmbeddedMongo();
    private final MongoClient client = MongoClients.create(store.uri());
    private final InboundEvents inbound = new InboundEvents(
            new Inbox(new MongoTemplate(client, "klachtroute"), Clock.systemUTC()));
    private final EventCodec codec = new EventCodec();

    @AfterEach
    void tearDown() {
        client.close();
        store.close();
    }

    @Test
    void eventsRecordedAsABatchAreEachRecognisedAndRecordingThemAgainChangesNothing() {
        Inbox inbox = new Inbox(new MongoTemplate(client, "klachtroute"), Clock.systemUTC());
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID other = UUID.randomUUID();

        inbox.markAllProcessed("analytics-facts@g1", List.of(first, second));
        inbox.markAllProcessed("analytics-facts@g1", List.of(second, first));

        assertThat(inbox.alreadyProcessed("analytics-facts@g1", first)).isTrue();
        assertThat(inbox.alreadyProcessed("analytics-facts@g1", second)).isTrue();
        assertThat(inbox.alreadyProcessed("analytics-facts@g1", other)).isFalse();
        assertThat(inbox.alreadyProcessed("analytics-service", first)).as("per consumer").isFalse();
        assertThat(inbox.processOnce("analytics-facts@g1", first, () -> { })).as("not run again").isFalse();
    }

    @Test
    void aRedeliveredEventHasNoSecondEffect() {
        List<EventEnvelope> effects = new ArrayList<>();
        Consumer<Message<byte[]>> handler = inbound.handler("notification-service", effects::add);
        Message<byte[]> message = message(EventFixtures.envelope(EventFixtures.bejegeningRegistered(), "complaint-intake"));

        handler.accept(message);
        handler.accept(message);

        assertThat(effects).hasSize(1);
    }

    @Test
    void aStoreThatIsAwayForAMomentDelaysTheEventButDoesNotFailIt() {
        AtomicInteger attempts = new AtomicInteger();
        List<EventEnvelope> effects = new ArrayList<>();
        Consumer<Message<byte[]>> handler = inbound.handler("analytics-service", e -> {
            if (attempts.incrementAndGet() <= 2) {
                throw new DataAccessResourceFailureException("Timed out while waiting for a server");
            }
            effects.add(e);
        });

        handler.accept(message(EventFixtures.envelope(EventFixtures.bejegeningRegistered(), "complaint-intake")));

        assertThat(attempts).hasValue(3);
        assertThat(effects).hasSize(1);
    }

    @Test
    void aPoisonEventFailsAtOnceSoTheBinderCanDeadLetterIt() {
        AtomicInteger attempts = new AtomicInteger();
        Consumer<Message<byte[]>> handler = inbound.handler("analytics-service", e -> {
            attempts.incrementAndGet();
            throw new IllegalStateException("cannot project this event");
        });

        assertThatThrownBy(() -> handler.accept(message(EventFixtures.envelope(EventFixtures.bejegeningRegistered(),
                "complaint-intake")))).isInstanceOf(IllegalStateException.class);
        assertThat(attempts).hasValue(1);
    }

    @Test
    void aStoreThatStaysAwayFailsTheEventAfterThePatience() {
        InboundEvents impatient = new InboundEvents(new Inbox(new MongoTemplate(client, "klachtroute"),
                Clock.systemUTC()), Duration.ofMillis(700));
        AtomicInteger attempts = new AtomicInteger();
        Consumer<Message<byte[]>> handler = impatient.handler("analytics-service", e -> {
            attempts.incrementAndGet();
            throw new DataAccessResourceFailureException("Timed out while waiting for a server");
        });

        assertThatThrownBy(() -> handler.accept(message(EventFixtures.envelope(EventFixtures.bejegeningRegistered(),
                "complaint-intake")))).isInstanceOf(DataAccessResourceFailureException.class);
        assertThat(attempts.get()).isBetween(2, 3);
    }

    @Test
    void eachConsumerGroupProcessesTheEventOnce() {
        List<String> effects = new ArrayList<>();
        Message<byte[]> message = message(EventFixtures.envelope(EventFixtures.bejegeningRegistered(), "complaint-intake"));

        inbound.handler("findings-report", e -> effects.add("findings")).accept(message);
        inbound.handler("analytics-service", e -> effects.add("analytics")).accept(message);
        inbound.handler("analytics-service", e -> effects.add("analytics")).accept(message);

        assertThat(effects).containsExactly("findings", "analytics");
    }

    @Test
    void aFailedEffectIsNotRecordedSoTheRedeliveryRunsIt() {
        List<EventEnvelope> effects = new ArrayList<>();
        Message<byte[]> message = message(EventFixtures.envelope(EventFixtures.bejegeningRegistered(), "complaint-intake"));
        try {
            inbound.handler("notification-service", e -> {
                throw new IllegalStateException("SMTP down");
            }).accept(message);
        } catch (IllegalStateException expected) {
            // the binder would retry
        }

        inbound.handler("notification-service", effects::add).accept(message);

        assertThat(effects).hasSize(1);
    }

    @Test
    void anEventOfATypeTheConsumerDoesNotReactToCausesNothingAndLeavesNoMarker() {
        List<EventEnvelope> effects = new ArrayList<>();
        EventEnvelope registered = EventFixtures.envelope(EventFixtures.bejegeningRegistered(), "complaint-intake");
        Inbox inbox = new Inbox(new MongoTemplate(client, "klachtroute"), Clock.systemUTC());

        inbound.handler("findings-report", Set.of(ComplaintAnonymised.class), effects::add).accept(message(registered));
        inbound.handler("analytics-service", Set.of(ComplaintEvent.class), effects::add).accept(message(registered));

        assertThat(effects).as("only the consumer of complaint events reacts").hasSize(1);
        assertThat(inbox.alreadyProcessed("findings-report", registered.eventId())).isFalse();
        assertThat(inbox.alreadyProcessed("analytics-service", registered.eventId())).isTrue();
    }

    @Test
    void eventTypesFromANewerProducerAreSkippedNotFailed() {
        List<EventEnvelope> effects = new ArrayList<>();
        String json = codec.encode(EventFixtures.envelope(EventFixtures.bejegeningRegistered(), "complaint-intake"))
                .replace("\"type\":\"ComplaintRegistered\"", "\"type\":\"ComplaintTeleported\"");

        inbound.handler("analytics-service", effects::add)
                .accept(MessageBuilder.withPayload(json.getBytes(StandardCharsets.UTF_8)).build());

        assertThat(effects).isEmpty();
    }

    private Message<byte[]> message(EventEnvelope event) {
        return MessageBuilder.withPayload(codec.encode(event).getBytes(StandardCharsets.UTF_8)).build();
    }
}
