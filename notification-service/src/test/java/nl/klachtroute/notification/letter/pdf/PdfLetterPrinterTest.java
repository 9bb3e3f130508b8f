package nl.klachtroute.notification.letter.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import nl.klachtroute.notification.letter.LetterKind;
import nl.klachtroute.notification.letter.LetterTemplates;
import nl.klachtroute.notification.letter.PrintableLetter;

/**
 * Every letter as PDF for post, read back with PDFBox: A4, the municipality's header and the address for the
 * window envelope, and the same text as the e-mail, the mandatory passages included.
 */
class PdfLetterPrinterTest {

    static final String COMPLAINT = "K-2026-000777";
    static final Map<String, String> FACTS = Stream.of(new String[][] {
            { "behandelaar", "Hanna de Vries" }, { "ontvangen", "donderdag 21 mei 2026" },
            { "contacttermijn", "donderdag 28 mei 2026" }, { "afhandeltermijn", "donderdag 2 juli 2026" },
            { "ontbrekend", "uw adres." }, { "gespreksleider", "Tom Jansen" },
            { "oude-termijn", "donderdag 2 juli 2026" }, { "nieuwe-termijn", "donderdag 30 juli 2026" },
            { "weken", "4" }, { "reden", "Wat u beschrijft, is langer dan een jaar geleden gebeurd." },
            { "ombudsman-termijn", "donderdag 6 mei 2027" },
            { "oordeel", "Uw klacht is deels gegrond. Dat betekent: wij vinden dat u voor een deel gelijk heeft." },
            { "verwezen", "maandag 3 augustus 2026" }, { "tevredenheid-tot", "donderdag 4 juni 2026" },
            { "tevredenheid-link", "https://klacht.example/feedback/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCdE" } })
            .collect(Collectors.toMap(pair -> pair[0], pair -> pair[1]));

    private final PdfLetterPrinter printer = new PdfLetterPrinter();

    @ParameterizedTest
    @EnumSource(LetterKind.class)
    void everyLetterIsOnA4WithTheHeaderTheAddressAndTheSameTextAsTheEmail(LetterKind kind) throws IOException {
        var letter = LetterTemplates.personalise(LetterTemplates.render(kind, COMPLAINT, FACTS), "Şükriye Çelik");

        String pdf = text(printer.print(PrintableLetter.of(COMPLAINT, kind, letter, LocalDate.of(2026, 5, 21),
                "Şükriye Çelik", "Fictieve Gracht 1, 1011 AA Amsterdam")));

        assertThat(pdf).startsWith("Gemeente Amsterdam")
                .contains("Şükriye Çelik Fictieve Gracht 1 1011 AA Amsterdam")
                .contains("Datum: 21 mei 2026").contains("Klachtnummer: " + COMPLAINT)
                .contains("Onderwerp: " + kind.subject()).contains("Beste Şükriye Çelik,")
                .contains("pagina 1 van").doesNotContain("{{");
        for (PrintableLetter.Block block : PrintableLetter.of(COMPLAINT, kind, letter, LocalDate.of(2026, 5, 21),
                null, null).blocks()) {
            assertThat(pdf).as("the e-mail's text, block by block").contains(normalise(block.text()));
        }
    }

    @Test
    void theInvitationCarriesThePassageAgreedWithTheClientsCouncil() throws IOException {
        String pdf = print(LetterKind.HEARING_INVITATION);

        assertThat(pdf).contains("Dit is een uitnodiging.").contains("Iemand meenemen naar het gesprek")
                .contains("U mag altijd één of twee personen meenemen naar het gesprek om mee te luisteren en vragen "
                        + "te stellen. Dat mag iemand zijn die u goed kent maar kan ook een medewerker van "
                        + "cliëntondersteuning zijn. Deze hulp is gratis. Bel hiervoor het WMO loket 08 00 – 06 43 "
                        + "(gratis). Of kijk op de website: www.deondersteunersvanamsterdam.nl.");
    }

    @Test
    void theOutcomeAndTheNotHandlingNoticeCarryTheOmbudsmanBlockWithItsTerm() throws IOException {
        for (LetterKind kind : new LetterKind[] { LetterKind.OUTCOME, LetterKind.NOT_HANDLING_NOTICE }) {
            assertThat(print(kind)).as(kind.name())
                    .contains("Bent u het niet eens? Ga dan naar de ombudsman")
                    .contains("Dan kunt u naar de Ombudsman Metropool Amsterdam.")
                    .contains("U moet de ombudsman dus uiterlijk op donderdag 6 mei 2027 om hulp vragen.")
                    .contains("www.ombudsmanmetropool.nl");
        }
    }

    @Test
    void withoutAKnownNameOrAddressTheLetterGreetsNeutrallyAndLeavesTheWindowEmpty() throws IOException {
        var letter = LetterTemplates.personalise(LetterTemplates.render(LetterKind.OUTCOME, COMPLAINT, FACTS), null);

        String pdf = text(printer.print(PrintableLetter.of(COMPLAINT, LetterKind.OUTCOME, letter,
                LocalDate.of(2026, 5, 21), null, null)));

        assertThat(pdf).contains("Beste heer of mevrouw,")
                .contains("Werk, Participatie en Inkomen · Klachtenteam Sociaal Datum: 21 mei 2026");
    }

    private String print(LetterKind kind) throws IOException {
        var letter = LetterTemplates.personalise(LetterTemplates.render(kind, COMPLAINT, FACTS), "Fenna Fictief");
        return text(printer.print(PrintableLetter.of(COMPLAINT, kind, letter, LocalDate.of(2026, 5, 21),
                "Fenna Fictief", "Fictieve Gracht 1, 1011 AA Amsterdam")));
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getPage(0).getMediaBox().getWidth()).as("A4").isCloseTo(595.3f, within(0.5f));
            assertThat(document.getPage(0).getMediaBox().getHeight()).isCloseTo(841.9f, within(0.5f));
            return normalise(new PDFTextStripper().getText(document));
        }
    }

    static String normalise(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
