package nl.klachtroute.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an operator reads in results/latest.md and latest.json: min / median / max per figure and whether the target holds. */
class ResultsTest {

    private static final Settings SETTINGS = new Settings(3, 8, List.of(1, 2), 100, 60, 15, 1000, 1000, 20,
            List.of("intake"));

    @Test
    void eachFigureShowsMinMedianMaxOverItsRunsAndWhetherTheMedianMeetsTheTarget(@TempDir Path folder)
            throws IOException {
        Results results = new Results(Map.of("cores", 2), Map.of("spring-boot", "4.0.9"), SETTINGS,
                Instant.parse("2026-12-04T14:00:00Z"));
        results.add(new Figure("intake.api / raw", "ratio", List.of(0.30, 0.45, 0.50), Figure.Target.atLeast(0.40)));
        results.add(new Figure("end-to-end p99", "ms", List.of(700.0, 400.0, 480.0, 520.0), Figure.Target.below(500)));
        results.note("a note for the reader");

        results.write(folder, Instant.parse("2026-12-04T14:30:00Z"));

        String markdown = Files.readString(folder.resolve("latest.md"));
        assertThat(markdown).contains("| intake.api / raw | ratio | 0.300 | 0.450 | 0.500 | 3 | >= 0.400 | yes |")
                .contains("| end-to-end p99 | ms | 400 | 500 | 700 | 4 | < 500 | **no** |")
                .contains("| cores | 2 |").contains("| spring-boot | 4.0.9 |").contains("- a note for the reader");
        String json = Files.readString(folder.resolve("latest.json"));
        assertThat(json).contains("\"median\" : 0.45").contains("\"met\" : false").contains("\"levelSeconds\" : 8");
    }
}
