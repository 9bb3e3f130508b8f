package nl.klachtroute.intake.complaint;

/** Human-friendly complaint numbers, {@code K-<year>-<6 digits>}, which citizens quote on the phone. */
public final class ComplaintNumbers {

    private ComplaintNumbers() {
    }

    public static String format(int year, long sequence) {
        if (sequence < 1 || sequence > 999_999) {
            throw new IllegalArgumentException("Complaint sequence out of range: " + sequence);
        }
        return String.format("K-%04d-%06d", year, sequence);
    }
}
