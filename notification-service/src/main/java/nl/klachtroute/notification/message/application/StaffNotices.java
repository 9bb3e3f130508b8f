package nl.klachtroute.notification.message.application;

import java.time.LocalDate;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

import nl.klachtroute.notification.message.DigestEntries;
import nl.klachtroute.notification.message.DigestEntry;
import nl.klachtroute.notification.message.Message;
import nl.klachtroute.notification.message.Messages;

/**
 * Tells staff about their work in the configured way: in {@code immediate} mode the e-mail is recorded to
 * go out at once; in {@code digest} mode the notice is recorded for the person's next daily digest instead.
 * Either way it is recorded under the e-mail's deterministic id, so a repeated notice is recorded once.
 */
@Service
@EnableConfigurationProperties(StaffMailSettings.class)
public class StaffNotices {

    private final Messages messages;
    private final DigestEntries digest;
    private final StaffMailSettings settings;

    public StaffNotices(Messages messages, DigestEntries digest, StaffMailSettings settings) {
        this.messages = messages;
        this.digest = digest;
        this.settings = settings;
    }

    /**
     * @param mail    the e-mail as immediate mode sends it (a staff message)
     * @param kind    what sort of notice, for the digest
     * @param what    what to do, in Dutch
     * @param subject for which complaint ("klacht K-2026-000123"), or the scope of a task about many complaints
     * @param dueOn   by when, or null
     */
    public void tell(Message mail, DigestEntry.Kind kind, String what, String subject, LocalDate dueOn) {
        if (settings.mode() == StaffMailSettings.Mode.IMMEDIATE) {
            messages.add(mail);
        } else {
            digest.add(new DigestEntry(mail.id().value(), mail.recipientId(), kind, what, subject, dueOn,
                    mail.createdAt(), null));
        }
    }
}
