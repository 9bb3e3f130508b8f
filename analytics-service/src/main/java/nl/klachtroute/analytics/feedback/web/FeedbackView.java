package nl.klachtroute.analytics.feedback.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonInclude;

import nl.klachtroute.analytics.feedback.FeedbackFigures;
import nl.klachtroute.analytics.feedback.FeedbackQuery;
import nl.klachtroute.analytics.feedback.FeedbackReport;
import nl.klachtroute.analytics.feedback.FeedbackRow;

/**
 * The feedback figures as JSON. A suppressed cell is {@code {"suppressed": true}} and nothing else; a suppressed
 * share inside a shown cell likewise.
 *
 * @param suppressionApplied always true: every cell of answers is an opinion of few enough citizens to suppress
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record FeedbackView(QueryView query, int smallCellThreshold, boolean suppressionApplied, FeedbackFigures total,
        List<FeedbackRow> rows) {

    static FeedbackView of(FeedbackReport report) {
        return new FeedbackView(QueryView.of(report.query()), report.smallCellThreshold(), true, report.total(),
                report.rows());
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record QueryView(String period, LocalDate from, LocalDate to, String groupBy, String department) {
        static QueryView of(FeedbackQuery query) {
            return new QueryView(query.granularity().name().toLowerCase(Locale.ROOT), query.from(), query.to(),
                    query.groupBy().name().toLowerCase(Locale.ROOT), query.department());
        }
    }
}
