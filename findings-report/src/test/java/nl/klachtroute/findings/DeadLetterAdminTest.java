package nl.klachtroute.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.jayway.jsonpath.JsonPath;

import nl.klachtroute.events.Topics;
import nl.klachtroute.support.testing.TopicReader;

/**
 * A complaint record the service cannot read waits on its dead-letter topic; an admin sees it (without its
 * content), replays or discards it with a reason on the record. Nobody else sees the dead letters.
 */
class DeadLetterAdminTest extends ServiceTest {

    private static final String DLQ = Topics.deadLetter(Topics.COMPLAINT, "findings-report");
    private static final String KEY = "K-2026-000777";

    @Test
    void anUnreadableComplaintRecordIsAnAdminsToReplayOrDiscardOnTheRecord() throws Exception {
        publishRecord(Topics.COMPLAINT, KEY, "<complaint>not json</complaint>");
        try (TopicReader reader = new TopicReader(brokers, DLQ)) {
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> reader.records().stream().anyMatch(r -> KEY.equals(r.key())));
        }

        for (String user : List.of("h.devries", "sis.lead", "tm.jansen", "mw.bakker", "an.peters")) {
            mvc.perform(as(user, get("/api/dead-letters"))).andExpect(status().isForbidden());
        }
        String listed = mvc.perform(as("admin", get("/api/dead-letters"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].topic", contains(DLQ)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(listed).as("no payload is shown").doesNotContain("not json");
        List<Integer> partitions = JsonPath.read(listed, "$[0].records[?(@.key == '" + KEY + "')].partition");
        List<Number> offsets = JsonPath.read(listed, "$[0].records[?(@.key == '" + KEY + "')].offset");
        String letter = "/api/dead-letters/" + DLQ + "/" + partitions.get(0) + "/" + offsets.get(0);

        mvc.perform(as("admin", post(letter + "/replay"))).andExpect(status().isAccepted())
                .andExpect(jsonPath("$.action").value("REPLAYED"));
        try (TopicReader reader = new TopicReader(brokers, DLQ)) {
            // Still unreadable after the replay, so dead-lettered a second time: nothing is lost.
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> reader.records().stream().filter(r -> KEY.equals(r.key())).count() == 2);
        }
        command("admin", post(letter + "/discard").content("{\"reason\": \"Handmatig testbericht, geen klacht\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.action").value("DISCARDED"))
                .andExpect(jsonPath("$.reason").value("Handmatig testbericht, geen klacht"));
        mvc.perform(as("admin", post(letter + "/replay"))).andExpect(status().isConflict());
        command("admin", post("/api/dead-letters/" + DLQ + "/0/123456/discard").content("{\"reason\": \"bestaat niet\"}")).andExpect(status().isNotFound());
    }
}
