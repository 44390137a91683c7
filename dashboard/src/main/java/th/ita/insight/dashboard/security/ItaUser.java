package th.ita.insight.dashboard.security;

import java.util.Set;

/** A dashboard user: roles, and the provinces (codes) a supervisor is bound to; empty = every province. */
public record ItaUser(String username, String passwordHash, Set<Role> roles, Set<String> provinces) {
    public ItaUser {
        roles = Set.copyOf(roles);
        provinces = Set.copyOf(provinces);
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
