package nl.klachtroute.notification.message;

import java.util.UUID;

/**
 * Links a letter gets only when it is sent or printed, never in the recorded message (the feedback link: whoever
 * can read the messages must not be able to answer in the citizen's place).
 */
@FunctionalInterface
public interface LetterLinks {

    LetterLinks NONE = (letter, causationId) -> letter;

    /** @param causationId the event that caused the letter */
    MailContent fillIn(MailContent letter, UUID causationId);
}
