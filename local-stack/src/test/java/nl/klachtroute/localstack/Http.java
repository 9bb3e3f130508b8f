package nl.klachtroute.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A tiny HTTP client that signs in as a dev user, as the README's curl walkthrough does. */
final class Http {

    record Response(int status, JsonNode body, String raw) {
    }

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Http() {
    }

    static Response get(URI base, String path, String user) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET(), user);
    }

    static Response post(URI base, String path, String user, String json) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), user);
    }

    /** A form as a browser posts it, without signing in (the citizen's public feedback page). */
    static Response form(URI url, String urlEncodedForm) {
        return send(HttpRequest.newBuilder(url).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(urlEncodedForm)), null);
    }

    private static Response send(HttpRequest.Builder request, String user) {
        if (user != null) {
            String token = Base64.getEncoder().encodeToString((user + ":klachtroute").getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + token);
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString());
            String raw = response.body();
            JsonNode body = raw == null || raw.isBlank() || !raw.trim().startsWith("{") && !raw.trim().startsWith("[")
                    ? null : JSON.readTree(raw);
            return new Response(response.statusCode(), body, raw);
        } catch (IOException e) {
            return new Response(-1, null, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
