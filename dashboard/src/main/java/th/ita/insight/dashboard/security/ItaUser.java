package th.ita.insight.dashboard.security;

import java.util.Set;

/**
 * A dashboard user: roles, the provinces (codes) a supervisor is bound to (empty = every province), and the agencies
 * (codes) a planner records measures for (empty = every agency the user may see).
 */
public record ItaUser(String username, String passwordHash, Set<Role> roles, Set<String> provinces, Set<String> agencies) {
    public ItaUser {
        roles = Set.copyOf(roles);
        provinces = Set.copyOf(provinces);
        agencies = Set.copyOf(agencies);
    }

    /** Admins record measures for any agency; planners for theirs (all when none are listed). */
    public boolean editsMeasuresOf(String agencyCode) {
        return roles.contains(Role.ADMIN) || (roles.contains(Role.PLANNER) && (agencies.isEmpty() || agencies.contains(agencyCode)));
    }

    /** Supervisors see only their provinces; everyone else sees the nation. */
    public boolean seesProvince(String provinceCode) {
        return !roles.contains(Role.SUPERVISOR) || roles.contains(Role.ADMIN) || roles.contains(Role.EXECUTIVE)
                || provinces.contains(provinceCode);
    }

    public boolean restrictedToProvinces() {
        return roles.contains(Role.SUPERVISOR) && !roles.contains(Role.ADMIN) && !roles.contains(Role.EXECUTIVE);
    }
}
