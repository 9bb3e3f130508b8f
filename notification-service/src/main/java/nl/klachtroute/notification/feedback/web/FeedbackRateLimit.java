package nl.klachtroute.notification.feedback.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Limits requests to the public feedback page, per minute: per client address and from everyone together. A
 * flood (someone trying links, a script) gets 429 with a page that says to try again later, and reaches neither
 * the store nor the form. Memory stays bounded: one counter per address seen this minute, at most
 * {@value #MAX_CLIENTS}. Behind a reverse proxy the client address is the proxy's unless the proxy's headers
 * are trusted ({@code server.forward-headers-strategy}).
 */
final class FeedbackRateLimit extends OncePerRequestFilter {

    static final int MAX_CLIENTS = 100_000;
    private final int perClient;
    private final int all;
    private final Clock clock;
    private final Counter refused;
    private final AtomicReference<Minute> current = new AtomicReference<>(new Minute(Long.MIN_VALUE));

    FeedbackRateLimit(int perClientPerMinute, int allPerMinute, Clock clock, MeterRegistry meters) {
        this.perClient = perClientPerMinute;
        this.all = allPerMinute;
        this.clock = clock;
        this.refused = Counter.builder("klachtroute.feedback.rate.limited")
                .description("Requests to the public feedback page refused for coming too often").register(meters);
    }

    private record Minute(long number, ConcurrentHashMap<String, AtomicInteger> perClient, AtomicInteger all) {

        Minute(long number) {
            this(number, new ConcurrentHashMap<>(), new AtomicInteger());
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long millis = clock.millis();
        if (allowed(request.getRemoteAddr(), millis / 60_000)) {
            chain.doFilter(request, response);
            return;
        }
        refused.increment();
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader("Retry-After", String.valueOf(60 - (millis / 1000) % 60));
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream().write(FeedbackPages.tooManyRequests().getBytes(StandardCharsets.UTF_8));
    }

    boolean allowed(String client, long minute) {
        Minute now = current.updateAndGet(m -> m.number() == minute ? m : new Minute(minute));
        if (now.all().incrementAndGet() > all) {
            return false;
        }
        AtomicInteger count = now.perClient().get(client);
        if (count == null) {
            if (now.perClient().size() >= MAX_CLIENTS) {
                return false;
            }
            count = now.perClient().computeIfAbsent(client, c -> new AtomicInteger());
        }
        return count.incrementAndGet() <= perClient;
    }
}
