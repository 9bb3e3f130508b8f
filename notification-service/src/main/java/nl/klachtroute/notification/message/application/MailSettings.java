package nl.klachtroute.notification.message.application;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import nl.klachtroute.notification.message.RetryPolicy;

/**
 * How staff e-mail goes out.
 *
 * @param from              sender address of every e-mail
 * @param inboxUrl          address of the inbox page, linked from every task e-mail
 * @param dispatchInterval  pause between two dispatcher rounds (the delay before a new mail goes out)
 * @param batchSize         messages one round sends at most
 * @param lease             how long a claimed message is reserved for its dispatcher; longer than the SMTP
 *                          timeouts, so only a dispatcher that died loses its claim
 * @param retryInitialDelay wait after the first failed attempt
 * @param retryMaxDelay     longest wait between attempts while the mail server stays down
 */
@Validated
@ConfigurationProperties("klachtroute.mail")
public record MailSettings(
        @DefaultValue("klachtroute@klachtroute.local") @NotBlank @Email String from,
        @DefaultValue("http://localhost:8083/inbox") @NotBlank String inboxUrl,
        @DefaultValue("500ms") @NotNull Duration dispatchInterval,
        @DefaultValue("20") @Positive int batchSize,
        @DefaultValue("2m") @NotNull Duration lease,
        @DefaultValue("5s") @NotNull Duration retryInitialDelay,
        @DefaultValue("10m") @NotNull Duration retryMaxDelay) {

    public RetryPolicy retryPolicy() {
        return new RetryPolicy(retryInitialDelay, retryMaxDelay);
    }
}
