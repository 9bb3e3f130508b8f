package nl.klachtroute.support.problem;

/** Authenticated, but this person may not do or see this (403). */
public class AccessRefusedException extends DomainProblem {

    private static final long serialVersionUID = 1L;

    public AccessRefusedException(String message) {
        super(Kind.FORBIDDEN, message, null);
    }

    @Override
    public String slug() {
        return "access-refused";
    }
}
