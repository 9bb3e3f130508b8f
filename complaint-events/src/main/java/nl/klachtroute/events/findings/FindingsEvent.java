package nl.klachtroute.events.findings;

import nl.klachtroute.events.DomainEvent;

/** Facts about the Rapport van Bevindingen, published by findings-report. Topic: {@link nl.klachtroute.events.Topics#FINDINGS}. */
public sealed interface FindingsEvent extends DomainEvent permits
        FindingsReportOpened,
        FindingsReportAssigned,
        HearingHeld,
        FindingsReportSubmitted,
        FindingsReportReturned,
        FindingsReportAccepted,
        FindingsReportShared,
        FindingsReportDeadlineApproaching,
        FindingsReportDeadlineMissed {
}
