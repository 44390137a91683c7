package th.ita.insight.dashboard.security;

import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.stereotype.Component;
import th.ita.insight.analytics.province.Province;

import java.util.List;
import java.util.Optional;

/**
 * Who may see what, checked on the server before any data is read: a supervisor sees only the provinces they are
 * bound to (their agencies, their province views and summaries), whatever the URL says.
 */
@Component
public class AccessPolicy {

    private final AuthenticationContext authentication;
    private final UserDirectory users;

    AccessPolicy(AuthenticationContext authentication, UserDirectory users) {
        this.authentication = authentication;
        this.users = users;
    }

    public Optional<ItaUser> currentUser() {
        return authentication.getPrincipalName().flatMap(users::find);
    }

    public boolean mayViewProvince(String provinceCode) {
        return currentUser().map(u -> u.seesProvince(provinceCode)).orElse(false);
    }

    /** Planners record the measures and progress of their own agencies (admins of any), among those they may see. */
    public boolean mayEditMeasures(String provinceCode, String agencyCode) {
        return mayViewProvince(provinceCode) && currentUser().map(u -> u.editsMeasuresOf(agencyCode)).orElse(false);
    }

    /** Throws {@link NoAccessException} unless the current user may see the province. */
    public void requireProvince(String provinceCode) {
        if (!mayViewProvince(provinceCode)) {
            throw new NoAccessException(provinceCode);
        }
    }

    /** The provinces the user may choose from. */
    public List<Province> visible(List<Province> all) {
        return all.stream().filter(p -> mayViewProvince(p.code())).toList();
    }

    public boolean restrictedToProvinces() {
        return currentUser().map(ItaUser::restrictedToProvinces).orElse(true);
    }

    public void logout() {
        authentication.logout();
    }

    /** The user asked for data outside their provinces. */
    public static final class NoAccessException extends RuntimeException {
        public NoAccessException(String provinceCode) {
            super("no access to province " + provinceCode);
        }
    }
}
