package nl.klachtroute.findings.report;

import java.time.LocalDate;

/**
 * The teammanager's findings (bevindingen) and proposed solutions for restoring communication.
 *
 * @param findings          what the teammanager found
 * @param proposedSolutions proposals for restoring communication (communicatieherstel); may be null
 * @param writtenBy         staff id of the author
 * @param writtenOn         when last written
 */
public record Findings(String findings, String proposedSolutions, String writtenBy, LocalDate writtenOn) {
}
