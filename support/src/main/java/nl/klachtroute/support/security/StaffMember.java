package nl.klachtroute.support.security;

import java.util.List;
import java.util.Set;

/**
 * A member of staff as the system knows them. Staff ids appear in events (task owners, handlers);
 * names and e-mail addresses do not leave the directory.
 *
 * @param id         login and staff id, e.g. {@code tm.jansen}
 * @param name       display name
 * @param email      work e-mail for task notifications
 * @param roles      what they may do
 * @param department afdeling they work in (for employees and teammanagers)
 * @param team       team they work in
 * @param leads      teams they lead (teammanagers)
 * @param lead       staff id of their own lead, for escalations
 */
public record StaffMember(String id, String name, String email, Set<Role> roles, String department, String team,
        List<String> leads, String lead) {

    public StaffMember {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        leads = leads == null ? List.of() : List.copyOf(leads);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean leadsTeam(String teamName) {
        return leads.stream().anyMatch(t -> t.equalsIgnoreCase(teamName));
    }
}
