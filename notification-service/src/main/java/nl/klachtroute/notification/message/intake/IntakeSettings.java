package nl.klachtroute.notification.message.intake;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * How this service reaches complaint-intake for the citizen's contact details, as a service account
 * that may read complaints (role HANDLER). Two ways to sign in, one per profile:
 * <ul>
 * <li>with a token from the OpenID Connect provider (client credentials grant; the docker profile, where
 * complaint-intake accepts only tokens): {@code token-uri}, {@code client-id} and {@code client-secret};</li>
 * <li>with HTTP Basic against the dev staff directory (local stack and tests): {@code username} and
 * {@code password}.</li>
 * </ul>
 *
 * @param baseUrl        complaint-intake, e.g. {@code http://localhost:8081}
 * @param tokenUri       the provider's token endpoint; when set, the client credentials grant is used
 * @param clientId       this service's confidential client at the provider
 * @param clientSecret   its secret
 * @param username       the dev service account (HTTP Basic), when no token endpoint is set
 * @param password       its password
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout    how long to wait for the answer
 */
@Validated
@ConfigurationProperties("klachtroute.intake")
public record IntakeSettings(
        @DefaultValue("http://localhost:8081") @NotBlank String baseUrl,
        String tokenUri,
        String clientId,
        String clientSecret,
        String username,
        String password,
        @DefaultValue("2s") @NotNull Duration connectTimeout,
        @DefaultValue("5s") @NotNull Duration readTimeout) {

    /** Whether this service signs in with a token from the provider rather than HTTP Basic. */
    public boolean usesTokens() {
        return hasText(tokenUri);
    }

    @AssertTrue(message = "set either token-uri, client-id and client-secret, or username and password")
    public boolean isSignInComplete() {
        return usesTokens() ? hasText(clientId) && hasText(clientSecret) : hasText(username) && hasText(password);
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    @Override
    public String toString() {
        return "IntakeSettings[baseUrl=" + baseUrl + (usesTokens() ? ", tokenUri=" + tokenUri + ", clientId=" + clientId
                : ", username=" + username) + "]";
    }
}
