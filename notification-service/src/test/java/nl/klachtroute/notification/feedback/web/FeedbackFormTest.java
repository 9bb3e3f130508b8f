package nl.klachtroute.notification.feedback.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import nl.klachtroute.events.FeedbackWish;
import nl.klachtroute.events.RespectAnswer;

/** The posted form: every field checked, each fault named in plain Dutch, and what was typed kept. */
class FeedbackFormTest {

    private static MultiValueMap<String, String> posted(String... pairs) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.add(pairs[i], pairs[i + 1]);
        }
        return form;
    }

    @Test
    void aCompleteAnswerIsRead() {
        FeedbackForm form = FeedbackForm.read(posted("tevredenheid", "4", "respect", "deels", "vertrouwen", "3",
                "opmerking", "  Prima geholpen.  ", "wens", "geen", "geen-contact", "ja"));

        assertThat(form.valid()).isTrue();
        assertThat(form.answer().respect()).isEqualTo(RespectAnswer.PARTLY);
        assertThat(form.answer().wish()).isEqualTo(FeedbackWish.NONE);
        assertThat(form.answer().noFurtherContact()).isTrue();
        assertThat(form.answer().comment()).isEqualTo("Prima geholpen.");
    }

    @Test
    void everyFieldAtFaultIsNamedAndWhatWasTypedStays() {
        FeedbackForm form = FeedbackForm.read(posted("tevredenheid", "0", "respect", "misschien", "opmerking",
                "x".repeat(1200), "wens", "praten", "geen-contact", "ja"));

        assertThat(form.valid()).isFalse();
        assertThat(form.errors()).containsOnlyKeys("tevredenheid", "respect", "vertrouwen", "opmerking",
                "geen-contact");
        assertThat(form.errors().get("opmerking")).contains("hooguit 1000 tekens").contains("1200");
        assertThat(form.errorsForApi()).containsKey("tevredenheid");
        String page = FeedbackPages.form("t", LocalDate.of(2026, 6, 15), form.values(), form.errors());
        assertThat(page).contains("Niet alles is goed ingevuld").contains("value=\"praten\" checked")
                .contains("Kies een cijfer van 1 tot en met 5.");
    }

    @Test
    void whatACitizenTypedCannotBreakOutOfThePage() {
        String page = FeedbackPages.form("t", LocalDate.of(2026, 6, 15),
                Map.of("opmerking", "</textarea><script>alert(1)</script>"), Map.of());

        assertThat(page).doesNotContain("<script>").contains("&lt;/textarea&gt;&lt;script&gt;");
    }

    @Test
    void twoValuesForOneQuestionAreRefused() {
        FeedbackForm form = FeedbackForm.read(posted("tevredenheid", "4", "tevredenheid", "1", "respect", "ja",
                "vertrouwen", "3"));

        assertThat(form.errors()).containsEntry("tevredenheid", "Kies één antwoord.");
    }
}
