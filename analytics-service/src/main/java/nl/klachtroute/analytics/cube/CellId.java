package nl.klachtroute.analytics.cube;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Where a cell sits: its view, its period and its value of each of the view's dimensions (null where a complaint
 * lacks one). As a string, {@code T|2026-04|Werk|Werk Oost}: the view, the period, then the {@link #combination()}.
 *
 * @param values one per dimension of the view, in its order
 */
public record CellId(View view, Bucket bucket, List<String> values) {

    private static final String NULL = "~";

    public CellId {
        if (values.size() != view.dimensions().size()) {
            throw new IllegalArgumentException(view + " needs " + view.dimensions().size() + " values, not " + values);
        }
        values = Collections.unmodifiableList(new ArrayList<>(values));
    }

    public static CellId of(View view, Bucket bucket, String combination) {
        return new CellId(view, bucket, values(view, combination));
    }

    public String value(Dimension dimension) {
        int at = view.dimensions().indexOf(dimension);
        if (at < 0) {
            throw new IllegalArgumentException(view + " is not keyed by " + dimension);
        }
        return values.get(at);
    }

    /** The values as one string, each escaped so that no value can look like another combination. */
    public String combination() {
        return String.join("|", values.stream().map(CellId::encode).toList());
    }

    public String id() {
        return view.code() + "|" + bucket.label() + (values.isEmpty() ? "" : "|" + combination());
    }

    public static CellId parse(String id) {
        String[] parts = id.split("\\|", 3);
        View view = View.ofCode(parts[0]);
        return of(view, Bucket.parse(parts[1]), parts.length > 2 ? parts[2] : "");
    }

    public static List<String> values(View view, String combination) {
        if (view.dimensions().isEmpty()) {
            return List.of();
        }
        return Arrays.stream(combination.split("\\|", -1)).map(CellId::decode).toList();
    }

    private static String encode(String value) {
        return value == null ? NULL : value.replace("%", "%25").replace("|", "%7C").replace("~", "%7E");
    }

    private static String decode(String value) {
        return NULL.equals(value) ? null : value.replace("%7E", "~").replace("%7C", "|").replace("%25", "%");
    }
}
