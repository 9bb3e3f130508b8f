package nl.klachtroute.notification.message;

import java.util.Objects;

/**
 * A rendered e-mail, with the template it came from so every message can say which wording it used.
 *
 * @param template        template name, e.g. {@code task-created}
 * @param templateVersion version of that template's wording
 * @param subject         subject line
 * @param body            plain-text body
 * @param html            the same as HTML (letters to citizens), or null for plain text only
 */
public record MailContent(String template, int templateVersion, String subject, String body, String html) {

    public MailContent {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
    }

    /** A plain-text e-mail. */
    public MailContent(String template, int templateVersion, String subject, String body) {
        this(template, templateVersion, subject, body, null);
    }
}
