package nl.klachtroute.notification.message;

import java.util.Objects;

/**
 * A rendered e-mail, with the template it came from so every message can say which wording it used.
 *
 * @param template        template name, e.g. {@code task-created}
 * @param templateVersion version of that template's wording
 * @param subject         subject line
 * @param body            plain-text body
 */
public record MailContent(String template, int templateVersion, String subject, String body) {

    public MailContent {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
    }
}
