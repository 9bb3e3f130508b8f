package nl.klachtroute.analytics.kpi;

import java.time.LocalDate;
import java.util.List;

import nl.klachtroute.analytics.facts.ComplaintFact;

/** Registered complaint facts by day of receipt (port; the Mongo adapter lives in {@code kpi.persistence}). */
public interface FactSource {

    /** @return registered facts received in the period, both ends inclusive, null for unbounded */
    List<ComplaintFact> receivedBetween(LocalDate from, LocalDate to);
}
