package nl.klachtroute.notification.message.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import nl.klachtroute.events.TaskKind;
import nl.klachtroute.notification.message.MailContent;
import nl.klachtroute.notification.message.Mailer;
import nl.klachtroute.notification.message.Message;
import nl.klachtroute.notification.message.MessageId;
import nl.klachtroute.notification.message.MessageState;
import nl.klachtroute.notification.message.RetryPolicy;
import nl.klachtroute.notification.message.TaskCreatedMail;
import nl.klachtroute.notification.message.application.MailSettings;
import nl.klachtroute.notification.message.application.MessageDispatcher;
import nl.klachtroute.notification.task.Task;
import nl.klachtroute.notification.task.TaskId;
import nl.klachtroute.support.security.StaffDirectory;
import nl.klachtroute.support.testing.EmbeddedMongo;

/** The claim that lets several dispatchers (instances) share the work without sending a message twice. */
class MongoMessagesTest {

    static final Instant NOW = Instant.parse("2026-05-21T08:00:00Z");
    static final Duration LEASE = Duration.ofMinutes(2);

    private EmbeddedMongo store;
    private MongoClient client;
    private MongoMessages messages;
    private MongoTemplate template;

    @BeforeEach
    void setUp() {
        store = new EmbeddedMongo();
        client = MongoClients.create(store.uri());
        template = new MongoTemplate(client, "klachtroute");
        messages = new MongoMessages(template);
    }

    @AfterEach
    void tearDown() {
        client.close();
        store.close();
    }

    @Test
    void twoDispatchersRacingSendEveryMessageExactlyOnce() throws Exception {
        for (int i = 0; i < 30; i++) {
            messages.add(pendingMailFor("K-2026-0004" + String.format("%02d", i)));
        }
        Map<MessageId, AtomicInteger> sends = new ConcurrentHashMap<>();
        Mailer countingMailer = (id, address, content) -> sends.computeIfAbsent(id, x -> new AtomicInteger())
                .incrementAndGet();
        MessageDispatcher first = dispatcher(countingMailer);
        MessageDispatcher second = dispatcher(countingMailer);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> rounds = pool.invokeAll(List.<Callable<Integer>>of(first::dispatchDue,
                    second::dispatchDue));
            int handled = rounds.get(0).get(30, TimeUnit.SECONDS) + rounds.get(1).get(30, TimeUnit.SECONDS);
            assertThat(handled).isEqualTo(30);
        } finally {
            pool.shutdownNow();
        }

        assertThat(sends).hasSize(30);
        assertThat(sends.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
        assertThat(messages.forComplaint("K-2026-000400")).singleElement()
                .satisfies(m -> assertThat(m.state()).isEqualTo(MessageState.SENT));
    }

    @Test
    void aClaimedMessageIsLeftAloneUntilItsLeaseRunsOut() {
        Message pending = pendingMailFor("K-2026-000450");
        messages.add(pending);

        assertThat(messages.claimNextDue(NOW, LEASE, "dispatcher-a")).isPresent();
        assertThat(messages.claimNextDue(NOW.plusSeconds(60), LEASE, "dispatcher-b"))
                .as("still reserved for dispatcher-a").isEmpty();

        Message takenOver = messages.claimNextDue(NOW.plus(LEASE).plusSeconds(1), LEASE, "dispatcher-b")
                .orElseThrow();
        assertThat(takenOver.isClaimedBy("dispatcher-b")).isTrue();
        assertThat(takenOver.attempts()).isEqualTo(2);
        assertThat(messages.find(pending.id()).orElseThrow().isClaimedBy("dispatcher-a"))
                .as("dispatcher-a can no longer record an outcome").isFalse();
    }

    @Test
    void aMessageWaitingForItsNextAttemptIsNotClaimedEarly() {
        Message message = pendingMailFor("K-2026-000460");
        messages.add(message);
        Message claimed = messages.claimNextDue(NOW, LEASE, "dispatcher-a").orElseThrow();
        claimed.attemptFailed(NOW, "smtp-unavailable: ConnectException",
                new RetryPolicy(Duration.ofSeconds(5), Duration.ofMinutes(1)));
        messages.update(claimed, List.of());

        assertThat(messages.claimNextDue(NOW.plusSeconds(4), LEASE, "dispatcher-a")).isEmpty();
        assertThat(messages.claimNextDue(NOW.plusSeconds(5), LEASE, "dispatcher-a")).isPresent();
    }

    @Test
    void aMessageRecordedAfterASearchIsFoundByItsPointerAndLeavesNoPointerOnceSent() {
        assertThat(messages.claimNextDue(NOW, LEASE, "dispatcher-a")).as("nothing due yet").isEmpty();
        Message later = pendingMailFor("K-2026-000480");
        messages.add(later);

        Message claimed = messages.claimNextDue(NOW.plusSeconds(10), LEASE, "dispatcher-a").orElseThrow();
        assertThat(claimed.id()).isEqualTo(later.id());
        claimed.sent(NOW.plusSeconds(11));
        messages.update(claimed, List.of());

        assertThat(template.getCollection(MongoMessages.DUE).countDocuments()).isZero();
        assertThat(messages.claimNextDue(NOW.plusSeconds(20), LEASE, "dispatcher-a")).isEmpty();
    }

    @Test
    void aMessageWhosePointerWasLostIsStillSentAfterTheNextFullSearch() {
        assertThat(messages.claimNextDue(NOW, LEASE, "dispatcher-a")).isEmpty();
        Message lost = pendingMailFor("K-2026-000490");
        messages.add(lost);
        template.getCollection(MongoMessages.DUE).drop(); // as if the service stopped between the two writes

        assertThat(messages.claimNextDue(NOW.plusSeconds(10), LEASE, "dispatcher-a")).isEmpty();
        assertThat(messages.claimNextDue(NOW.plus(MongoMessages.FULL_SEARCH_INTERVAL), LEASE, "dispatcher-a"))
                .hasValueSatisfying(m -> assertThat(m.id()).isEqualTo(lost.id()));
    }

    @Test
    void recordingTheSameMessageTwiceKeepsTheFirst() {
        Message message = pendingMailFor("K-2026-000470");

        assertThat(messages.add(message)).isTrue();
        assertThat(messages.add(message)).isFalse();
        assertThat(messages.forComplaint("K-2026-000470")).hasSize(1);
    }

    private static Message pendingMailFor(String complaintId) {
        Task task = Task.create(TaskId.causedBy(UUID.randomUUID(), TaskKind.HOLD_HEARING_AND_COMPLETE_REPORT,
                "tm.jansen"), complaintId, TaskKind.HOLD_HEARING_AND_COMPLETE_REPORT, "tm.jansen",
                LocalDate.of(2026, 6, 10), NOW).task();
        MailContent content = TaskCreatedMail.render(task, "Tom Jansen", "http://localhost:8083/inbox");
        return Message.emailToTaskOwner(task, content, UUID.randomUUID(), UUID.randomUUID(), NOW);
    }

    private MessageDispatcher dispatcher(Mailer mailer) {
        MailSettings settings = new MailSettings("klachtroute@klachtroute.local", "http://localhost:8083/inbox",
                Duration.ofMillis(500), 100, LEASE, Duration.ofSeconds(5), Duration.ofMinutes(10));
        return new MessageDispatcher(messages, mailer, StaffDirectory.fictional(),
                Clock.fixed(NOW, ZoneOffset.UTC), settings);
    }
}
