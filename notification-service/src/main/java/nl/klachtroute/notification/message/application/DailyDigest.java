package nl.klachtroute.notification.message.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.klachtroute.notification.message.DailyDigestMail;
import nl.klachtroute.notification.message.DigestEntries;
import nl.klachtroute.notification.message.DigestEntry;
import nl.klachtroute.notification.message.DigestSchedule;
import nl.klachtroute.notification.message.Message;
import nl.klachtroute.notification.message.MessageId;
import nl.klachtroute.notification.message.Messages;
import nl.klachtroute.support.security.StaffDirectory;
import nl.klachtroute.support.security.StaffMember;

/**
 * Records each person's daily digest once the digest time has passed: one message per person per day that
 * lists every notice that arose before the digest time and no digest listed yet. The dispatcher sends it like
 * any other message (waiting, with back-off, while the mail server is down).
 * <p>
 * Never twice: the digest's id follows from person and day ({@link MessageId#digest}), and the notices it
 * lists are fixed once the digest time has passed (later notices arise after it and wait for tomorrow). If the
 * process stops between recording a digest and marking its notices, the next round finds the digest and marks
 * them, on the same day or later, instead of listing them again.
 */
public class DailyDigest {

    private static final Logger log = LoggerFactory.getLogger(DailyDigest.class);
    /** How far back a round looks for a digest that already listed a waiting notice. */
    private static final int LOOKBACK_DAYS = 31;

    private final Messages messages;
    private final DigestEntries entries;
    private final StaffDirectory staff;
    private final Clock clock;
    private final MailSettings mail;
    private final DigestSchedule schedule;

    public DailyDigest(Messages messages, DigestEntries entries, StaffDirectory staff, Clock clock, MailSettings mail,
            StaffMailSettings settings) {
        this.messages = messages;
        this.entries = entries;
        this.staff = staff;
        this.clock = clock;
        this.mail = mail;
        this.schedule = settings.schedule();
    }

    /**
     * One round. Runs in either mode: after a switch back to immediate mail, notices that still wait go out in
     * one last digest.
     *
     * @return digests recorded in this round
     */
    public int recordDue() {
        Instant now = clock.instant();
        LocalDate day = schedule.latestDueDay(now);
        Map<String, List<DigestEntry>> perPerson = new LinkedHashMap<>();
        for (DigestEntry entry : entries.waitingBefore(schedule.cutoff(day))) {
            perPerson.computeIfAbsent(entry.recipientId(), id -> new ArrayList<>()).add(entry);
        }
        int recorded = 0;
        for (Map.Entry<String, List<DigestEntry>> person : perPerson.entrySet()) {
            List<DigestEntry> waiting = alreadyListed(person.getKey(), person.getValue(), day);
            if (waiting.isEmpty()) {
                continue;
            }
            MessageId id = MessageId.digest(person.getKey(), day);
            String name = staff.find(person.getKey()).map(StaffMember::name).orElse(null);
            Message digest = Message.digestToStaff(id, person.getKey(),
                    DailyDigestMail.render(day, waiting, name, mail.inboxUrl()), now);
            if (messages.add(digest)) {
                recorded++;
                log.info("Digest {} of {} recorded with {} notices", id, day, waiting.size());
            }
            entries.listedIn(waiting.stream().map(DigestEntry::id).toList(), id);
        }
        return recorded;
    }

    /**
     * Marks the notices a digest recorded earlier already lists (the process stopped before it marked them).
     *
     * @return the notices no digest lists yet
     */
    private List<DigestEntry> alreadyListed(String recipientId, List<DigestEntry> waiting, LocalDate day) {
        List<DigestEntry> open = new ArrayList<>(waiting);
        LocalDate first = open.stream().map(e -> schedule.firstDayListing(e.noticedAt()))
                .min(Comparator.naturalOrder()).orElse(day);
        if (first.isBefore(day.minusDays(LOOKBACK_DAYS))) {
            first = day.minusDays(LOOKBACK_DAYS);
        }
        for (LocalDate d = first; !d.isAfter(day) && !open.isEmpty(); d = d.plusDays(1)) {
            MessageId earlier = MessageId.digest(recipientId, d);
            if (messages.find(earlier).isPresent()) {
                Instant cutoff = schedule.cutoff(d);
                List<DigestEntry> listed = open.stream().filter(e -> e.noticedAt().isBefore(cutoff)).toList();
                entries.listedIn(listed.stream().map(DigestEntry::id).toList(), earlier);
                open.removeAll(listed);
            }
        }
        return open;
    }
}
