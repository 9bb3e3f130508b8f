package nl.klachtroute.support.security;

/** The roles of ARCHITECTURE.md; authorities are {@code ROLE_<name>}. */
public enum Role {
    /** SIS complaint handler (klachtbehandelaar) */
    HANDLER,
    /** sees only tasks and reports of the teams they lead */
    TEAMMANAGER,
    /** sees only the report about themselves, after it is shared */
    EMPLOYEE,
    /** aggregates only, no personal data */
    ANALYST,
    ADMIN,
    /** may query the access trail of reports */
    PRIVACY_OFFICER;

    public String authority() {
        return "ROLE_" + name();
    }
}
