package nl.klachtroute.support.tracing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.klachtroute.support.problem.ApiProblemHandler;

/**
 * Refuses a request body above the limit with 413 and a problem document before anything reads it: the
 * largest legitimate body (a findings report with its text fields) is a few tens of kilobytes, so a
 * megabyte-sized one is a mistake or an attack, and must not reach the JSON parser or the store. A chunked
 * body without a length is read through a counting stream and refused the same way.
 */
public class RequestSizeLimitFilter extends OncePerRequestFilter {

    private final long limitBytes;

    public RequestSizeLimitFilter(long limitBytes) {
        this.limitBytes = limitBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > limitBytes) {
            refuse(response);
            return;
        }
        if (declared < 0 && request.getHeader("Transfer-Encoding") != null) {
            LimitedRequest limited = new LimitedRequest(request, limitBytes);
            try {
                chain.doFilter(limited, response);
            } catch (ServletException | RuntimeException e) {
                if (limited.exceeded() && !response.isCommitted()) {
                    response.reset();
                    refuse(response);
                    return;
                }
                throw e;
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletResponse response) throws IOException {
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(("{\"type\":\"" + ApiProblemHandler.TYPE_BASE + "request-too-large\","
                + "\"title\":\"Content Too Large\",\"status\":413,\"detail\":\"The request body is larger than "
                + limitBytes + " bytes\",\"limitBytes\":" + limitBytes + "}").getBytes(StandardCharsets.UTF_8));
    }

    /** A request whose body stream fails once more than the limit was read. */
    private static final class LimitedRequest extends jakarta.servlet.http.HttpServletRequestWrapper {
        private final long limit;
        private long read;
        private boolean exceeded;

        LimitedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        boolean exceeded() {
            return exceeded;
        }

        @Override
        public jakarta.servlet.ServletInputStream getInputStream() throws IOException {
            jakarta.servlet.ServletInputStream in = super.getInputStream();
            return new jakarta.servlet.ServletInputStream() {
                @Override
                public int read() throws IOException {
                    int b = in.read();
                    if (b >= 0) {
                        count(1);
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = in.read(buffer, offset, length);
                    if (n > 0) {
                        count(n);
                    }
                    return n;
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(jakarta.servlet.ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > limit) {
                exceeded = true;
                throw new IOException("request body larger than " + limit + " bytes");
            }
        }
    }
}
