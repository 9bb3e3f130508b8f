package nl.klachtroute.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One measured figure over the repeated runs, and the target it is held to (if any).
 *
 * @param name   what was measured, e.g. {@code intake.api/raw}
 * @param unit   {@code /s}, {@code ms}, {@code ratio}, {@code s}, {@code MB}
 * @param values one value per run
 * @param target the target, or null; {@link Target#met} decides on the median
 */
record Figure(String name, String unit, List<Double> values, Target target) {

    Figure {
        if (values.isEmpty()) {
            throw new IllegalArgumentException(name + " has no values");
        }
        values = List.copyOf(values);
    }

    double min() {
        return values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    }

    double max() {
        return values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    }

    double median() {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** Whether the median meets the target; null without a target. */
    Boolean met() {
        return target == null ? null : target.met(median());
    }

    Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", name);
        map.put("unit", unit);
        map.put("runs", values);
        map.put("min", min());
        map.put("median", median());
        map.put("max", max());
        if (target != null) {
            map.put("target", target.toString());
            map.put("met", met());
        }
        return map;
    }

    /** A bound the median must stay above ({@code atLeast}) or below. */
    record Target(boolean atLeast, double bound) {

        static Target atLeast(double bound) {
            return new Target(true, bound);
        }

        static Target below(double bound) {
            return new Target(false, bound);
        }

        boolean met(double value) {
            return atLeast ? value >= bound : value < bound;
        }

        @Override
        public String toString() {
            return (atLeast ? ">= " : "< ") + Results.format(bound);
        }
    }
}
