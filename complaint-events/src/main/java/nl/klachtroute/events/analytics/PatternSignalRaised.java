package nl.klachtroute.events.analytics;

import nl.klachtroute.events.Category;
import nl.klachtroute.events.SignalKind;

/**
 * Analytics saw a pattern a manager should look at.
 *
 * @param signalId signalId
 * @param kind kind
 * @param department department (optional)
 * @param team team (optional)
 * @param category category (optional)
 * @param period e.g. 2026-Q2
 * @param count count
 * @param baseline baseline
 */
public record PatternSignalRaised(
        String signalId,
        SignalKind kind,
        String department,
        String team,
        Category category,
        String period,
        long count,
        double baseline) implements AnalyticsEvent {}
