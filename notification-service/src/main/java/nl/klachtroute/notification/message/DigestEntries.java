package nl.klachtroute.notification.message;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Where the notices for the daily digest wait until a digest lists them. */
public interface DigestEntries {

    /** Records a notice. @return false when it was already recorded (nothing is written) */
    boolean add(DigestEntry entry);

    /** Notices that no digest listed yet and arose before {@code cutoff}, oldest first. */
    List<DigestEntry> waitingBefore(Instant cutoff);

    /** Records that the digest {@code digestId} listed these notices. */
    void listedIn(Collection<String> entryIds, MessageId digestId);
}
