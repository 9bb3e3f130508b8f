package nl.klachtroute.notification.message.intake;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * How this service reaches complaint-intake for the citizen's contact details, with a service account
 * that may read complaints (role HANDLER).
 *
 * @param baseUrl        complaint-intake, e.g. {@code http://localhost:8081}
 * @param username       the service account (HTTP Basic)
 * @param password       its password
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout    how long to wait for the answer
 */
@Validated
@ConfigurationProperties("klachtroute.intake")
public record IntakeSettings(
        @DefaultValue("http://localhost:8081") @NotBlank String baseUrl,
        @NotBlank String username,
        @NotBlank String password,
        @DefaultValue("2s") @NotNull Duration connectTimeout,
        @DefaultValue("5s") @NotNull Duration readTimeout) {

    @Override
    public String toString() {
        return "IntakeSettings[baseUrl=" + baseUrl + ", username=" + username + "]";
    }
}
