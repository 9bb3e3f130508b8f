package nl.klachtroute.notification.feedback.application;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

/**
 * The citizen's feedback link in the outcome letter (issue 9).
 *
 * @param linkKey         secret the links' tokens are derived from (HMAC-SHA256 of the closure event id), so a
 *                        token cannot be guessed and a redelivered closure gets the same link; by default the
 *                        service's pseudonym key, used with its own prefix
 * @param publicUrl       the address of the public page as citizens reach it, without the token
 * @param validity        how long a link works after the outcome (default 14 days)
 * @param perClientPerMinute requests one client address may make to the public page per minute
 * @param allPerMinute    requests the public page takes per minute from everyone together
 */
@Validated
@ConfigurationProperties("klachtroute.feedback")
public record FeedbackSettings(
        @NotBlank String linkKey,
        @NotBlank String publicUrl,
        @DefaultValue("14d") Duration validity,
        @DefaultValue("20") @Min(1) int perClientPerMinute,
        @DefaultValue("600") @Min(1) int allPerMinute) {
}
