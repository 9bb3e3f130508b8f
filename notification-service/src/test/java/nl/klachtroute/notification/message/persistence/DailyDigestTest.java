package nl.klachtroute.notification.message.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import nl.klachtroute.events.DeadlineKind;
import nl.klachtroute.events.TaskKind;
import nl.klachtroute.notification.message.DeadlineMail;
import nl.klachtroute.notification.message.DigestEntries;
import nl.klachtroute.notification.message.DigestEntry;
import nl.klachtroute.notification.message.MailContent;
import nl.klachtroute.notification.message.Mailer;
import nl.klachtroute.notification.message.Message;
import nl.klachtroute.notification.message.MessageId;
import nl.klachtroute.notification.message.MessageState;
import nl.klachtroute.notification.message.TaskCreatedMail;
import nl.klachtroute.notification.message.application.DailyDigest;
import nl.klachtroute.notification.message.application.MailSettings;
import nl.klachtroute.notification.message.application.MessageDispatcher;
import nl.klachtroute.notification.message.application.StaffMailSettings;
import nl.klachtroute.notification.message.application.StaffNotices;
import nl.klachtroute.notification.task.Task;
import nl.klachtroute.notification.task.TaskId;
import nl.klachtroute.notification.task.TaskInstructions;
import nl.klachtroute.support.security.StaffDirectory;
import nl.klachtroute.support.testing.EmbeddedMongo;

/**
 * Digest mode for staff e-mail, on the real store with a clock the test moves: one e-mail per person per day
 * at the digest time, listing what, which complaint and by when; recorded before it is sent, never twice
 * (repeated notices, rounds after the digest, a restart, a crash between recording and marking), and waiting
 * while the mail server is down.
 */
class DailyDigestTest {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    static final String INBOX = "http://localhost:8083/inbox";
    static final StaffMailSettings DIGEST_AT_0730 = new StaffMailSettings(StaffMailSettings.Mode.DIGEST,
            LocalTime.of(7, 30), Duration.ofMinutes(1));

    private EmbeddedMongo store;
    private MongoClient client;
    private MongoMessages messages;
    private MongoDigestEntries entries;
    private final MovableClock clock = new MovableClock(at(2026, 5, 20, "10:00"));
    private final FakeMailer mailer = new FakeMailer();
    private final MailSettings mail = new MailSettings("klachtroute@klachtroute.local", INBOX, Duration.ofMillis(500),
            100, Duration.ofMinutes(2), Duration.ofSeconds(5), Duration.ofMinutes(10));

    @BeforeEach
    void setUp() {
        store = new EmbeddedMongo();
        client = MongoClients.create(store.uri());
        MongoTemplate mongo = new MongoTemplate(client, "klachtroute");
        messages = new MongoMessages(mongo);
        entries = new MongoDigestEntries(mongo);
    }

    @AfterEach
    void tearDown() {
        client.close();
        store.close();
    }

    @Test
    void everyoneGetsOneDigestADayAtTheDigestTimeListingWhatWhichComplaintAndByWhen() {
        StaffNotices notices = new StaffNotices(messages, entries, DIGEST_AT_0730);
        notices.tell(newTask("K-2026-000501", "tm.jansen", LocalDate.of(2026, 6, 3)), DigestEntry.Kind.NEW_TASK,
                TaskInstructions.title(TaskKind.HOLD_HEARING_AND_COMPLETE_REPORT), "klacht K-2026-000501",
                LocalDate.of(2026, 6, 3));
        clock.set(at(2026, 5, 20, "15:00"));
        tellReminder(notices, "K-2026-000502", "tm.jansen", LocalDate.of(2026, 5, 21));
        tellReminder(notices, "K-2026-000502", "tm.jansen", LocalDate.of(2026, 5, 21));
        notices.tell(newTask("K-2026-000503", "h.devries", LocalDate.of(2026, 5, 28)), DigestEntry.Kind.NEW_TASK,
                TaskInstructions.title(TaskKind.CONTACT_CITIZEN), "klacht K-2026-000503", LocalDate.of(2026, 5, 28));
        clock.set(at(2026, 5, 21, "07:00"));
        notices.tell(newTask("K-2026-000504", "tm.jansen", null), DigestEntry.Kind.NEW_TASK,
                TaskInstructions.title(TaskKind.JUDGE_RETURNED_REPORT), "klacht K-2026-000504", null);

        assertThat(messages.forComplaint("K-2026-000501")).as("no e-mail of its own in digest mode").isEmpty();
        DailyDigest digest = digest(entries);
        clock.set(at(2026, 5, 21, "07:29"));
        assertThat(digest.recordDue()).as("before 07:30 nothing is due").isZero();
        assertThat(dispatcher().dispatchDue()).isZero();

        clock.set(at(2026, 5, 21, "07:31"));
        assertThat(digest.recordDue()).as("one digest for tm.jansen, one for h.devries").isEqualTo(2);
        notices.tell(newTask("K-2026-000505", "tm.jansen", LocalDate.of(2026, 6, 4)), DigestEntry.Kind.NEW_TASK,
                TaskInstructions.title(TaskKind.CONTACT_CITIZEN), "klacht K-2026-000505", LocalDate.of(2026, 6, 4));
        assertThat(digest.recordDue()).as("a notice after 07:30 waits for tomorrow").isZero();
        assertThat(digest(entries).recordDue()).as("after a restart").isZero();
        assertThat(dispatcher().dispatchDue()).isEqualTo(2);

        assertThat(mailer.to("tm.jansen@klachtroute.local")).singleElement().satisfies(sent -> {
            assertThat(sent.subject()).isEqualTo(
                    "Uw overzicht van Klachtroute voor donderdag 21 mei 2026 (3 berichten)");
            assertThat(sent.body()).startsWith("Beste Tom Jansen,")
                    .contains("Nieuwe taken:\n"
                            + "- Hoorgesprek houden en Rapport van Bevindingen invullen. Voor klacht K-2026-000501. "
                            + "Uiterlijk woensdag 3 juni 2026.\n"
                            + "- Teruggestuurd Rapport van Bevindingen beoordelen. Voor klacht K-2026-000504. "
                            + "Geen uiterste datum.\n")
                    .contains("Termijnen die bijna aflopen:\n- Contact opnemen met de klager. Voor klacht "
                            + "K-2026-000502. Uiterlijk donderdag 21 mei 2026.\n")
                    .contains("In uw takenlijst: " + INBOX).doesNotContain("K-2026-000505").doesNotContain("null");
        });
        assertThat(mailer.to("h.devries@klachtroute.local")).singleElement()
                .satisfies(sent -> assertThat(sent.body()).contains("Voor klacht K-2026-000503."));
        Message recorded = messages.find(MessageId.digest("tm.jansen", LocalDate.of(2026, 5, 21))).orElseThrow();
        assertThat(recorded.state()).isEqualTo(MessageState.SENT);
        assertThat(recorded.content().template()).isEqualTo("staff-digest");
    }

    @Test
    void aCrashBetweenRecordingTheDigestAndMarkingItsNoticesDoesNotSendThemTwiceEvenTheNextDay() {
        StaffNotices notices = new StaffNotices(messages, entries, DIGEST_AT_0730);
        tellReminder(notices, "K-2026-000511", "tm.jansen", LocalDate.of(2026, 5, 22));
        clock.set(at(2026, 5, 21, "07:45"));
        assertThatThrownBy(() -> digest(new CrashingOnMark(entries)).recordDue())
                .isInstanceOf(IllegalStateException.class);
        // The process comes back only the next day, after the digest time, with a new notice waiting.
        clock.set(at(2026, 5, 21, "16:00"));
        tellReminder(notices, "K-2026-000512", "tm.jansen", LocalDate.of(2026, 5, 25));
        clock.set(at(2026, 5, 22, "08:00"));
        assertThat(digest(entries).recordDue()).as("only Friday's digest, with only the new notice").isEqualTo(1);
        clock.set(at(2026, 5, 22, "08:01"));
        dispatcher().dispatchDue();

        List<Sent> sent = mailer.to("tm.jansen@klachtroute.local");
        assertThat(sent).hasSize(2);
        assertThat(sent).filteredOn(m -> m.body().contains("K-2026-000511")).singleElement()
                .satisfies(m -> assertThat(m.subject()).contains("donderdag 21 mei 2026"));
        assertThat(sent).filteredOn(m -> m.body().contains("K-2026-000512")).singleElement()
                .satisfies(m -> assertThat(m.subject()).contains("vrijdag 22 mei 2026"));
    }

    @Test
    void whileTheMailServerIsDownTheDigestWaitsAndGoesOutOnceWhenItIsBack() {
        StaffNotices notices = new StaffNotices(messages, entries, DIGEST_AT_0730);
        tellReminder(notices, "K-2026-000521", "h.devries", LocalDate.of(2026, 5, 22));
        clock.set(at(2026, 5, 21, "07:30"));
        digest(entries).recordDue();
        mailer.down.set(true);

        dispatcher().dispatchDue();
        MessageId id = MessageId.digest("h.devries", LocalDate.of(2026, 5, 21));
        Message waiting = messages.find(id).orElseThrow();
        assertThat(waiting.state()).isEqualTo(MessageState.PENDING);
        assertThat(waiting.snapshot().lastError()).startsWith("smtp-unavailable");

        mailer.down.set(false);
        clock.set(at(2026, 5, 21, "07:31"));
        dispatcher().dispatchDue();
        dispatcher().dispatchDue();
        assertThat(mailer.to("h.devries@klachtroute.local")).hasSize(1);
        assertThat(messages.find(id).orElseThrow().state()).isEqualTo(MessageState.SENT);
    }

    @Test
    void inImmediateModeEveryNoticeIsItsOwnEmailAtOnce() {
        StaffNotices notices = new StaffNotices(messages, entries, bind(Map.of()));
        Message mailAboutTask = newTask("K-2026-000531", "tm.jansen", LocalDate.of(2026, 6, 3));
        notices.tell(mailAboutTask, DigestEntry.Kind.NEW_TASK, "x", "klacht K-2026-000531", null);

        assertThat(messages.find(mailAboutTask.id())).isPresent();
        assertThat(entries.waitingBefore(at(2026, 12, 31, "00:00"))).isEmpty();
    }

    @Test
    void theModeAndTheDigestTimeAreConfigurable() {
        StaffMailSettings defaults = bind(Map.of());
        assertThat(defaults.mode()).isEqualTo(StaffMailSettings.Mode.IMMEDIATE);
        assertThat(defaults.digestTime()).isEqualTo(LocalTime.of(7, 30));

        StaffMailSettings digest = bind(Map.of("klachtroute.notification.staff-mail.mode", "digest",
                "klachtroute.notification.staff-mail.digest-time", "08:15"));
        assertThat(digest.mode()).isEqualTo(StaffMailSettings.Mode.DIGEST);
        assertThat(digest.schedule().cutoff(LocalDate.of(2026, 5, 21))).isEqualTo(at(2026, 5, 21, "08:15"));
    }

    // --- helpers ---------------------------------------------------------------------------------------

    private DailyDigest digest(DigestEntries using) {
        return new DailyDigest(messages, using, StaffDirectory.fictional(), clock, mail, DIGEST_AT_0730);
    }

    private MessageDispatcher dispatcher() {
        return new MessageDispatcher(messages, mailer, StaffDirectory.fictional(), clock, mail);
    }

    private Message newTask(String complaintId, String owner, LocalDate dueOn) {
        TaskKind kind = TaskKind.CONTACT_CITIZEN;
        Task task = Task.create(TaskId.causedBy(UUID.nameUUIDFromBytes(complaintId.getBytes()), kind, owner),
                complaintId, kind, owner, dueOn, clock.instant()).task();
        MailContent content = TaskCreatedMail.render(task, null, INBOX);
        return Message.emailToTaskOwner(task, content, UUID.randomUUID(), UUID.randomUUID(), clock.instant());
    }

    private void tellReminder(StaffNotices notices, String complaintId, String owner, LocalDate deadline) {
        UUID event = UUID.nameUUIDFromBytes(("reminder" + complaintId).getBytes());
        MailContent content = DeadlineMail.dueSoon(DeadlineKind.CONTACT, complaintId, deadline, null, INBOX);
        notices.tell(Message.emailToStaff(event.toString(), complaintId, null, owner, content, event, event,
                clock.instant()), DigestEntry.Kind.DUE_SOON, TaskInstructions.deadlineWork(DeadlineKind.CONTACT),
                "klacht " + complaintId, deadline);
    }

    static StaffMailSettings bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("klachtroute.notification.staff-mail", StaffMailSettings.class);
    }

    static Instant at(int year, int month, int day, String amsterdamTime) {
        return LocalDateTime.of(LocalDate.of(year, month, day), LocalTime.parse(amsterdamTime)).atZone(AMSTERDAM)
                .toInstant();
    }

    record Sent(String address, String subject, String body) {
    }

    static final class FakeMailer implements Mailer {

        final List<Sent> sent = new CopyOnWriteArrayList<>();
        final AtomicBoolean down = new AtomicBoolean();

        @Override
        public void send(MessageId messageId, String address, MailContent content) {
            if (down.get()) {
                throw new DeliveryFailed("smtp-unavailable: ConnectException", false, null);
            }
            sent.add(new Sent(address, content.subject(), content.body()));
        }

        List<Sent> to(String address) {
            return sent.stream().filter(s -> s.address().equals(address)).toList();
        }
    }

    /** The process stops right after the digest was recorded, before its notices are marked. */
    record CrashingOnMark(DigestEntries delegate) implements DigestEntries {

        @Override
        public boolean add(DigestEntry entry) {
            return delegate.add(entry);
        }

        @Override
        public List<DigestEntry> waitingBefore(Instant cutoff) {
            return delegate.waitingBefore(cutoff);
        }

        @Override
        public void listedIn(Collection<String> entryIds, MessageId digestId) {
            throw new IllegalStateException("crash");
        }
    }

    static final class MovableClock extends Clock {

        private volatile Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void set(Instant instant) {
            this.now = instant;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return AMSTERDAM;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }
    }
}
