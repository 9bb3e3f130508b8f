package nl.klachtroute.findings.audit;

/**
 * Where a request came from, for the access trail.
 *
 * @param clientAddress the caller's network address
 * @param requestId     the {@code X-Request-Id} the caller sent, or one generated for the request
 */
public record AccessContext(String clientAddress, String requestId) {
}
