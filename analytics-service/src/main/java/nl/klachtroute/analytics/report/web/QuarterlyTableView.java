package nl.klachtroute.analytics.report.web;

import java.util.List;

import nl.klachtroute.analytics.report.Quarter;
import nl.klachtroute.analytics.report.QuarterlyTable;

/** The quarterly table as JSON, quarters as labels ({@code 2026-Q2}). */
record QuarterlyTableView(String from, String to, List<String> quarters, List<LineView> departments, LineView total) {

    static QuarterlyTableView of(QuarterlyTable table) {
        return new QuarterlyTableView(table.from().toString(), table.to().toString(),
                table.quarters().stream().map(Quarter::toString).toList(),
                table.departments().stream().map(LineView::of).toList(), LineView.of(table.total()));
    }

    record LineView(String department, List<FigureView> complaints, List<FigureView> ombudsmanReferrals,
            long complaintsTotal, long ombudsmanReferralsTotal) {
        static LineView of(QuarterlyTable.Line line) {
            return new LineView(line.department(), line.complaints().stream().map(FigureView::of).toList(),
                    line.ombudsmanReferrals().stream().map(FigureView::of).toList(), line.complaintsTotal(),
                    line.ombudsmanReferralsTotal());
        }
    }

    /** @param change versus the previous quarter; {@code trend} says it in the ombudsman's words */
    record FigureView(String quarter, long count, long previous, long change, String trend) {
        static FigureView of(QuarterlyTable.Figure figure) {
            return new FigureView(figure.quarter().toString(), figure.count(), figure.previous(), figure.change(),
                    figure.trend());
        }
    }
}
