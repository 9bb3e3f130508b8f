package nl.klachtroute.findings.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class HashChainTest {

    private static final String REPORT = "R-K-2026-000500";
    private static final AccessContext FROM_THE_OFFICE = new AccessContext("10.1.2.3", "req-1");

    @Test
    void aChainBuiltEntryByEntryIsIntact() {
        List<AccessLogEntry> chain = chain(3);

        assertThat(chain).extracting(AccessLogEntry::seq).containsExactly(1L, 2L, 3L);
        assertThat(chain.get(0).previousHash()).isEqualTo(HashChain.GENESIS);
        assertThat(chain.get(1).previousHash()).isEqualTo(chain.get(0).hash());
        assertThat(HashChain.verify(REPORT, chain)).isEqualTo(new ChainVerification(REPORT, 3, true, null, null));
    }

    @Test
    void aChangedEntryIsTheFirstBrokenLink() {
        List<AccessLogEntry> chain = chain(3);
        AccessLogEntry second = chain.get(1);
        chain.set(1, new AccessLogEntry(second.reportId(), second.seq(), "someone.else", second.role(), second.at(),
                second.action(), second.detail(), second.clientAddress(), second.requestId(), second.previousHash(),
                second.hash()));

        ChainVerification verification = HashChain.verify(REPORT, chain);

        assertThat(verification.intact()).isFalse();
        assertThat(verification.firstBrokenSeq()).isEqualTo(2L);
        assertThat(verification.problem()).contains("does not match its hash");
    }

    @Test
    void aChangedEntryWithARecomputedHashBreaksTheLinkOfTheNextEntry() {
        List<AccessLogEntry> chain = chain(3);
        AccessLogEntry second = chain.get(1);
        AccessLogEntry forged = new AccessLogEntry(second.reportId(), second.seq(), "someone.else", second.role(),
                second.at(), second.action(), second.detail(), second.clientAddress(), second.requestId(),
                second.previousHash(), null);
        chain.set(1, new AccessLogEntry(forged.reportId(), forged.seq(), forged.actor(), forged.role(), forged.at(),
                forged.action(), forged.detail(), forged.clientAddress(), forged.requestId(), forged.previousHash(),
                HashChain.hashOf(forged)));

        ChainVerification verification = HashChain.verify(REPORT, chain);

        assertThat(verification.firstBrokenSeq()).isEqualTo(3L);
        assertThat(verification.problem()).contains("does not link");
    }

    @Test
    void aRemovedEntryIsReportedAsMissing() {
        List<AccessLogEntry> chain = chain(3);
        chain.remove(1);

        ChainVerification verification = HashChain.verify(REPORT, chain);

        assertThat(verification.firstBrokenSeq()).isEqualTo(2L);
        assertThat(verification.problem()).isEqualTo("entry 2 is missing");
    }

    @Test
    void timeIsKeptToTheMillisecondBecauseTheStoreKeepsNoMore() {
        AccessLogEntry entry = HashChain.next(null, REPORT, "tm.jansen", "TEAMMANAGER",
                Instant.parse("2026-05-14T09:15:00.123456789Z"), AccessAction.READ, "report", FROM_THE_OFFICE);

        assertThat(entry.at()).isEqualTo(Instant.parse("2026-05-14T09:15:00.123Z"));
        assertThat(HashChain.hashOf(entry)).isEqualTo(entry.hash());
    }

    @Test
    void fieldsCannotBeShiftedIntoEachOtherWithoutChangingTheHash() {
        Instant at = Instant.parse("2026-05-14T09:15:00Z");
        AccessLogEntry a = HashChain.next(null, REPORT, "tm.jansen", "TEAMMANAGER", at, AccessAction.READ, "report",
                new AccessContext("1", "23"));
        AccessLogEntry b = HashChain.next(null, REPORT, "tm.jansen", "TEAMMANAGER", at, AccessAction.READ, "report",
                new AccessContext("12", "3"));

        assertThat(a.hash()).isNotEqualTo(b.hash());
    }

    private static List<AccessLogEntry> chain(int length) {
        List<AccessLogEntry> chain = new ArrayList<>();
        AccessLogEntry previous = null;
        for (int i = 0; i < length; i++) {
            previous = HashChain.next(previous, REPORT, i % 2 == 0 ? "tm.jansen" : "h.devries",
                    i % 2 == 0 ? "TEAMMANAGER" : "HANDLER", Instant.parse("2026-05-14T09:15:00Z").plusSeconds(i),
                    AccessAction.READ, "report", FROM_THE_OFFICE);
            chain.add(previous);
        }
        return chain;
    }
}
