package nl.klachtroute.support.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who works where and who leads which team. In production this comes from the municipality's identity
 * provider; on the local stack and in tests it is the fictional directory in {@code staff-dev.json}.
 */
public class StaffDirectory {

    private final Map<String, StaffMember> byId;

    public StaffDirectory(List<StaffMember> members) {
        this.byId = members.stream().collect(Collectors.toUnmodifiableMap(StaffMember::id, Function.identity()));
    }

    public static StaffDirectory fictional() {
        try (InputStream in = StaffDirectory.class.getResourceAsStream("/staff-dev.json")) {
            return new StaffDirectory(JsonMapper.builder().build().readValue(in, new TypeReference<List<StaffMember>>() {
            }));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<StaffMember> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<StaffMember> all() {
        return byId.values().stream().sorted(java.util.Comparator.comparing(StaffMember::id)).toList();
    }

    /** The teammanager who leads the team, if the directory knows one. */
    public Optional<StaffMember> teammanagerOf(String team) {
        return all().stream().filter(m -> m.has(Role.TEAMMANAGER) && m.leadsTeam(team)).findFirst();
    }

    /** Whether {@code leadId} is the lead of {@code memberId}. */
    public boolean isLeadOf(String leadId, String memberId) {
        return find(memberId).map(m -> leadId.equals(m.lead())).orElse(false);
    }
}
