package nl.klachtroute.notification.message.intake;

import java.util.List;
import java.util.Optional;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import nl.klachtroute.notification.message.CitizenContacts;

/**
 * Reads the complainant's name, e-mail and postal address from complaint-intake ({@code GET /api/complaints/{id}})
 * at send time, with the configured service account: a bearer token from the provider (client credentials,
 * fetched once and renewed when it expires or is refused) or HTTP Basic on the local stack. Nothing of the
 * answer is kept or logged.
 */
@Component
@EnableConfigurationProperties(IntakeSettings.class)
class IntakeCitizenContacts implements CitizenContacts {

    static final String REGISTRATION = "complaint-intake";
    private static final Authentication SERVICE =
            UsernamePasswordAuthenticationToken.authenticated("notification-service", null, List.of());

    private final RestClient client;

    IntakeCitizenContacts(RestClient.Builder builder, IntakeSettings settings) {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(settings.connectTimeout());
        requests.setReadTimeout(settings.readTimeout());
        RestClient.Builder intake = builder.clone().baseUrl(settings.baseUrl()).requestFactory(requests);
        if (settings.usesTokens()) {
            intake.requestInterceptor(bearerTokens(settings));
        } else {
            intake.defaultHeaders(h -> h.setBasicAuth(settings.username(), settings.password()));
        }
        this.client = intake.build();
    }

    /** The client credentials grant at the provider; the token is kept in memory until it expires or is refused. */
    static OAuth2ClientHttpRequestInterceptor bearerTokens(IntakeSettings settings) {
        ClientRegistration registration = ClientRegistration.withRegistrationId(REGISTRATION)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientId(settings.clientId()).clientSecret(settings.clientSecret())
                .tokenUri(settings.tokenUri()).build();
        ClientRegistrationRepository registrations = new InMemoryClientRegistrationRepository(registration);
        OAuth2AuthorizedClientService authorized = new InMemoryOAuth2AuthorizedClientService(registrations);
        AuthorizedClientServiceOAuth2AuthorizedClientManager manager =
                new AuthorizedClientServiceOAuth2AuthorizedClientManager(registrations, authorized);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder().clientCredentials().build());
        OAuth2ClientHttpRequestInterceptor interceptor = new OAuth2ClientHttpRequestInterceptor(manager);
        interceptor.setClientRegistrationIdResolver(request -> REGISTRATION);
        // Sending runs on scheduler threads without a signed-in user: the token belongs to this service.
        interceptor.setPrincipalResolver(request -> SERVICE);
        interceptor.setAuthorizationFailureHandler(
                OAuth2ClientHttpRequestInterceptor.authorizationFailureHandler(authorized));
        return interceptor;
    }

    @Override
    public Optional<Contact> forComplaint(String complaintId) {
        return complaint(complaintId).filter(answer -> answer.complainant() != null)
                .map(answer -> new Contact(answer.complainant().name(), answer.complainant().email(),
                        answer.complainant().address()));
    }

    @Override
    public List<String> employeesConcerned(String complaintId) {
        return complaint(complaintId).filter(answer -> answer.employeesConcerned() != null)
                .<List<String>>map(answer -> List.copyOf(answer.employeesConcerned())).orElse(List.of());
    }

    /** The complaint as complaint-intake shows it to a handler; empty when it does not know the complaint. */
    private Optional<ComplaintAnswer> complaint(String complaintId) {
        try {
            return Optional.ofNullable(client.get().uri("/api/complaints/{id}", complaintId)
                    .accept(MediaType.APPLICATION_JSON).retrieve().body(ComplaintAnswer.class));
        } catch (HttpClientErrorException e) {
            if (e.getStatusCode().isSameCodeAs(HttpStatus.NOT_FOUND)) {
                return Optional.empty();
            }
            // 401/403: the service account is misconfigured; an operations problem that gets fixed.
            throw new Unavailable("intake-refused: HTTP " + e.getStatusCode().value(), e);
        } catch (RestClientException e) {
            throw new Unavailable("intake-unavailable: " + e.getClass().getSimpleName(), e);
        } catch (OAuth2AuthorizationException e) {
            // No token: the provider is down or refuses this client; an operations problem that gets fixed.
            throw new Unavailable("intake-token: " + e.getError().getErrorCode(), e);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ComplaintAnswer(Complainant complainant, List<String> employeesConcerned) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Complainant(String name, String email, String address) {
    }
}
