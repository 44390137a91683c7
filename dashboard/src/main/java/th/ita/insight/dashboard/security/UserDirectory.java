package th.ita.insight.dashboard.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The users: from a users file ({@code username,password_hash,roles,provinces,agencies}; lists separated by
 * {@code ;}; hashes from {@code ./ita hash-password}), or, for {@code ./ita demo} only, the documented demo users.
 * A normal start without a users file refuses to start: there is no default password.
 */
public final class UserDirectory implements UserDetailsService {

    private static final Logger LOG = LoggerFactory.getLogger(UserDirectory.class);

    /** The demo users of ./ita demo (README): user name = password. Synthetic data only. */
    static final List<String[]> DEMO = List.of(
            new String[] {"executive", "EXECUTIVE", "", ""},
            new String[] {"planner", "PLANNER", "", "06310499"},   // records measures for อบต.หนองกง only
            new String[] {"supervisor", "SUPERVISOR", "31", ""},
            new String[] {"admin", "ADMIN;EXECUTIVE", "", ""});

    private final Map<String, ItaUser> users;

    private UserDirectory(Map<String, ItaUser> users) {
        this.users = Map.copyOf(users);
    }

    public static UserDirectory demo(PasswordEncoder encoder) {
        Map<String, ItaUser> m = new LinkedHashMap<>();
        for (String[] d : DEMO) {
            m.put(d[0], new ItaUser(d[0], encoder.encode(d[0]), roles(d[1]), provinces(d[2]), provinces(d[3])));
        }
        LOG.warn("DEMO users enabled ({}): password = user name. Never use --ita.demo-users on real data.",
                String.join(", ", m.keySet()));
        return new UserDirectory(m);
    }

    public static UserDirectory fromFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("no users file at " + file.toAbsolutePath()
                    + ": create it (docs/security.md) or start the demo with ./ita demo");
        }
        Map<String, ItaUser> m = new LinkedHashMap<>();
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.isEmpty() || line.startsWith("#") || (i == 0 && line.startsWith("username"))) {
                    continue;
                }
                String[] f = line.split(",", -1);
                if (f.length < 3 || f[0].isBlank() || !f[1].startsWith("{bcrypt}")) {
                    throw new IllegalStateException(file + ": line " + (i + 1)
                            + ": expected username,{bcrypt}hash,roles[,provinces[,agencies]]");
                }
                m.put(f[0], new ItaUser(f[0], f[1], roles(f[2]), provinces(f.length > 3 ? f[3] : ""), provinces(f.length > 4 ? f[4] : "")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (m.isEmpty()) {
            throw new IllegalStateException(file + ": no users");
        }
        return new UserDirectory(m);
    }

    public Optional<ItaUser> find(String username) {
        return Optional.ofNullable(users.get(username));
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        ItaUser u = users.get(username);
        if (u == null) {
            throw new UsernameNotFoundException("unknown user");
        }
        return User.withUsername(u.username()).password(u.passwordHash())
                .authorities(u.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList()).build();
    }

    private static Set<Role> roles(String s) {
        return Arrays.stream(s.split(";")).map(String::strip).filter(x -> !x.isEmpty()).map(Role::valueOf).collect(Collectors.toSet());
    }

    private static Set<String> provinces(String s) {
        return Arrays.stream(s.split(";")).map(String::strip).filter(x -> !x.isEmpty()).collect(Collectors.toSet());
    }
}
