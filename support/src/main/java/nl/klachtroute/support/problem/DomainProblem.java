package nl.klachtroute.support.problem;

/**
 * A refusal by the domain, in plain Java so domain models can throw it without depending on Spring.
 * The web layer turns it into an RFC 9457 problem with a stable type per {@link Kind}.
 */
public abstract class DomainProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Kind {
        /** 404 */
        NOT_FOUND,
        /** 409: the command does not fit the current state */
        CONFLICT,
        /** 403 */
        FORBIDDEN,
        /** 422: well-formed but against a rule of the route */
        RULE_VIOLATION,
        /** 412: the client's {@code If-Match} names a version that is no longer current */
        PRECONDITION_FAILED
    }

    private final Kind kind;
    private final String field;

    protected DomainProblem(Kind kind, String message, String field) {
        super(message);
        this.kind = kind;
        this.field = field;
    }

    public Kind kind() {
        return kind;
    }

    /** The request field at fault, or null. */
    public String field() {
        return field;
    }

    /** Short, stable slug for the problem type URI. */
    public abstract String slug();
}
