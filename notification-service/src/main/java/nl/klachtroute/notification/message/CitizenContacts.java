package nl.klachtroute.notification.message;

import java.util.List;
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
     * @return the staff ids of the employees the complaint is about (Awb 9:9, 9:11), fetched at this moment;
     *         empty when there are none or complaint-intake knows no such complaint
     * @throws Unavailable when complaint-intake cannot answer now
     */
    default List<String> employeesConcerned(String complaintId) {
        return List.of();
    }

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
