package nl.klachtroute.support.problem;

/** A command that the aggregate's state machine does not allow in its current state (409). */
public class IllegalTransitionException extends DomainProblem {

    private static final long serialVersionUID = 1L;

    public IllegalTransitionException(String aggregate, Object state, String command) {
        super(Kind.CONFLICT, "Cannot " + command + " a " + aggregate + " that is " + state, null);
    }

    @Override
    public String slug() {
        return "illegal-transition";
    }
}
