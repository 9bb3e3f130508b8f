package nl.klachtroute.support.security;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

/** The signed-in member of staff: from the directory, or from the token for people it does not know. */
public class CurrentStaff {

    private final StaffDirectory directory;

    public CurrentStaff(StaffDirectory directory) {
        this.directory = directory;
    }

    public StaffMember get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            throw new IllegalStateException("No signed-in user");
        }
        Set<Role> roles = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5))
                .filter(r -> Set.of(Role.values()).stream().anyMatch(x -> x.name().equals(r)))
                .map(Role::valueOf).collect(Collectors.toSet());
        return directory.find(auth.getName())
                .map(known -> new StaffMember(known.id(), known.name(), known.email(), roles, known.department(),
                        known.team(), known.leads(), known.lead()))
                .orElseGet(() -> fromToken(auth, roles));
    }

    private static StaffMember fromToken(Authentication auth, Set<Role> roles) {
        if (auth.getPrincipal() instanceof Jwt jwt) {
            List<String> leads = jwt.getClaimAsStringList("leads");
            return new StaffMember(auth.getName(), jwt.getClaimAsString("name"), jwt.getClaimAsString("email"), roles,
                    jwt.getClaimAsString("department"), jwt.getClaimAsString("team"), leads,
                    jwt.getClaimAsString("lead"));
        }
        return new StaffMember(auth.getName(), auth.getName(), null, roles, null, null, List.of(), null);
    }
}
