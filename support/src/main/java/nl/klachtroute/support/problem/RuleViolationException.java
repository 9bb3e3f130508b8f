package nl.klachtroute.support.problem;

/** Well-formed input that breaks a rule of the route, e.g. an involved person as handler (422). */
public class RuleViolationException extends DomainProblem {

    private static final long serialVersionUID = 1L;
    private final String slug;

    public RuleViolationException(String slug, String field, String message) {
        super(Kind.RULE_VIOLATION, message, field);
        this.slug = slug;
    }

    @Override
    public String slug() {
        return slug;
    }
}
