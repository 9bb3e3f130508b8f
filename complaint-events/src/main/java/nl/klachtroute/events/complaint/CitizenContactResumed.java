package nl.klachtroute.events.complaint;

import java.time.LocalDate;
import nl.klachtroute.events.Channel;

/**
 * The citizen who asked for no further contact in their feedback asked the handler to hear about the complaint again: letters go to them again.
 *
 * @param feedbackId the answer whose opt-out this lifts
 * @param askedOn askedOn
 * @param channel how the citizen asked
 */
public record CitizenContactResumed(
        String feedbackId,
        LocalDate askedOn,
        Channel channel) implements ComplaintEvent {}
