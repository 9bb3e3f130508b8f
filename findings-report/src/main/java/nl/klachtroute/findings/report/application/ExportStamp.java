package nl.klachtroute.findings.report.application;

import java.time.Instant;
import java.time.ZoneId;

/**
 * What every page of an exported report says about its copy, so that a leaked copy names its source and
 * matches exactly one {@code EXPORT} entry of the access trail.
 *
 * @param readerName display name of whoever exported it
 * @param readerId   their staff id
 * @param at         the time of the trail entry
 * @param requestId  the request, as in the trail entry
 * @param zone       the zone the time is shown in
 */
public record ExportStamp(String readerName, String readerId, Instant at, String requestId, ZoneId zone) {
}
