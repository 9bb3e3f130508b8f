package nl.klachtroute.findings.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;

/**
 * Makes a report's access trail tamper-evident: every entry stores the SHA-256 of its own content
 * together with the hash of the entry before it. Changing, removing or inserting an entry directly in
 * the store breaks the link at that point, which {@link #verify} reports.
 * <p>
 * The hash is over a length-prefixed encoding of every field, so no two different entries share an
 * encoding. Someone who can write the store could recompute the whole tail of a chain; anchoring the
 * chain heads outside the store (or keying the hash) closes that, see the module README.
 */
public final class HashChain {

    /** The "previous hash" of the first entry of every chain. */
    public static final String GENESIS = "0".repeat(64);

    private HashChain() {
    }

    /** The entry that follows {@code previous} (null for the first) in the report's chain. */
    public static AccessLogEntry next(AccessLogEntry previous, String reportId, String actor, String role, Instant at,
            AccessAction action, String detail, AccessContext context) {
        long seq = previous == null ? 1 : previous.seq() + 1;
        String previousHash = previous == null ? GENESIS : previous.hash();
        // The store keeps milliseconds; hashing finer time would break every entry on the way back.
        Instant stored = at.truncatedTo(ChronoUnit.MILLIS);
        AccessLogEntry unsigned = new AccessLogEntry(reportId, seq, actor, role, stored, action, detail,
                context.clientAddress(), context.requestId(), previousHash, null);
        return new AccessLogEntry(reportId, seq, actor, role, stored, action, detail, context.clientAddress(),
                context.requestId(), previousHash, hashOf(unsigned));
    }

    /** SHA-256 (hex) over every field but the hash itself. */
    public static String hashOf(AccessLogEntry entry) {
        StringBuilder content = new StringBuilder();
        field(content, entry.reportId());
        field(content, Long.toString(entry.seq()));
        field(content, entry.actor());
        field(content, entry.role());
        field(content, entry.at() == null ? null : entry.at().toString());
        field(content, entry.action() == null ? null : entry.action().name());
        field(content, entry.detail());
        field(content, entry.clientAddress());
        field(content, entry.requestId());
        field(content, entry.previousHash());
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(content.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    /** Checks a report's entries, in sequence order, and reports the first broken link. */
    public static ChainVerification verify(String reportId, List<AccessLogEntry> entries) {
        long expectedSeq = 1;
        String expectedPrevious = GENESIS;
        for (AccessLogEntry entry : entries) {
            if (entry.seq() != expectedSeq) {
                return ChainVerification.brokenAt(reportId, entries.size(), expectedSeq,
                        entry.seq() > expectedSeq ? "entry " + expectedSeq + " is missing"
                                : "entry " + entry.seq() + " appears twice");
            }
            if (!reportId.equals(entry.reportId())) {
                return ChainVerification.brokenAt(reportId, entries.size(), expectedSeq,
                        "entry belongs to another report");
            }
            if (!expectedPrevious.equals(entry.previousHash())) {
                return ChainVerification.brokenAt(reportId, entries.size(), expectedSeq,
                        "entry does not link to the entry before it");
            }
            if (!hashOf(entry).equals(entry.hash())) {
                return ChainVerification.brokenAt(reportId, entries.size(), expectedSeq,
                        "entry content does not match its hash");
            }
            expectedPrevious = entry.hash();
            expectedSeq++;
        }
        return ChainVerification.intact(reportId, entries.size());
    }

    private static void field(StringBuilder content, String value) {
        if (value == null) {
            content.append("-1:");
        } else {
            content.append(value.length()).append(':').append(value);
        }
        content.append('\n');
    }
}
