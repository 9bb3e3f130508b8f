package nl.klachtroute.localstack.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers the satisfaction checks of a loaded {@link DemoPlan} as the citizens would: each takes the link from
 * the outcome e-mail that notification-service sent them and posts the form of the public page. The link exists
 * only in that e-mail, so the answers go through the same page, checks and events as a real citizen's. An answer
 * is given once; a second run finds the links used and changes nothing.
 */
public final class DemoFeedback {

    private static final Logger log = LoggerFactory.getLogger(DemoFeedback.class);

    /**
     * What a run did: answers accepted, and planned answers not given (no outcome e-mail in time, the page refused
     * it, or it was given on an earlier run).
     */
    public record Result(int answered, int missed) {
    }

    /** However steadily the e-mails come, this is where the citizens stop waiting. */
    private static final Duration AT_MOST = Duration.ofMinutes(30);

    private final Supplier<Map<String, URI>> linksInMail;
    private final Duration patience;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * @param linksInMail the feedback links in the outcome e-mails sent so far, by complaint id
     * @param patience    how long to wait for the next outcome e-mail: notification-service sends the mail of a
     *                    loaded history in the order of the events, so the recent outcomes come last
     */
    public DemoFeedback(Supplier<Map<String, URI>> linksInMail, Duration patience) {
        this.linksInMail = linksInMail;
        this.patience = patience;
    }

    /** Gives the planned answers of the complaints that were registered ({@code ids} by plan number). */
    public Result answer(List<DemoComplaint> plan, Map<Integer, String> ids) {
        List<DemoComplaint> waiting = new ArrayList<>(plan.stream()
                .filter(c -> c.feedback() != null && ids.containsKey(c.number())).toList());
        int planned = waiting.size();
        long giveUp = System.nanoTime() + AT_MOST.toNanos();
        long idleUntil = System.nanoTime() + patience.toNanos();
        int seen = -1;
        int answered = 0;
        while (!waiting.isEmpty() && System.nanoTime() < Math.min(giveUp, idleUntil)) {
            Map<String, URI> links = linksInMail.get();
            if (links.size() > seen) {
                seen = links.size();
                idleUntil = System.nanoTime() + patience.toNanos();
            }
            for (Iterator<DemoComplaint> each = waiting.iterator(); each.hasNext();) {
                DemoComplaint complaint = each.next();
                URI link = links.get(ids.get(complaint.number()));
                if (link != null) {
                    each.remove();
                    answered += post(link, complaint.feedback().form()) ? 1 : 0;
                }
            }
            if (!waiting.isEmpty() && !pause()) {
                break;
            }
        }
        int missed = planned - answered;
        if (missed > 0) {
            log.info("Demo data: {} planned feedback answer(s) not given now (no outcome e-mail in time, refused, or "
                    + "given before)", missed);
        }
        return new Result(answered, missed);
    }

    private boolean post(URI page, String form) {
        HttpRequest request = HttpRequest.newBuilder(page).header("Content-Type", "application/x-www-form-urlencoded")
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(form)).build();
        try {
            int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            // 409: answered on an earlier run. Otherwise the status only: the link is the citizen's key.
            if (status != 200 && status != 409) {
                log.warn("Demo data: a feedback answer was refused with status {}", status);
            }
            return status == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Gives notification-service time to send more e-mails; false when interrupted. */
    private static boolean pause() {
        try {
            Thread.sleep(500);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
