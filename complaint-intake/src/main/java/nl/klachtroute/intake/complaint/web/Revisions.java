package nl.klachtroute.intake.complaint.web;

import java.util.HashSet;
import java.util.Set;

/**
 * The complaint's revision as an HTTP entity tag ({@code ETag: "7"}) and the revisions an {@code If-Match}
 * accepts. Weak tags are compared by their value: the revision means the same in every representation.
 */
final class Revisions {

    private Revisions() {
    }

    static String etag(long revision) {
        return "\"" + revision + "\"";
    }

    /**
     * @return null when there is no condition (no header, or {@code *}); otherwise the revisions named, empty
     *         when none of the tags is one of ours (then nothing matches: 412)
     */
    static Set<Long> accepted(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        Set<Long> revisions = new HashSet<>();
        for (String tag : ifMatch.split(",")) {
            String value = tag.strip();
            if (value.equals("*")) {
                return null;
            }
            if (value.startsWith("W/")) {
                value = value.substring(2);
            }
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                value = value.substring(1, value.length() - 1);
            }
            try {
                revisions.add(Long.parseLong(value));
            } catch (NumberFormatException e) {
                // Not a tag this service hands out: it matches no revision.
            }
        }
        return revisions;
    }
}
