package nl.klachtroute.notification.message;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/** Identity of a message. */
public record MessageId(String value) {

    public MessageId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * The id of the message a template sends about a subject (a task, a letter), the same every time it
     * is derived: recording the message again after a crash or redelivery finds the first record.
     */
    public static MessageId about(String subjectId, String template, String recipientId) {
        String name = "message:" + subjectId + ":" + template + ":" + recipientId;
        return new MessageId("M-" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)));
    }

    /** The id of one person's daily digest of one day: never two digests for a person on a day. */
    public static MessageId digest(String recipientId, java.time.LocalDate day) {
        return about("digest:" + day, DailyDigestMail.TEMPLATE, recipientId);
    }

    @Override
    public String toString() {
        return value;
    }
}
