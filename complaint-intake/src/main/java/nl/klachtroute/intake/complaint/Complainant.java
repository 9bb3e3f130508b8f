package nl.klachtroute.intake.complaint;

import java.util.ArrayList;
import java.util.List;

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

    /**
     * These details completed with what the citizen supplied later (Awb 9:4): a supplied part replaces the one
     * known, so a corrected address wins; a part not supplied (or blank) keeps what was known, so supplying
     * never loses a detail.
     */
    public Complainant supplementedWith(Complainant supplied) {
        return new Complainant(supplied.hasName() ? supplied.name() : name,
                supplied.hasAddress() ? supplied.address() : address, supplied.hasEmail() ? supplied.email() : email,
                supplied.phone() != null ? supplied.phone() : phone);
    }

    /** Which parts are known, by name ("name", "address", "email", "phone"): what a timeline may say of them. */
    public List<String> knownParts() {
        List<String> parts = new ArrayList<>();
        if (hasName()) {
            parts.add("name");
        }
        if (hasAddress()) {
            parts.add("address");
        }
        if (hasEmail()) {
            parts.add("email");
        }
        if (phone != null) {
            parts.add("phone");
        }
        return parts;
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
