package nl.klachtroute.analytics.facts.persistence;

import java.time.LocalDate;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.mapping.Document;

import nl.klachtroute.analytics.facts.ComplaintFact;
import nl.klachtroute.analytics.facts.Contact;
import nl.klachtroute.analytics.facts.Ending;
import nl.klachtroute.analytics.facts.OmbudsmanReferral;
import nl.klachtroute.analytics.facts.Postponement;
import nl.klachtroute.analytics.facts.Progress;
import nl.klachtroute.analytics.facts.Registration;
import nl.klachtroute.analytics.facts.RepeatFlags;
import nl.klachtroute.events.DeadlineKind;

/**
 * A complaint fact as stored: one document per complaint, {@code _id} = complaint id, so a replayed
 * registration overwrites rather than adds. The field paths below are what aggregations group on.
 * <p>
 * A save replaces the whole document and null fields are not written, so once a fact is anonymised its
 * stored document has no {@value #COMPLAINANT_REF} field left, only {@value #ANONYMISED_ON}.
 */
@Document(ComplaintFactDocument.COLLECTION)
public record ComplaintFactDocument(
        @Id String id,
        @Version Long version,
        Registration registration,
        LocalDate acknowledgedOn,
        Contact contact,
        Postponement postponement,
        Set<DeadlineKind> missedDeadlines,
        Ending ending,
        OmbudsmanReferral ombudsmanReferral,
        LocalDate reopenedOn,
        Progress progress,
        LocalDate anonymisedOn,
        RepeatFlags repeats) {

    public static final String COLLECTION = "complaint_facts";
    public static final String RECEIVED_ON = "registration.receivedOn";
    public static final String QUARTER = "registration.quarter";
    public static final String DEPARTMENT = "registration.department";
    public static final String TEAM = "registration.team";
    public static final String CATEGORY = "registration.category";
    public static final String CHANNEL = "registration.channel";
    public static final String ROUTE = "registration.route";
    public static final String CONTACT_DEADLINE = "registration.contactDeadline";
    public static final String CONTACTED_ON = "contact.contactedOn";
    public static final String CONTACTED_WITHIN_DEADLINE = "contact.withinDeadline";
    public static final String COMPLAINANT_REF = "registration.complainantRef";
    public static final String ANONYMISED_ON = "anonymisedOn";
    public static final String REPEATS = "repeats";
    public static final String ENDING_KIND = "ending.kind";
    public static final String ENDED_ON = "ending.endedOn";

    /** Narrows the criterion on a day field to {@code from} through {@code to}; a missing bound is open. */
    public static Criteria within(Criteria day, LocalDate from, LocalDate to) {
        Criteria bounded = from == null ? day : day.gte(from);
        return to == null ? bounded : bounded.lte(to);
    }

    static ComplaintFactDocument of(ComplaintFact fact) {
        return of(fact, fact.version());
    }

    static ComplaintFactDocument of(ComplaintFact fact, Long version) {
        return new ComplaintFactDocument(fact.complaintId(), version, fact.registration(), fact.acknowledgedOn(),
                fact.contact(), fact.postponement(), fact.missedDeadlines(), fact.ending(), fact.ombudsmanReferral(),
                fact.reopenedOn(), fact.progress(), fact.anonymisedOn(), fact.repeats());
    }

    public ComplaintFact toFact() {
        return new ComplaintFact(id, version, registration, acknowledgedOn, contact, postponement, missedDeadlines,
                ending, ombudsmanReferral, reopenedOn, progress, anonymisedOn, repeats);
    }
}
