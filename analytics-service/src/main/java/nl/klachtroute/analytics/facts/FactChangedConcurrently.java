package nl.klachtroute.analytics.facts;

/** Another consumer thread stored the same fact first; reload and apply the event again. */
public class FactChangedConcurrently extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public FactChangedConcurrently(String complaintId, Throwable cause) {
        super("The fact of complaint " + complaintId + " changed concurrently", cause);
    }
}
