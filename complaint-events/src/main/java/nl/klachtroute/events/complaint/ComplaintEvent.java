package nl.klachtroute.events.complaint;

import nl.klachtroute.events.DomainEvent;

/** Facts about the complaint case, published by complaint-intake. Topic: {@link nl.klachtroute.events.Topics#COMPLAINT}. */
public sealed interface ComplaintEvent extends DomainEvent permits
        ComplaintRegistered,
        MissingDetailsRequested,
        MissingDetailsSupplied,
        ComplaintAcknowledged,
        HandlerAssigned,
        CitizenContacted,
        BejegeningRouteStarted,
        StandardRouteStarted,
        HearingRecorded,
        EmployeeInformed,
        FindingsReportRequested,
        HearingWaived,
        HandlingDeadlineExtended,
        DeadlineApproaching,
        DeadlineMissed,
        ComplaintClosed,
        ComplaintResolvedInformally,
        ComplaintNotHandled,
        ComplaintWithdrawn,
        OmbudsmanReferralMade,
        ComplaintReopened,
        CitizenContactResumed,
        ComplaintAnonymised {
}
