package nl.klachtroute.intake.complaint.application;

import java.util.Optional;

import nl.klachtroute.intake.complaint.Complaint;
import nl.klachtroute.support.security.Role;
import nl.klachtroute.support.security.StaffMember;

/**
 * Who may read a complaint, and how much of it (ARCHITECTURE.md roles, Awb 9:9, GDPR art. 15):
 * <ul>
 * <li>the employee complained about reads their copy, without the citizen's contact details and without
 * other people's data, whatever other roles they have (they never handle their own complaint);</li>
 * <li>someone recorded as involved (but not complained about) reads nothing;</li>
 * <li>handlers and admins read everything;</li>
 * <li>a teammanager reads the complaints about the teams they lead, without the citizen's contact details;</li>
 * <li>everyone else (analysts included) reads nothing.</li>
 * </ul>
 */
public final class ReadAccess {

    /** How much of the complaint a reader sees. */
    public enum Audience {
        /** Everything: the citizen's single point of contact. */
        HANDLER,
        /** The case without the citizen's contact details and the handler's notes. */
        TEAMMANAGER,
        /** The copy of the complaint about them (Awb 9:9), without third parties' data. */
        EMPLOYEE
    }

    private ReadAccess() {
    }

    public static Optional<Audience> of(StaffMember reader, Complaint complaint) {
        if (complaint.details().employeesConcerned().contains(reader.id())) {
            return Optional.of(Audience.EMPLOYEE);
        }
        if (complaint.details().concerns(reader.id())) {
            return Optional.empty();
        }
        if (reader.has(Role.HANDLER) || reader.has(Role.ADMIN)) {
            return Optional.of(Audience.HANDLER);
        }
        if (reader.has(Role.TEAMMANAGER) && reader.leadsTeam(complaint.details().team())) {
            return Optional.of(Audience.TEAMMANAGER);
        }
        return Optional.empty();
    }
}
