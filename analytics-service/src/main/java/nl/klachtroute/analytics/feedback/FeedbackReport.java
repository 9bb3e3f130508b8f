package nl.klachtroute.analytics.feedback;

import java.util.List;

/**
 * Feedback figures for a query: the whole of it and its rows in period order, then group order.
 *
 * @param smallCellThreshold the fewest answers a cell needs to show figures
 */
public record FeedbackReport(FeedbackQuery query, int smallCellThreshold, FeedbackFigures total,
        List<FeedbackRow> rows) {
}
