package nl.klachtroute.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The dashboard works offline: its page, script and stylesheet name nothing outside the service. */
class DashboardAssetsTest {

    @ParameterizedTest
    @ValueSource(strings = { "dashboard.html", "dashboard.js", "dashboard.css" })
    void referencesNothingOnTheInternetAndNeverInjectsMarkup(String asset) throws IOException {
        String text;
        try (InputStream in = getClass().getResourceAsStream("/nl/klachtroute/analytics/dashboard/" + asset)) {
            assertThat(in).as(asset).isNotNull();
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // The SVG namespace is a name, not an address anything is loaded from.
        String withoutNamespace = text.replace("http://www.w3.org/2000/svg", "");
        assertThat(withoutNamespace).doesNotContainPattern("(?i)(https?:)?//[a-z0-9.-]+\\.[a-z]{2,}");
        assertThat(text).doesNotContain("innerHTML", "document.write", "eval(");
    }
}
