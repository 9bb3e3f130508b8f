package nl.klachtroute.findings.report.application;

import java.util.List;
import java.util.Set;

import nl.klachtroute.support.security.Role;

/**
 * The signed-in member of staff as the access rules see them.
 *
 * @param employeeRef their pseudonym as an employee, to recognise reports about themselves
 */
public record Reader(String id, Set<Role> roles, List<String> leads, String employeeRef) {

    public Reader {
        roles = Set.copyOf(roles);
        leads = List.copyOf(leads);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean leadsTeam(String team) {
        return leads.stream().anyMatch(t -> t.equalsIgnoreCase(team));
    }
}
