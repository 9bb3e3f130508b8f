package nl.klachtroute.notification.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import nl.klachtroute.events.EventEnvelope;
import nl.klachtroute.events.Judgement;
import nl.klachtroute.events.NotHandlingGround;
import nl.klachtroute.events.RecipientKind;
import nl.klachtroute.events.complaint.ComplaintAcknowledged;
import nl.klachtroute.notification.complaint.ComplaintFile;
import nl.klachtroute.notification.complaint.ComplaintFiles;
import nl.klachtroute.notification.feedback.InMemoryFeedbackInvitations;
import nl.klachtroute.notification.feedback.application.FeedbackLinks;
import nl.klachtroute.notification.feedback.application.FeedbackService;
import nl.klachtroute.notification.feedback.application.FeedbackSettings;
import nl.klachtroute.notification.letter.application.LetterService;
import nl.klachtroute.notification.message.CitizenContacts;
import nl.klachtroute.notification.message.MailContent;
import nl.klachtroute.notification.message.Message;
import nl.klachtroute.notification.message.MessageId;
import nl.klachtroute.notification.message.Messages;
import nl.klachtroute.support.security.StaffDirectory;

/**
 * Every letter rendered for a fictional complaint through the service that writes them: recognisable for
 * what it is, the mandatory passages present, no placeholder left, no personal data recorded.
 */
class LettersTest {

    static final String COMPLAINT = "K-2026-000777";
    static final String CITIZEN = "Fenna Fictief";
    static final Map<LetterKind, MailContent> RECORDED = new EnumMap<>(LetterKind.class);
    static final Map<LetterKind, MailContent> SENT = new EnumMap<>(LetterKind.class);
    static final FeedbackSettings SETTINGS = new FeedbackSettings("fictional-test-key", "https://klacht.example/feedback",
            Duration.ofDays(14), 20, 600);
    static final FeedbackLinks LINKS = new FeedbackLinks(SETTINGS);

    @BeforeAll
    static void writeEveryLetter() {
        List<Message> recorded = new ArrayList<>();
        CitizenContacts intake = new CitizenContacts() {
            @Override
            public java.util.Optional<Contact> forComplaint(String complaintId) {
                return java.util.Optional.of(new Contact(CITIZEN, "fenna.fictief@example.org"));
            }

            @Override
            public List<String> employeesConcerned(String complaintId) {
                return List.of("mw.bakker");
            }
        };
        Clock clock = Clock.fixed(Instant.parse("2026-05-21T08:00:00Z"), ZoneOffset.UTC);
        LetterService letters = new LetterService(recording(recorded), new FixedFile(), StaffDirectory.fictional(),
                intake, new FeedbackService(new InMemoryFeedbackInvitations(), LINKS, SETTINGS, clock), clock);
        letters.acknowledged(cause(), LocalDate.of(2026, 5, 21));
        letters.missingDetailsRequested(cause(), List.of("address", "description"));
        letters.hearingInvited(cause(), "tm.jansen");
        letters.postponed(cause(), LocalDate.of(2026, 7, 2), LocalDate.of(2026, 7, 30), 4, false);
        letters.notHandled(cause(), NotHandlingGround.OLDER_THAN_ONE_YEAR, LocalDate.of(2026, 6, 1));
        letters.closed(cause(), Judgement.DEELS_GEGROND, 2, LocalDate.of(2026, 5, 6), LocalDate.of(2027, 5, 6));
        letters.referredToOmbudsman(cause(), LocalDate.of(2026, 8, 3));
        for (Message message : recorded) {
            LetterKind kind = kindOf(message.content().template());
            RECORDED.put(kind, message.content());
            SENT.put(kind, LINKS.fillIn(LetterTemplates.personalise(message.content(), CITIZEN), message.causationId()));
            assertThat(message.recipientKind()).isEqualTo(kind == LetterKind.EMPLOYEE_POSTPONEMENT_NOTICE
                    ? RecipientKind.EMPLOYEE : RecipientKind.CITIZEN);
        }
    }

    @ParameterizedTest
    @EnumSource(LetterKind.class)
    void everyLetterIsCompleteVersionedAndSaysWhatItIs(LetterKind kind) {
        MailContent sent = SENT.get(kind);

        assertThat(sent).as("letter %s was written", kind).isNotNull();
        assertThat(sent.template()).isEqualTo(kind.template());
        assertThat(sent.templateVersion()).isEqualTo(kind.version());
        assertThat(sent.subject()).isEqualTo(kind.subject() + " (klacht " + COMPLAINT + ")");
        for (String text : List.of(sent.body(), sent.html())) {
            assertThat(text).doesNotContain("{{").doesNotContain("}}").doesNotContain("null")
                    .contains(COMPLAINT).contains("Beste Fenna Fictief,").contains(kind.subject())
                    .contains("Klachtenteam Sociaal");
        }
        assertThat(sent.html()).contains("<html lang=\"nl\">").contains("font-family: Arial").contains("12pt");
        assertThat(sent.body()).doesNotContain("<").doesNotContain("&amp;");
    }

    @Test
    void theAcknowledgementNamesTheHandlerAsTheSinglePointOfContact() {
        assertThat(SENT.get(LetterKind.ACKNOWLEDGEMENT).body()).contains("Dit is een ontvangstbevestiging.")
                .contains("Op donderdag 21 mei 2026 hebben wij uw klacht ontvangen.")
                .contains("Uw klacht wordt behandeld door Hanna de Vries. Dat is uw vaste contactpersoon.")
                .contains("Uiterlijk op donderdag 28 mei 2026 neemt Hanna de Vries contact met u op.")
                .contains("uiterlijk op donderdag 2 juli 2026 een brief met de uitkomst");
    }

    @Test
    void theInvitationSaysItIsOneAndCarriesThePassageAgreedWithTheClientsCouncil() {
        assertThat(SENT.get(LetterKind.HEARING_INVITATION).body()).contains("Dit is een uitnodiging.")
                .contains("U praat met Tom Jansen.")
                .contains("U mag altijd één of twee personen meenemen naar het gesprek om mee te luisteren en "
                        + "vragen te stellen. Dat mag iemand zijn die u goed kent maar kan ook een medewerker van "
                        + "cliëntondersteuning zijn. Deze hulp is gratis. Bel hiervoor het WMO loket 08 00 – 06 43 "
                        + "(gratis). Of kijk op de website: www.deondersteunersvanamsterdam.nl.");
    }

    @ParameterizedTest
    @EnumSource(value = LetterKind.class, names = { "OUTCOME", "NOT_HANDLING_NOTICE" })
    void lettersThatEndTheHandlingCarryTheOmbudsmanBlockWithTheOneYearTerm(LetterKind kind) {
        String expectedEnd = kind == LetterKind.OUTCOME ? "donderdag 6 mei 2027" : "dinsdag 1 juni 2027";
        assertThat(SENT.get(kind).body()).contains("Ombudsman Metropool Amsterdam")
                .contains("Dat kan tot één jaar na de datum van deze brief.")
                .contains("uiterlijk op " + expectedEnd + " om hulp vragen")
                .contains("www.ombudsmanmetropool.nl");
    }

    @Test
    void theOutcomeAsSentInvitesToTheSatisfactionCheckWithAPersonalLinkThatTheRecordedLetterDoesNotHold() {
        String sent = SENT.get(LetterKind.OUTCOME).body();
        String recorded = RECORDED.get(LetterKind.OUTCOME).body() + RECORDED.get(LetterKind.OUTCOME).html();

        assertThat(sent).contains("Wat vond u ervan?").contains("tot en met donderdag 4 juni 2026")
                .containsPattern("https://klacht\\.example/feedback/[A-Za-z0-9_-]{43}\\s")
                .contains("dat u naar de ombudsman wilt");
        assertThat(SENT.get(LetterKind.OUTCOME).html()).containsPattern("<a href=\"https://klacht\\.example/feedback/"
                + "[A-Za-z0-9_-]{43}\">");
        assertThat(recorded).doesNotContain("klacht.example").contains(FeedbackLinks.PLACEHOLDER);
    }

    @Test
    void aCitizenWhoAskedForNoFurtherContactGetsNoMoreLetters() {
        List<Message> recorded = new ArrayList<>();
        FixedFile file = new FixedFile();
        Clock clock = Clock.fixed(Instant.parse("2026-06-01T08:00:00Z"), ZoneOffset.UTC);
        LetterService letters = new LetterService(recording(recorded), file, StaffDirectory.fictional(), null,
                new FeedbackService(new InMemoryFeedbackInvitations(), LINKS, SETTINGS, clock), clock);
        letters.acknowledged(cause(), LocalDate.of(2026, 5, 21));
        assertThat(recorded).hasSize(1);

        file.noFurtherContact(COMPLAINT, "F-1", LocalDate.of(2026, 6, 1));
        letters.hearingInvited(cause(), "tm.jansen");
        letters.referredToOmbudsman(cause(), LocalDate.of(2026, 6, 2));
        assertThat(recorded).as("only the letter from before the citizen opted out").hasSize(1);

        file.contactResumed(COMPLAINT, "F-1");
        letters.referredToOmbudsman(cause(), LocalDate.of(2026, 6, 3));
        assertThat(recorded).as("the citizen asked to hear again").hasSize(2);
    }

    @Test
    void theOutcomeGivesTheJudgementInPlainWords() {
        assertThat(SENT.get(LetterKind.OUTCOME).body()).contains("Uw klacht is deels gegrond.")
                .contains("Wij gaan 2 dingen verbeteren");
        assertThat(SENT.get(LetterKind.MISSING_DETAILS_REQUEST).body())
                .contains("uw adres, een beschrijving van wat er is gebeurd.");
        assertThat(SENT.get(LetterKind.POSTPONEMENT_NOTICE).body()).contains("4 weken")
                .contains("uiterlijk op donderdag 30 juli 2026");
    }

    @Test
    void theRecordedLetterHoldsNoNameOfTheCitizenOnlyTheSlotForTheSalutation() {
        assertThat(RECORDED.values()).allSatisfy(letter -> {
            assertThat(letter.body()).contains(LetterTemplates.SALUTATION).doesNotContain(CITIZEN);
            assertThat(letter.html()).contains(LetterTemplates.SALUTATION).doesNotContain(CITIZEN);
        });
        assertThat(LetterTemplates.personalise(RECORDED.get(LetterKind.OUTCOME), "<b>X</b>").html())
                .as("names are escaped").contains("Beste &lt;b&gt;X&lt;/b&gt;,");
    }

    @Test
    void aMissingValueIsAnErrorNeverAGapInTheLetter() {
        assertThatThrownBy(() -> LetterTemplates.render(LetterKind.OUTCOME, COMPLAINT, Map.of("behandelaar", "x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("{{oordeel}}");
    }

    static EventEnvelope cause() {
        return EventEnvelope.first(COMPLAINT, new ComplaintAcknowledged(LocalDate.of(2026, 5, 21)),
                "complaint-intake", Instant.parse("2026-05-21T08:00:00Z"), UUID.randomUUID());
    }

    static LetterKind kindOf(String template) {
        for (LetterKind kind : LetterKind.values()) {
            if (kind.template().equals(template)) {
                return kind;
            }
        }
        throw new IllegalArgumentException(template);
    }

    static Messages recording(List<Message> recorded) {
        return new Messages() {
            @Override
            public boolean add(Message message) {
                return recorded.add(message);
            }

            @Override
            public Optional<Message> find(MessageId id) {
                return Optional.empty();
            }

            @Override
            public void update(Message message, List<EventEnvelope> events) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Optional<Message> claimNextDue(Instant now, Duration lease, String dispatcher) {
                return Optional.empty();
            }

            @Override
            public List<Message> forComplaint(String complaintId) {
                return List.copyOf(recorded);
            }
        };
    }

    /** The read model of a fictional complaint handled by the fictional handler Hanna de Vries. */
    static final class FixedFile implements ComplaintFiles {

        @Override
        public Optional<ComplaintFile> find(String complaintId) {
            return Optional.of(new ComplaintFile(complaintId, LocalDate.of(2026, 5, 21), LocalDate.of(2026, 5, 28),
                    LocalDate.of(2026, 7, 2), "h.devries", "tm.jansen", LocalDate.of(2026, 6, 11), null,
                    noContactSince));
        }

        private LocalDate noContactSince;

        @Override
        public void noFurtherContact(String complaintId, String feedbackId, LocalDate since) {
            noContactSince = since;
        }

        @Override
        public void contactResumed(String complaintId, String feedbackId) {
            noContactSince = null;
        }

        @Override
        public ComplaintFile registered(String complaintId, LocalDate receivedOn, LocalDate contactDeadline,
                LocalDate handlingDeadline) {
            return get(complaintId);
        }

        @Override
        public void handlerAssigned(String complaintId, String handlerId) {
        }

        @Override
        public void handlingDeadlineMoved(String complaintId, LocalDate handlingDeadline) {
        }

        @Override
        public void teammanagerAssigned(String complaintId, String teammanagerId, LocalDate reportDueOn) {
        }

        @Override
        public void anonymised(String complaintId, LocalDate anonymisedOn) {
        }
    }
}
