package nl.klachtroute.notification.message;

/**
 * Delivery state of a message (verzendstatus).
 * <pre>
 * PENDING --claim--> SENDING --sent--------> SENT
 *    ^                  |------undeliverable--> FAILED
 *    |                  |------by post--------> TO_POST (letters without an e-mail address) --posted--> SENT
 *    +--attempt failed--+
 *
 * PENDING, SENDING, TO_POST --complaint anonymised--> CANCELLED
 * </pre>
 * A claim whose lease ran out (the dispatcher died mid-send) may be taken over by another dispatcher.
 */
public enum MessageState {
    /** Recorded and waiting to be sent, possibly after a failed attempt. */
    PENDING,
    /** Claimed by one dispatcher, which is sending it now. */
    SENDING,
    /** Accepted by the mail server. */
    SENT,
    /** Can never be delivered as it is (e.g. no address known); needs a person. */
    FAILED,
    /**
     * A letter to a citizen without an e-mail address: it goes by post (per post). The handler prints the PDF
     * ({@code GET /api/complaints/{id}/letters/{messageId}.pdf}) and sends it; the dispatcher leaves it alone.
     */
    TO_POST,
    /**
     * Not sent and never to be sent (geannuleerd): the complaint was anonymised after its retention period
     * before the message went out, and its text was erased.
     */
    CANCELLED
}
