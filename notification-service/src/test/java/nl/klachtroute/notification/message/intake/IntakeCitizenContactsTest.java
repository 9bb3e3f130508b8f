package nl.klachtroute.notification.message.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import nl.klachtroute.notification.message.CitizenContacts;

/**
 * In the docker profile complaint-intake accepts only tokens: notification-service signs in with its own
 * client (client credentials grant) and keeps the token until it expires or is refused. A fake provider and a
 * fake complaint-intake stand in for Keycloak and the real service; the complainant is fictional.
 */
class IntakeCitizenContactsTest {

    private static final String COMPLAINT = """
            {"id": "K-2026-000042", "complainant": {"name": "Fenna Fictief", "email": "fenna.fictief@example.org",
             "address": "Voorbeeldstraat 1, 1011 AA Amsterdam"}, "employeesConcerned": ["mw.bakker"]}""";

    private final AtomicInteger tokensIssued = new AtomicInteger();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private volatile boolean providerRefuses;
    private volatile String revokedToken;
    private HttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/realms/klachtroute/protocol/openid-connect/token", this::token);
        server.createContext("/api/complaints/", this::complaint);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void readsTheComplainantWithABearerTokenThatItFetchesOnceForManyReads() {
        CitizenContacts contacts = new IntakeCitizenContacts(RestClient.builder(), settings("s3cret"));

        assertThat(contacts.forComplaint("K-2026-000042")).get()
                .isEqualTo(new CitizenContacts.Contact("Fenna Fictief", "fenna.fictief@example.org",
                        "Voorbeeldstraat 1, 1011 AA Amsterdam"));
        assertThat(contacts.employeesConcerned("K-2026-000042")).containsExactly("mw.bakker");

        assertThat(tokensIssued).as("one token for both reads").hasValue(1);
        assertThat(authorizations).containsExactly("Bearer token-1", "Bearer token-1");
    }

    @Test
    void aTokenThatComplaintIntakeRefusesIsReplacedOnTheNextRead() {
        CitizenContacts contacts = new IntakeCitizenContacts(RestClient.builder(), settings("s3cret"));
        contacts.forComplaint("K-2026-000042");
        revokedToken = "Bearer token-1";

        assertThatThrownBy(() -> contacts.forComplaint("K-2026-000042"))
                .as("the letter waits and is tried again").isInstanceOf(CitizenContacts.Unavailable.class)
                .hasMessageContaining("HTTP 401");
        assertThat(contacts.forComplaint("K-2026-000042")).isPresent();
        assertThat(authorizations).endsWith("Bearer token-2");
    }

    @Test
    void aProviderThatRefusesTheClientDelaysTheLetterWithAClearReasonAndSendsNoRequestToIntake() {
        providerRefuses = true;
        CitizenContacts contacts = new IntakeCitizenContacts(RestClient.builder(), settings("wrong"));

        assertThatThrownBy(() -> contacts.forComplaint("K-2026-000042"))
                .isInstanceOf(CitizenContacts.Unavailable.class).hasMessageStartingWith("intake-token: ");
        assertThat(authorizations).isEmpty();
    }

    @Test
    void aTokenEndpointWithoutClientSecretOrBasicWithoutPasswordIsAnIncompleteSignIn() {
        assertThat(settings("s3cret").isSignInComplete()).isTrue();
        assertThat(settings(" ").isSignInComplete()).isFalse();
        assertThat(new IntakeSettings("http://intake", null, null, null, "h.devries", null, Duration.ofSeconds(1),
                Duration.ofSeconds(1)).isSignInComplete()).isFalse();
        assertThat(settings("s3cret").toString()).doesNotContain("s3cret");
    }

    private IntakeSettings settings(String secret) {
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        return new IntakeSettings(base, base + "/realms/klachtroute/protocol/openid-connect/token",
                "notification-service", secret, null, null, Duration.ofSeconds(2), Duration.ofSeconds(2));
    }

    private void token(HttpExchange exchange) throws IOException {
        String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (providerRefuses || !form.contains("grant_type=client_credentials")) {
            respond(exchange, 401, "{\"error\": \"invalid_client\"}");
            return;
        }
        respond(exchange, 200, "{\"access_token\": \"token-" + tokensIssued.incrementAndGet()
                + "\", \"token_type\": \"Bearer\", \"expires_in\": 300}");
    }

    private void complaint(HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        authorizations.add(String.valueOf(authorization));
        if (authorization == null || authorization.equals(revokedToken)) {
            respond(exchange, 401, "");
            return;
        }
        respond(exchange, 200, COMPLAINT);
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }
}
