package nl.klachtroute.notification.message.mail;

import nl.klachtroute.support.schedule.FixedDelaySchedule;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import nl.klachtroute.notification.feedback.application.FeedbackLinks;
import nl.klachtroute.notification.message.CitizenContacts;
import nl.klachtroute.notification.message.DigestEntries;
import nl.klachtroute.notification.message.Mailer;
import nl.klachtroute.notification.message.Messages;
import nl.klachtroute.notification.message.application.DailyDigest;
import nl.klachtroute.notification.message.application.MailSettings;
import nl.klachtroute.notification.message.application.MessageDispatcher;
import nl.klachtroute.notification.message.application.StaffMailSettings;
import nl.klachtroute.support.security.StaffDirectory;

/**
 * Staff e-mail: SMTP out through {@code spring.mail.*} behind retry and circuit breaker, dispatched from the
 * recorded messages.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ MailSettings.class, StaffMailSettings.class })
class MailConfiguration {

    /** Name of the circuit breaker and retry instances ({@code resilience4j.*.instances.smtp}). */
    static final String SMTP = "smtp";

    @Bean
    Mailer smtpMailer(JavaMailSender sender, MailSettings settings, CircuitBreakerRegistry breakers,
            RetryRegistry retries, ObjectProvider<MeterRegistry> meters) {
        return new ResilientMailer(new SmtpMailer(sender, settings.from()), breakers.circuitBreaker(SMTP),
                retries.retry(SMTP), meters.getIfAvailable(SimpleMeterRegistry::new));
    }

    @Bean
    MessageDispatcher messageDispatcher(Messages messages, Mailer mailer, StaffDirectory staff,
            CitizenContacts citizens, FeedbackLinks links, Clock clock, MailSettings settings) {
        return new MessageDispatcher(messages, mailer, staff, citizens, links::fillIn, clock, settings);
    }

    @Bean
    DailyDigest dailyDigest(Messages messages, DigestEntries entries, StaffDirectory staff, Clock clock,
            MailSettings mail, StaffMailSettings settings) {
        return new DailyDigest(messages, entries, staff, clock, mail, settings);
    }

    /** Records the daily digests once their time has passed; the dispatcher sends them. */
    @Bean
    FixedDelaySchedule staffDigestSchedule(DailyDigest digest, StaffMailSettings settings) {
        return new FixedDelaySchedule("staff-digest", digest::recordDue, settings.checkInterval(),
                settings.checkInterval());
    }

    @Bean
    FixedDelaySchedule mailDispatchSchedule(MessageDispatcher dispatcher, MailSettings settings) {
        return new FixedDelaySchedule("mail-dispatcher", dispatcher::dispatchDue, settings.dispatchInterval(),
                settings.dispatchInterval());
    }
}
