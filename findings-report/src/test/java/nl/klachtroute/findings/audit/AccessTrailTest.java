package nl.klachtroute.findings.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import nl.klachtroute.findings.ServiceTest;

/** The trail as stored: ordered under concurrent reads, and a change made directly in the store is found. */
class AccessTrailTest extends ServiceTest {

    @Autowired
    private AccessLog accessLog;

    @Test
    void concurrentReadsOfOneReportFormOneChainWithoutGaps() throws Exception {
        String reportId = openReport(requested("K-2026-000801", "Activering Noord", List.of()));
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Integer>> reads = IntStream.range(0, 24).<Callable<Integer>>mapToObj(i -> () -> mvc
                    .perform(as(i % 2 == 0 ? "tm.jansen" : "h.devries", get("/api/reports/{id}", reportId)))
                    .andReturn().getResponse().getStatus()).toList();
            for (Future<Integer> read : pool.invokeAll(reads)) {
                assertThat(read.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdown();
        }

        List<AccessLogEntry> entries = accessLog.entriesOf(reportId);
        assertThat(entries).extracting(AccessLogEntry::seq)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 24).mapToObj(Long::valueOf).toList());
        assertThat(accessLog.verify(reportId).intact()).isTrue();
    }

    @Test
    void anEntryChangedDirectlyInTheStoreIsFoundByTheVerification() throws Exception {
        String reportId = openReport(requested("K-2026-000802", "Activering Noord", List.of()));
        for (String reader : List.of("tm.jansen", "h.devries", "tm.jansen")) {
            mvc.perform(as(reader, get("/api/reports/{id}", reportId))).andExpect(status().isOk());
        }
        mvc.perform(as("sis.lead", get("/api/reports/{id}/access-log/verification", reportId)))
                .andExpect(jsonPath("$.intact").value(true));

        // Someone with database access hides that h.devries read the report.
        mongo.updateFirst(Query.query(Criteria.where("reportId").is(reportId).and("seq").is(2)),
                new Update().set("actor", "tm.jansen"), "report_access_log");

        mvc.perform(as("admin", get("/api/reports/{id}/access-log/verification", reportId)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(false))
                .andExpect(jsonPath("$.firstBrokenSeq").value(2))
                .andExpect(jsonPath("$.problem").value("entry content does not match its hash"));
        mvc.perform(as("h.devries", get("/api/reports/{id}/access-log/verification", reportId)))
                .andExpect(status().isForbidden());
    }
}
