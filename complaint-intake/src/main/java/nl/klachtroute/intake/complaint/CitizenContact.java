package nl.klachtroute.intake.complaint;

import java.time.LocalDate;
import java.util.Objects;

import nl.klachtroute.events.Channel;

/**
 * The handler's first contact with the citizen (DOMAIN.md step 4). The summary is the handler's note of
 * the conversation: personal data, kept in this service only.
 *
 * @param contactedOn    the day of the contact
 * @param channel        how the citizen was reached
 * @param summary        short summary of the conversation
 * @param withinDeadline on or before the contact deadline
 * @param recordedBy     staff id of the handler
 */
public record CitizenContact(LocalDate contactedOn, Channel channel, String summary, boolean withinDeadline,
        String recordedBy) {

    public CitizenContact {
        Objects.requireNonNull(contactedOn, "contactedOn");
        Objects.requireNonNull(channel, "channel");
    }

    @Override
    public String toString() {
        return "CitizenContact[" + contactedOn + ", " + channel + ", summary redacted]";
    }
}
