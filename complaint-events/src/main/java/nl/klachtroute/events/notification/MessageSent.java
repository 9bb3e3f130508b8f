package nl.klachtroute.events.notification;

import nl.klachtroute.events.MessageChannel;
import nl.klachtroute.events.RecipientKind;

/**
 * A letter or e-mail went out.
 *
 * @param messageId messageId
 * @param template template
 * @param templateVersion templateVersion
 * @param channel channel
 * @param recipient recipient
 */
public record MessageSent(
        String messageId,
        String template,
        int templateVersion,
        MessageChannel channel,
        RecipientKind recipient) implements NotificationEvent {}
