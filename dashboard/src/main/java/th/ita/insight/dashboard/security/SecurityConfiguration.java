package th.ita.insight.dashboard.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

import java.nio.file.Path;

/** Log-in for every view; users from the users file, or the documented demo users for ./ita demo only. */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        // the error pages are static and friendly (public/error/*.html): anyone may see them, nobody sees a stack trace
        http.authorizeHttpRequests(a -> a.requestMatchers("/error", "/error/**").permitAll());
        return http.with(VaadinSecurityConfigurer.vaadin(), c -> c.loginView(LoginView.class)).build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDirectory userDirectory(PasswordEncoder encoder, @Value("${ita.demo-users:false}") boolean demo,
                                @Value("${ita.users:data/users.csv}") String usersFile) {
        return demo ? UserDirectory.demo(encoder) : UserDirectory.fromFile(Path.of(usersFile));
    }
}
