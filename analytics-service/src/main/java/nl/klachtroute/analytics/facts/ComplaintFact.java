package nl.klachtroute.analytics.facts;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import nl.klachtroute.events.DeadlineKind;
import nl.klachtroute.events.DomainEvent;
import nl.klachtroute.events.Route;
import nl.klachtroute.events.complaint.BejegeningRouteStarted;
import nl.klachtroute.events.complaint.HearingRecorded;
import nl.klachtroute.events.complaint.HearingWaived;
import nl.klachtroute.events.complaint.MissingDetailsSupplied;
import nl.klachtroute.events.complaint.StandardRouteStarted;
import nl.klachtroute.events.findings.HearingHeld;
import nl.klachtroute.events.complaint.CitizenContacted;
import nl.klachtroute.events.complaint.ComplaintAcknowledged;
import nl.klachtroute.events.complaint.ComplaintAnonymised;
import nl.klachtroute.events.complaint.ComplaintClosed;
import nl.klachtroute.events.complaint.ComplaintNotHandled;
import nl.klachtroute.events.complaint.ComplaintRegistered;
import nl.klachtroute.events.complaint.ComplaintReopened;
import nl.klachtroute.events.complaint.ComplaintResolvedInformally;
import nl.klachtroute.events.complaint.ComplaintWithdrawn;
import nl.klachtroute.events.complaint.DeadlineMissed;
import nl.klachtroute.events.complaint.HandlingDeadlineExtended;
import nl.klachtroute.events.complaint.OmbudsmanReferralMade;

/**
 * One complaint as analytics sees it (klachtfeit): built only from events, keyed by complaint id,
 * pseudonymised. Everything analytics counts is derived from these facts.
 * <p>
 * {@link #apply} is idempotent: the same event applied twice gives the same fact, so a redelivered event
 * never counts twice even if the inbox marker was lost. Where the route allows it, the outcome also does
 * not depend on the order of events (first contact and first referral win, missed deadlines are a set),
 * and a fact can exist before its registration arrives (e.g. a registration replayed from the
 * dead-letter topic); such a fact is not counted until it is {@link #registered()}.
 * <p>
 * When the complaint's retention period passed ({@link ComplaintAnonymised}) the fact keeps every dimension it
 * is counted by but loses the complainant's pseudonym, the one thing that links it to a person. An anonymised
 * fact never carries a pseudonym, whatever arrives after: a registration replayed from the dead-letter topic
 * or read again by a rebuild does not bring it back.
 *
 * @param version          optimistic-locking version of the stored fact, null before the first save
 * @param registration     null until the registration arrives
 * @param missedDeadlines  deadlines complaint-intake reported as missed
 * @param ending           null while the complaint is open (again)
 * @param reopenedOn       the latest reopening decision
 * @param progress         formalisation, route taken, hearings held or waived
 * @param anonymisedOn     the day complaint-intake anonymised the complaint; null while it is kept
 * @param repeats          whether an earlier complaint within 12 months makes it a repeat complaint; decided by
 *                         the projection from the other complaints, not by this complaint's own events
 */
public record ComplaintFact(
        String complaintId,
        Long version,
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

    public ComplaintFact {
        if (complaintId == null || complaintId.isBlank()) {
            throw new IllegalArgumentException("A complaint fact needs the complaint id");
        }
        missedDeadlines = missedDeadlines == null || missedDeadlines.isEmpty() ? Set.of()
                : Set.copyOf(EnumSet.copyOf(missedDeadlines));
        progress = progress == null ? Progress.NONE : progress;
        repeats = repeats == null ? RepeatFlags.NONE : repeats;
        if (anonymisedOn != null && registration != null) {
            registration = registration.withoutComplainant();
        }
    }

    /** A complaint analytics has not seen any fact about yet. */
    public static ComplaintFact unknown(String complaintId) {
        return new ComplaintFact(complaintId, null, null, null, null, null, Set.of(), null, null, null, Progress.NONE,
                null, RepeatFlags.NONE);
    }

    /** Only registered complaints are counted: the registration carries every dimension. */
    public boolean registered() {
        return registration != null;
    }

    /** Its retention period passed: still counted, no longer linked to the complainant. */
    public boolean anonymised() {
        return anonymisedOn != null;
    }

    /** The fact after this event; the same fact when the event tells analytics nothing new. */
    public ComplaintFact apply(DomainEvent event) {
        if (event instanceof MissingDetailsSupplied supplied) {
            return supplied.formal() ? withProgress(progress.madeFormalOn(supplied.suppliedOn())) : this;
        }
        if (event instanceof StandardRouteStarted) {
            return withProgress(progress.routed(Route.STANDARD));
        }
        if (event instanceof BejegeningRouteStarted) {
            return withProgress(progress.routed(Route.BEJEGENING));
        }
        if (event instanceof HearingRecorded recorded) {
            return withProgress(progress.heardParty(recorded.party()));
        }
        if (event instanceof HearingHeld held) {
            return withProgress(progress.heardParty(held.party()));
        }
        if (event instanceof HearingWaived waived) {
            return withProgress(progress.waived(waived.ground()));
        }
        if (event instanceof ComplaintRegistered registered) {
            // The canonical constructor drops the pseudonym again if the fact was anonymised before.
            return withRegistration(Registration.of(registered));
        }
        if (event instanceof ComplaintAnonymised anonymisation) {
            // The earliest day wins, so a redelivery or a second run of the retention job changes nothing.
            return anonymisedOn == null || anonymisation.anonymisedOn().isBefore(anonymisedOn)
                    ? withAnonymisedOn(anonymisation.anonymisedOn()) : this;
        }
        if (event instanceof ComplaintAcknowledged acknowledged) {
            return acknowledgedOn == null || acknowledged.acknowledgedOn().isBefore(acknowledgedOn)
                    ? withAcknowledgedOn(acknowledged.acknowledgedOn()) : this;
        }
        if (event instanceof CitizenContacted contacted) {
            // The KPI is about the first contact; a later follow-up call does not change it.
            return contact == null || contacted.contactedOn().isBefore(contact.contactedOn())
                    ? withContact(new Contact(contacted.contactedOn(), contacted.channel(), contacted.withinDeadline()))
                    : this;
        }
        if (event instanceof HandlingDeadlineExtended extended) {
            return postponement == null || extended.newDeadline().isAfter(postponement.newDeadline())
                    ? withPostponement(new Postponement(extended.newDeadline(), extended.weeks(),
                            extended.withCitizenConsent()))
                    : this;
        }
        if (event instanceof DeadlineMissed missed) {
            if (missedDeadlines.contains(missed.kind())) {
                return this;
            }
            EnumSet<DeadlineKind> kinds = EnumSet.of(missed.kind());
            kinds.addAll(missedDeadlines);
            return withMissedDeadlines(kinds);
        }
        if (event instanceof ComplaintClosed closed) {
            return withEnding(Ending.closed(closed));
        }
        if (event instanceof ComplaintResolvedInformally resolved) {
            return withEnding(Ending.resolvedInformally(resolved.resolvedOn()));
        }
        if (event instanceof ComplaintNotHandled notHandled) {
            return withEnding(Ending.notHandled(notHandled.ground(), notHandled.decidedOn()));
        }
        if (event instanceof ComplaintWithdrawn withdrawn) {
            return withEnding(Ending.withdrawn(withdrawn.withdrawnOn()));
        }
        if (event instanceof OmbudsmanReferralMade referral) {
            return ombudsmanReferral == null || referral.referredOn().isBefore(ombudsmanReferral.referredOn())
                    ? withOmbudsmanReferral(new OmbudsmanReferral(referral.referredOn(), referral.afterMissedDeadline()))
                    : this;
        }
        if (event instanceof ComplaintReopened reopened) {
            return new ComplaintFact(complaintId, version, registration, acknowledgedOn, contact, postponement,
                    missedDeadlines, null, ombudsmanReferral, reopened.reopenedOn(), progress, anonymisedOn, repeats);
        }
        return this;
    }

    /** The same fact with the repeat flags the projection decided from the other complaints. */
    public ComplaintFact withRepeats(RepeatFlags value) {
        return new ComplaintFact(complaintId, version, registration, acknowledgedOn, contact, postponement,
                missedDeadlines, ending, ombudsmanReferral, reopenedOn, progress, anonymisedOn, value);
    }

    /** The same fact as stored under a new version. */
    public ComplaintFact withVersion(Long newVersion) {
        return new ComplaintFact(complaintId, newVersion, registration, acknowledgedOn, contact, postponement,
                missedDeadlines, ending, ombudsmanReferral, reopenedOn, progress, anonymisedOn, repeats);
    }

    /** Formal at registration, or made formal later by the missing details (Awb 9:4). */
    public boolean formal() {
        return registration != null && (registration.formal() || progress.formalSince() != null);
    }

    /** The route started, or the one the category implies when routing has not happened yet. */
    public Route route() {
        return progress.routeTaken() != null ? progress.routeTaken()
                : registration == null ? null : registration.route();
    }

    private ComplaintFact withProgress(Progress value) {
        return value.equals(progress) ? this : new ComplaintFact(complaintId, version, registration, acknowledgedOn,
                contact, postponement, missedDeadlines, ending, ombudsmanReferral, reopenedOn, value, anonymisedOn,
                repeats);
    }

    private ComplaintFact withRegistration(Registration value) {
        return new ComplaintFact(complaintId, version, value, acknowledgedOn, contact, postponement, missedDeadlines,
                ending, ombudsmanReferral, reopenedOn, progress, anonymisedOn, repeats);
    }

    private ComplaintFact withAcknowledgedOn(LocalDate value) {
        return new ComplaintFact(complaintId, version, registration, value, contact, postponement, missedDeadlines,
                ending, ombudsmanReferral, reopenedOn, progress, anonymisedOn, repeats);
    }

    private ComplaintFact withContact(Contact value) {
        return new ComplaintFact(complaintId, version, registration, acknowledgedOn, value, postponement,
                missedDeadlines, ending, ombudsmanReferral, reopenedOn, progress, anonymisedOn, repeats);
    }

    private ComplaintFact withPostponement(Postponement value) {
        return new ComplaintFact(complaintId, version, registration, acknowledgedOn, contact, value, missedDeadlines,
                ending, ombudsmanReferral, reopenedOn, progress, anonymisedOn, repeats);
    }

    private ComplaintFact withMissedDeadlines(Set<DeadlineKind> value) {
        return new ComplaintFact(complaintId, version, registration, acknowledgedOn, contact, postponement, value,
                ending, ombudsmanReferral, reopenedOn, progress, anonymisedOn, repeats);
    }

    private ComplaintFact withEnding(Ending value) {
        return new ComplaintFact(complaintId, version, registration, acknowledgedOn, contact, postponement,
                missedDeadlines, value, ombudsmanReferral, reopenedOn, progress, anonymisedOn, repeats);
    }

    private ComplaintFact withOmbudsmanReferral(OmbudsmanReferral value) {
        return new ComplaintFact(complaintId, version, registration, acknowledgedOn, contact, postponement,
                missedDeadlines, ending, value, reopenedOn, progress, anonymisedOn, repeats);
    }

    private ComplaintFact withAnonymisedOn(LocalDate value) {
        return new ComplaintFact(complaintId, version, registration, acknowledgedOn, contact, postponement,
                missedDeadlines, ending, ombudsmanReferral, reopenedOn, progress, value, repeats);
    }
}
