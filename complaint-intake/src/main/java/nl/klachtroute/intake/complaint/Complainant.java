package nl.klachtroute.intake.complaint;

/**
 * The citizen who complains (klager), as far as known. Personal data: it stays in this service and
 * never goes onto a shared topic or into a log; events carry {@link Complaint#complainantRef()} instead.
 * Every part is optional because incomplete complaints are registered too (Awb 9:2).
 */
public record Complainant(String name, String address, String email, String phone) {

    public static final Complainant UNKNOWN = new Complainant(null, null, null, null);

    public Complainant {
        name = blankToNull(name);
        address = blankToNull(address);
        email = blankToNull(email);
        phone = blankToNull(phone);
    }

    public boolean hasName() {
        return name != null;
    }

    public boolean hasAddress() {
        return address != null;
    }

    public boolean hasEmail() {
        return email != null;
    }

    /** Hides the contact details, so a complaint logged by accident leaks nothing. */
    @Override
    public String toString() {
        return "Complainant[redacted]";
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
