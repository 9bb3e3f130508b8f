package nl.klachtroute.findings.report.persistence;

import java.util.List;

import nl.klachtroute.findings.report.FindingsReport;
import nl.klachtroute.support.outbox.PendingEvent;

/**
 * A report as loaded, with what a save needs to stay safe: the storage version it was read at and the
 * events still waiting for the relay.
 */
public record StoredReport(FindingsReport report, Long version, List<PendingEvent> outbox) {
}
