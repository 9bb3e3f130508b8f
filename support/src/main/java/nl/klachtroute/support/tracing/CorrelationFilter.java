package nl.klachtroute.support.tracing;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Gives every request a correlation id: the caller's {@value Correlation#HEADER} when it is a UUID (a client
 * retrying, another service calling), else a new one; named in the answer so a user can quote it to support.
 */
public class CorrelationFilter extends OncePerRequestFilter {

    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String given = request.getHeader(Correlation.HEADER);
        String id = given != null && UUID_TEXT.matcher(given).matches() ? given.toLowerCase()
                : UUID.randomUUID().toString();
        String previous = MDC.get(Correlation.MDC_KEY);
        MDC.put(Correlation.MDC_KEY, id);
        response.setHeader(Correlation.HEADER, id);
        try {
            chain.doFilter(request, response);
        } finally {
            Correlation.restore(Correlation.MDC_KEY, previous);
        }
    }
}
