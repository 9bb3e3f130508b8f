package nl.klachtroute.findings.audit;

/**
 * The outcome of checking a report's access trail.
 *
 * @param reportId       the report
 * @param entriesChecked how many entries were read
 * @param intact         whether every link holds
 * @param firstBrokenSeq the first position where the chain breaks, or null when intact
 * @param problem        what is wrong there, or null when intact
 */
public record ChainVerification(String reportId, int entriesChecked, boolean intact, Long firstBrokenSeq,
        String problem) {

    static ChainVerification intact(String reportId, int entries) {
        return new ChainVerification(reportId, entries, true, null, null);
    }

    static ChainVerification brokenAt(String reportId, int entries, long seq, String problem) {
        return new ChainVerification(reportId, entries, false, seq, problem);
    }
}
