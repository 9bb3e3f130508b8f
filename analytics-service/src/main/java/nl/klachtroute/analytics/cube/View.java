package nl.klachtroute.analytics.cube;

import java.util.List;

/**
 * One cut of the cube: the dimensions its cells are keyed by. Every complaint counts once in every view, so a
 * question reads the one view that keys exactly what it groups or filters by, and sums few cells: per team only
 * where a department or team is asked for, a single dimension across the whole organisation otherwise.
 */
public enum View {
    ALL("A"),
    TEAM("T", Dimension.DEPARTMENT, Dimension.TEAM),
    CATEGORY("C", Dimension.CATEGORY),
    CHANNEL("H", Dimension.CHANNEL),
    ROUTE("R", Dimension.ROUTE, Dimension.REGISTERED_ROUTE),
    TEAM_CATEGORY("TC", Dimension.DEPARTMENT, Dimension.TEAM, Dimension.CATEGORY),
    TEAM_CHANNEL("TH", Dimension.DEPARTMENT, Dimension.TEAM, Dimension.CHANNEL),
    TEAM_ROUTE("TR", Dimension.DEPARTMENT, Dimension.TEAM, Dimension.ROUTE, Dimension.REGISTERED_ROUTE),
    /** referrals to the ombudsman by department, in months of referral rather than of receipt */
    REFERRALS("O", Dimension.DEPARTMENT);

    private final String code;
    private final List<Dimension> dimensions;

    View(String code, Dimension... dimensions) {
        this.code = code;
        this.dimensions = List.of(dimensions);
    }

    public String code() {
        return code;
    }

    public List<Dimension> dimensions() {
        return dimensions;
    }

    /** The views of complaints by day of receipt. */
    public static List<View> byReceipt() {
        return List.of(ALL, TEAM, CATEGORY, CHANNEL, ROUTE, TEAM_CATEGORY, TEAM_CHANNEL, TEAM_ROUTE);
    }

    public static View ofCode(String code) {
        for (View view : values()) {
            if (view.code.equals(code)) {
                return view;
            }
        }
        throw new IllegalArgumentException("No view " + code);
    }
}
