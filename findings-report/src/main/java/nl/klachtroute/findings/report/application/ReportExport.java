package nl.klachtroute.findings.report.application;

/**
 * A report exported for the dossier: the PDF, stamped on every page with who exported it and when.
 *
 * @param fileName a suggested file name
 * @param pdf      the document
 */
public record ReportExport(String fileName, byte[] pdf) {
}
