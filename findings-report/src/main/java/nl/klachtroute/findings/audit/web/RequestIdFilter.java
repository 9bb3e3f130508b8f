package nl.klachtroute.findings.audit.web;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.klachtroute.findings.audit.AccessContext;

/**
 * Gives every request an id for the access trail: the caller's {@code X-Request-Id} when it is a sane
 * token, otherwise a new UUID. The id goes back in the response, so a user and the privacy officer can
 * match a request with its trail entry. Runs before security, so refusals carry it too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestIdFilter extends OncePerRequestFilter {

    public static final String HEADER = "X-Request-Id";
    private static final String ATTRIBUTE = RequestIdFilter.class.getName() + ".id";
    // Anything else could smuggle line breaks or markup into the trail and into logs.
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String sent = request.getHeader(HEADER);
        String id = sent != null && SANE.matcher(sent).matches() ? sent : UUID.randomUUID().toString();
        request.setAttribute(ATTRIBUTE, id);
        response.setHeader(HEADER, id);
        chain.doFilter(request, response);
    }

    /** The trail context of the current request. */
    public static AccessContext contextOf(HttpServletRequest request) {
        Object id = request.getAttribute(ATTRIBUTE);
        return new AccessContext(request.getRemoteAddr(), id == null ? UUID.randomUUID().toString() : id.toString());
    }
}
