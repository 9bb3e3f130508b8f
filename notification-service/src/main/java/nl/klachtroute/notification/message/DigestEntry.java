package nl.klachtroute.notification.message;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One notice for the daily digest (dagelijks overzicht) of a member of staff: what it is about, for which
 * complaint, by when. In digest mode a task e-mail, reminder, overdue notice or escalation is recorded as
 * an entry instead of a message of its own, and the next digest lists it.
 *
 * @param id          the id the e-mail would have had in immediate mode: the same notice recorded again (a
 *                    redelivered event) finds the first entry
 * @param recipientId staff id
 * @param kind        what sort of notice
 * @param what        what to do, in Dutch, e.g. "Contact opnemen met de klager"
 * @param subject     for which complaint ("klacht K-2026-000123") or, for work about many complaints, its scope
 * @param dueOn       by when, or null
 * @param noticedAt   when the notice arose; the first digest after this moment lists it
 * @param digestId    the digest that listed it, or null while it waits
 */
public record DigestEntry(String id, String recipientId, Kind kind, String what, String subject, LocalDate dueOn,
        Instant noticedAt, String digestId) {

    public DigestEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(recipientId, "recipientId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(noticedAt, "noticedAt");
    }

    /** The sort of notice, which also orders the digest: new work first, then what is late. */
    public enum Kind {
        /** A new task (nieuwe taak). */
        NEW_TASK,
        /** A deadline is near (herinnering). */
        DUE_SOON,
        /** A deadline passed (termijn verlopen). */
        OVERDUE,
        /** Someone on the team missed a deadline; the lead has a task (escalatie). */
        ESCALATED
    }
}
