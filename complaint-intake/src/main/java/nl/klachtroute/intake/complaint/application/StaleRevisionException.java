package nl.klachtroute.intake.complaint.application;

/**
 * The client decided on a revision of the complaint that is no longer current (If-Match did not match):
 * 412, reload and decide again.
 */
public class StaleRevisionException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String complaintId;
    private final long currentRevision;

    public StaleRevisionException(String complaintId, long currentRevision) {
        super("Complaint " + complaintId + " is at revision " + currentRevision
                + "; it changed since you read it. Reload it and try again");
        this.complaintId = complaintId;
        this.currentRevision = currentRevision;
    }

    public String complaintId() {
        return complaintId;
    }

    public long currentRevision() {
        return currentRevision;
    }
}
