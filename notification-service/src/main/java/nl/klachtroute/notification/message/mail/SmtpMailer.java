package nl.klachtroute.notification.message.mail;

import java.nio.charset.StandardCharsets;

import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import nl.klachtroute.notification.message.MailContent;
import nl.klachtroute.notification.message.Mailer;
import nl.klachtroute.notification.message.MessageId;
import nl.klachtroute.notification.message.application.MessageDispatcher;

/** Sends UTF-8 e-mail (plain text, or HTML with a plain-text alternative) through the configured SMTP server ({@code spring.mail.*}). */
class SmtpMailer implements Mailer {

    private final JavaMailSender sender;
    private final String from;

    SmtpMailer(JavaMailSender sender, String from) {
        this.sender = sender;
        this.from = from;
    }

    @Override
    public void send(MessageId messageId, String address, MailContent content) {
        MimeMessage mime = sender.createMimeMessage();
        try {
            boolean html = content.html() != null;
            MimeMessageHelper mail = new MimeMessageHelper(mime, html, StandardCharsets.UTF_8.name());
            mail.setFrom(from);
            mail.setTo(address);
            mail.setSubject(content.subject());
            if (html) {
                mail.setText(content.body(), content.html());
            } else {
                mail.setText(content.body(), false);
            }
            mime.setHeader(MessageDispatcher.MESSAGE_ID_HEADER, messageId.value());
        } catch (MessagingException e) {
            throw new DeliveryFailed("unbuildable: " + e.getClass().getSimpleName(), true, e);
        }
        try {
            sender.send(mime);
        } catch (MailParseException | MailPreparationException e) {
            throw new DeliveryFailed("unbuildable: " + e.getClass().getSimpleName(), true, e);
        } catch (MailAuthenticationException e) {
            // Wrong credentials are an operations problem that gets fixed; the message waits meanwhile.
            throw new DeliveryFailed("smtp-authentication: " + e.getClass().getSimpleName(), false, e);
        } catch (MailException e) {
            throw new DeliveryFailed("smtp-unavailable: " + rootCauseName(e), false, e);
        }
    }

    /** The kind of failure only: exception messages of mail servers may quote addresses. */
    private static String rootCauseName(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName();
    }
}
