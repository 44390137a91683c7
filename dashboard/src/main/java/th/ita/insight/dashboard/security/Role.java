package th.ita.insight.dashboard.security;

/** Who uses the dashboard. A supervisor is bound to one or more provinces and sees only those. */
public enum Role {
    EXECUTIVE, PLANNER, SUPERVISOR, ADMIN
}
