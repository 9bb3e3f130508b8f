package nl.klachtroute.notification.message;

/**
 * Delivery state of a message (verzendstatus).
 * <pre>
 * PENDING --claim--> SENDING --sent--------> SENT
 *    ^                  |------undeliverable--> FAILED
 *    +--attempt failed--+
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
    FAILED
}
