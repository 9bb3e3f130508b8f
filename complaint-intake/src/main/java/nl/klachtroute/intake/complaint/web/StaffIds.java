package nl.klachtroute.intake.complaint.web;

/** What a staff id (login) looks like, e.g. {@code h.devries}. */
final class StaffIds {

    static final String PATTERN = "[A-Za-z0-9._-]+";

    private StaffIds() {
    }
}
