package nl.klachtroute.intake.complaint;

import nl.klachtroute.support.problem.IllegalTransitionException;

/**
 * A command that the complaint's state machine does not allow now (409). Keeps the state and the command
 * apart so the problem answer can name both.
 */
public class TransitionRefused extends IllegalTransitionException {

    private static final long serialVersionUID = 1L;
    private final ComplaintStatus status;
    private final ComplaintCommand command;

    /**
     * @param qualifiedState the state as the message names it, e.g. "IN_INVESTIGATION on the standard route"
     */
    public TransitionRefused(ComplaintStatus status, String qualifiedState, ComplaintCommand command) {
        super(Complaint.AGGREGATE, qualifiedState, command.phrase());
        this.status = status;
        this.command = command;
    }

    public ComplaintStatus status() {
        return status;
    }

    public ComplaintCommand command() {
        return command;
    }
}
