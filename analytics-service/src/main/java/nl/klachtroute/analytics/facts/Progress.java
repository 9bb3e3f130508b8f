package nl.klachtroute.analytics.facts;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import nl.klachtroute.events.HearingParty;
import nl.klachtroute.events.HearingWaiverGround;
import nl.klachtroute.events.Route;

/**
 * How the complaint went along the route, as far as analytics counts it. Every part is order-independent
 * and idempotent: earliest day wins, parties heard are a set.
 *
 * @param formalSince  the day missing details made an informal complaint formal (Awb 9:4); null if never
 * @param routeTaken   the route actually started (standard or bejegening); null before routing
 * @param heard        parties with a recorded hearing (HearingRecorded, or HearingHeld on the findings topic)
 * @param waiverGround the recorded ground for skipping the citizen's hearing (Awb 9:10 lid 2)
 */
public record Progress(LocalDate formalSince, Route routeTaken, Set<HearingParty> heard,
        HearingWaiverGround waiverGround) {

    public static final Progress NONE = new Progress(null, null, Set.of(), null);

    public Progress {
        heard = heard == null || heard.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(heard));
    }

    Progress madeFormalOn(LocalDate day) {
        return formalSince == null || day.isBefore(formalSince) ? new Progress(day, routeTaken, heard, waiverGround)
                : this;
    }

    Progress routed(Route route) {
        return new Progress(formalSince, route, heard, waiverGround);
    }

    Progress heardParty(HearingParty party) {
        if (heard.contains(party)) {
            return this;
        }
        EnumSet<HearingParty> parties = EnumSet.of(party);
        parties.addAll(heard);
        return new Progress(formalSince, routeTaken, parties, waiverGround);
    }

    Progress waived(HearingWaiverGround ground) {
        return new Progress(formalSince, routeTaken, heard, ground);
    }
}
