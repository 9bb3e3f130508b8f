package nl.klachtroute.findings.report.persistence;

import java.util.List;
import java.util.function.Function;

/** One page of a list, numbered from 0. */
public record ReportPage<T>(List<T> items, int page, int size, long totalItems) {

    public long totalPages() {
        return size == 0 ? 0 : (totalItems + size - 1) / size;
    }

    public <R> ReportPage<R> map(Function<T, R> mapper) {
        return new ReportPage<>(items.stream().map(mapper).toList(), page, size, totalItems);
    }
}
