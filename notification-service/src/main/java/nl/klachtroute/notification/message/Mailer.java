package nl.klachtroute.notification.message;

/** Hands an e-mail to the mail server. */
public interface Mailer {

    /**
     * @param messageId  our id of the message, put in a header so a sent mail can be traced to its record
     * @param address    the recipient's address; used for this one call and never stored or logged
     * @throws DeliveryFailed when the mail server did not accept the message
     */
    void send(MessageId messageId, String address, MailContent content);

    /**
     * The mail server did not accept the message.
     * {@code permanent}: sending the same message again cannot succeed (it cannot even be built).
     * The reason names the kind of failure only, never an address or the content.
     */
    final class DeliveryFailed extends RuntimeException {

        private static final long serialVersionUID = 1L;
        private final boolean permanent;

        public DeliveryFailed(String reason, boolean permanent, Throwable cause) {
            super(reason, cause);
            this.permanent = permanent;
        }

        public boolean permanent() {
            return permanent;
        }
    }
}
