package nl.klachtroute.analytics.feedback;

/**
 * The feedback figures of one period and group.
 *
 * @param period  {@code 2026-04}, {@code 2026-Q2} or {@code 2026}
 * @param group   the department or category; null without a breakdown
 */
public record FeedbackRow(String period, String group, FeedbackFigures figures) {
}
