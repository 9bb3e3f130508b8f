package nl.klachtroute.findings.audit;

import java.time.Instant;

/**
 * One entry of a report's access trail: who did what with which report, when and from where. Entries
 * of one report form a hash chain: {@code hash} covers the entry's content and {@code previousHash}.
 *
 * @param reportId      the report
 * @param seq           position in the report's chain, from 1, without gaps
 * @param actor         staff id
 * @param role          the role that allowed it (e.g. TEAMMANAGER, HANDLER, EMPLOYEE)
 * @param at            when, to the millisecond (the store keeps no finer time)
 * @param action        what
 * @param detail        which part (e.g. "report", "hearing CITIZEN", "submit"); never content
 * @param clientAddress where the request came from
 * @param requestId     the request, so it can be matched with proxy and application logs
 * @param previousHash  hash of the entry before, or {@link HashChain#GENESIS} for the first
 * @param hash          SHA-256 over this entry's content and {@code previousHash}, hex
 */
public record AccessLogEntry(String reportId, long seq, String actor, String role, Instant at, AccessAction action,
        String detail, String clientAddress, String requestId, String previousHash, String hash) {
}
