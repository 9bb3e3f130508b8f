package nl.klachtroute.notification.message;

import java.util.Optional;

/**
 * The citizen's contact details, fetched from complaint-intake at the moment a letter is sent. They are
 * used for that one send and never stored, put on a topic or logged.
 */
public interface CitizenContacts {

    /**
     * @return the complainant's name, e-mail and postal address; empty when complaint-intake knows no such complaint
     * @throws Unavailable when complaint-intake cannot answer now (the letter waits and is tried again)
     */
    Optional<Contact> forComplaint(String complaintId);

    /**
     * Name, e-mail and postal address; {@link #toString()} shows none of them, so they cannot end up in a log.
     */
    record Contact(String name, String email, String address) {

        public Contact(String name, String email) {
            this(name, email, null);
        }


        @Override
        public String toString() {
            return "Contact[redacted]";
        }
    }

    /** complaint-intake did not answer; the reason names the kind of failure only. */
    final class Unavailable extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public Unavailable(String reason, Throwable cause) {
            super(reason, cause);
        }
    }
}
