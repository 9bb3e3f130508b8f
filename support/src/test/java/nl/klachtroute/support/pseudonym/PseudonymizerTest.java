package nl.klachtroute.support.pseudonym;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PseudonymizerTest {

    private final Pseudonymizer pseudonyms = new Pseudonymizer("a-fictional-test-key-0001");

    @Test
    void theSamePersonGetsTheSamePseudonymWhateverTheSpelling() {
        assertThat(pseudonyms.pseudonym("citizen", "Jan.Fictief@example.org "))
                .isEqualTo(pseudonyms.pseudonym("citizen", "jan.fictief@example.org"))
                .matches("^[A-Za-z0-9_-]{16,64}$")
                .doesNotContain("fictief");
    }

    @Test
    void namespacesAndKeysSeparatePseudonyms() {
        assertThat(pseudonyms.pseudonym("citizen", "x")).isNotEqualTo(pseudonyms.pseudonym("employee", "x"));
        assertThat(new Pseudonymizer("another-fictional-key-0002").pseudonym("citizen", "x"))
                .isNotEqualTo(pseudonyms.pseudonym("citizen", "x"));
    }

    @Test
    void refusesAShortKey() {
        assertThatThrownBy(() -> new Pseudonymizer("short")).isInstanceOf(IllegalArgumentException.class);
    }
}
