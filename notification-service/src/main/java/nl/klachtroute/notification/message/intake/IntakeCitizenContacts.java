package nl.klachtroute.notification.message.intake;

import java.util.List;
import java.util.Optional;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import nl.klachtroute.notification.message.CitizenContacts;

/**
 * Reads the complainant's name, e-mail and postal address from complaint-intake ({@code GET /api/complaints/{id}})
 * at send time, with the configured service account. Nothing of the answer is kept or logged.
 */
@Component
@EnableConfigurationProperties(IntakeSettings.class)
class IntakeCitizenContacts implements CitizenContacts {

    private final RestClient client;

    IntakeCitizenContacts(RestClient.Builder builder, IntakeSettings settings) {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(settings.connectTimeout());
        requests.setReadTimeout(settings.readTimeout());
        this.client = builder.clone().baseUrl(settings.baseUrl()).requestFactory(requests)
                .defaultHeaders(h -> h.setBasicAuth(settings.username(), settings.password())).build();
    }

    @Override
    public Optional<Contact> forComplaint(String complaintId) {
        try {
            ComplaintAnswer answer = client.get().uri("/api/complaints/{id}", complaintId)
                    .accept(MediaType.APPLICATION_JSON).retrieve().body(ComplaintAnswer.class);
            if (answer == null || answer.complainant() == null) {
                return Optional.empty();
            }
            return Optional.of(new Contact(answer.complainant().name(), answer.complainant().email(),
                    answer.complainant().address()));
        } catch (HttpClientErrorException e) {
            if (e.getStatusCode().isSameCodeAs(HttpStatus.NOT_FOUND)) {
                return Optional.empty();
            }
            // 401/403: the service account is misconfigured; an operations problem that gets fixed.
            throw new Unavailable("intake-refused: HTTP " + e.getStatusCode().value(), e);
        } catch (RestClientException e) {
            throw new Unavailable("intake-unavailable: " + e.getClass().getSimpleName(), e);
        }
    }

    @Override
    public List<String> employeesConcerned(String complaintId) {
        try {
            ComplaintAnswer answer = client.get().uri("/api/complaints/{id}", complaintId)
                    .accept(MediaType.APPLICATION_JSON).retrieve().body(ComplaintAnswer.class);
            return answer == null || answer.employeesConcerned() == null ? List.of()
                    : List.copyOf(answer.employeesConcerned());
        } catch (HttpClientErrorException e) {
            if (e.getStatusCode().isSameCodeAs(HttpStatus.NOT_FOUND)) {
                return List.of();
            }
            throw new Unavailable("intake-refused: HTTP " + e.getStatusCode().value(), e);
        } catch (RestClientException e) {
            throw new Unavailable("intake-unavailable: " + e.getClass().getSimpleName(), e);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ComplaintAnswer(Complainant complainant, List<String> employeesConcerned) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Complainant(String name, String email, String address) {
    }
}
