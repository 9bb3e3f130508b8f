package nl.klachtroute.localstack;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.concurrent.Executors;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import tools.jackson.databind.json.JsonMapper;

/**
 * Shows what the embedded SMTP server received: {@code /} as a page, {@code /api/messages} as JSON.
 * Development only; bound to localhost.
 */
final class MailViewer implements AutoCloseable {

    private final Supplier<GreenMail> mail;
    private final HttpServer server;
    private final JsonMapper json = JsonMapper.builder().build();

    /** @param mail the SMTP server of the moment (a fault test may replace it) */
    MailViewer(Supplier<GreenMail> mail, int port) throws IOException {
        this.mail = mail;
        this.server = HttpServer.create(new InetSocketAddress("localhost", port), 0);
        server.createContext("/api/messages", this::messagesJson);
        server.createContext("/", this::page);
        server.setExecutor(Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "mail-viewer");
            t.setDaemon(true);
            return t;
        }));
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    List<Map<String, Object>> messages() {
        List<Map<String, Object>> result = new ArrayList<>();
        MimeMessage[] received = mail.get().getReceivedMessages();
        for (int i = received.length - 1; i >= 0; i--) {
            try {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("to", addresses(received[i].getRecipients(Message.RecipientType.TO)));
                m.put("from", addresses(received[i].getFrom()));
                m.put("subject", received[i].getSubject());
                m.put("sentAt", received[i].getSentDate() == null ? null : received[i].getSentDate().toInstant().toString());
                m.put("body", readableText(received[i]));
                result.add(m);
            } catch (MessagingException e) {
                result.add(Map.of("error", String.valueOf(e.getMessage())));
            }
        }
        return result;
    }

    /** The text/plain part of a letter (decoded), so the viewer shows what a reader sees, not raw MIME. */
    static String readableText(jakarta.mail.Part part) {
        try {
            if (part.isMimeType("text/plain")) {
                return String.valueOf(part.getContent());
            }
            if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    String text = readableText(multipart.getBodyPart(i));
                    if (text != null) {
                        return text;
                    }
                }
            }
            return part instanceof MimeMessage message ? GreenMailUtil.getBody(message) : null;
        } catch (MessagingException | IOException e) {
            return part instanceof MimeMessage message ? GreenMailUtil.getBody(message) : null;
        }
    }

    private static List<String> addresses(Address[] addresses) {
        return addresses == null ? List.of() : Arrays.stream(addresses).map(Address::toString).toList();
    }

    private void messagesJson(HttpExchange exchange) throws IOException {
        respond(exchange, "application/json", json.writeValueAsString(messages()));
    }

    private void page(HttpExchange exchange) throws IOException {
        StringBuilder html = new StringBuilder("""
                <!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Klachtroute - verzonden e-mail</title>
                <style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:60rem}
                article{border:1px solid #ccc;border-radius:6px;padding:1rem;margin:1rem 0}
                pre{white-space:pre-wrap;font-family:inherit}small{color:#555}</style></head>
                <body><h1>Verzonden e-mail (lokale SMTP)</h1><p><a href="/api/messages">JSON</a></p>
                """);
        List<Map<String, Object>> messages = messages();
        if (messages.isEmpty()) {
            html.append("<p>Nog geen e-mail verzonden.</p>");
        }
        for (Map<String, Object> m : messages) {
            html.append("<article><h2>").append(escape(m.get("subject"))).append("</h2><small>Aan: ")
                    .append(escape(m.get("to"))).append(" &middot; ").append(escape(m.get("sentAt")))
                    .append("</small><pre>").append(escape(m.get("body"))).append("</pre></article>");
        }
        respond(exchange, "text/html; charset=utf-8", html.append("</body></html>").toString());
    }

    private static String escape(Object value) {
        return String.valueOf(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    private static void respond(HttpExchange exchange, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
