package nl.klachtroute.support.problem;

/** The thing asked for does not exist, or the caller may not know that it does (404). */
public class NotFoundException extends DomainProblem {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String what, Object id) {
        super(Kind.NOT_FOUND, what + " " + id + " not found", null);
    }

    @Override
    public String slug() {
        return "not-found";
    }
}
