package nl.klachtroute.notification.message.mail;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

import nl.klachtroute.notification.message.Mailer;
import nl.klachtroute.notification.message.Messages;
import nl.klachtroute.notification.message.application.MailSettings;
import nl.klachtroute.notification.message.application.MessageDispatcher;
import nl.klachtroute.support.security.StaffDirectory;

/** Staff e-mail: SMTP out through {@code spring.mail.*}, dispatched from the recorded messages. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailSettings.class)
class MailConfiguration {

    @Bean
    Mailer smtpMailer(JavaMailSender sender, MailSettings settings) {
        return new SmtpMailer(sender, settings.from());
    }

    @Bean
    MessageDispatcher messageDispatcher(Messages messages, Mailer mailer, StaffDirectory staff, Clock clock,
            MailSettings settings) {
        return new MessageDispatcher(messages, mailer, staff, clock, settings);
    }

    @Bean
    DispatchSchedule mailDispatchSchedule(MessageDispatcher dispatcher, MailSettings settings) {
        return new DispatchSchedule(dispatcher, settings.dispatchInterval().toMillis());
    }
}
