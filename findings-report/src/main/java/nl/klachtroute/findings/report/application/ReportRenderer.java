package nl.klachtroute.findings.report.application;

/** Turns a report, as its reader may see it, into a stamped document for the dossier. */
public interface ReportRenderer {

    /** @return the PDF; every page carries the stamp */
    byte[] render(ReportRead read, ExportStamp stamp);
}
