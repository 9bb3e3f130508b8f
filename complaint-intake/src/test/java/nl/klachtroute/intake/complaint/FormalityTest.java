package nl.klachtroute.intake.complaint;

import static nl.klachtroute.intake.complaint.ComplaintBuilder.DESCRIPTION;
import static nl.klachtroute.intake.complaint.ComplaintBuilder.FENNA;
import static nl.klachtroute.intake.complaint.ComplaintBuilder.aComplaint;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import nl.klachtroute.events.Channel;

class FormalityTest {

    private static final LocalDate RECEIVED = LocalDate.of(2026, 4, 24);

    @ParameterizedTest
    @EnumSource(value = Channel.class, names = { "LETTER", "EMAIL", "WEB_FORM" })
    void aCompleteWrittenComplaintIsFormal(Channel written) {
        Formality formality = Formality.assess(written, FENNA, RECEIVED, DESCRIPTION);

        assertThat(formality.formal()).isTrue();
        assertThat(formality.missingDetails()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Channel.class, names = { "PHONE", "COUNTER" })
    void anOralComplaintIsInformalEvenWhenComplete(Channel oral) {
        Formality formality = Formality.assess(oral, FENNA, RECEIVED, DESCRIPTION);

        assertThat(formality.formal()).isFalse();
        assertThat(formality.missingDetails()).isEmpty();
    }

    @Test
    void aLetterWithoutAddressIsInformalAndSaysTheAddressIsMissing() {
        Complainant noAddress = new Complainant("Fenna Fictief", null, "fenna.fictief@example.org", null);

        Formality formality = Formality.assess(Channel.LETTER, noAddress, RECEIVED, DESCRIPTION);

        assertThat(formality.formal()).isFalse();
        assertThat(formality.missingDetails()).containsExactly("address");
    }

    @Test
    void anAnonymousEmailWithoutDescriptionListsEverythingThatIsMissing() {
        Formality formality = Formality.assess(Channel.EMAIL, Complainant.UNKNOWN, RECEIVED, "   ");

        assertThat(formality.formal()).isFalse();
        assertThat(formality.missingDetails()).containsExactly("name", "address", "description");
    }

    @Test
    void blankDetailsCountAsMissing() {
        Complainant blank = new Complainant(" ", "\t", "", null);

        assertThat(Formality.assess(Channel.WEB_FORM, blank, RECEIVED, DESCRIPTION).missingDetails())
                .containsExactly("name", "address");
    }

    @Test
    void anIncompleteComplaintIsStillRegistered() {
        Complaint.Registration registration = aComplaint().via(Channel.PHONE).from(Complainant.UNKNOWN)
                .describedAs(null).register();

        assertThat(registration.complaint().status()).isEqualTo(ComplaintStatus.REGISTERED);
        assertThat(registration.complaint().formality().formal()).isFalse();
        assertThat(registration.complaint().formality().missingDetails())
                .containsExactly("name", "address", "description");
        assertThat(registration.events()).isNotEmpty();
    }
}
