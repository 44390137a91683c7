package th.ita.insight.dashboard;

import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The ITA Insight dashboard. The Thai font ships with the app (npm), never from a font service. */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
@NpmPackage(value = "@fontsource/sarabun", version = "5.3.0")
@CssImport("@fontsource/sarabun/400.css")
@CssImport("@fontsource/sarabun/700.css")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("hash-password")) {
            // ./ita hash-password: a hash for the users file, read from stdin so it never shows in the process list
            String password = new java.util.Scanner(System.in, java.nio.charset.StandardCharsets.UTF_8).nextLine();
            System.out.println(org.springframework.security.crypto.factory.PasswordEncoderFactories
                    .createDelegatingPasswordEncoder().encode(password));
            return;
        }
        SpringApplication.run(Application.class, args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("ITA Insight");
        settings.addMetaTag("description", "ITA Insight: การวิเคราะห์ผลการประเมิน ITA ขององค์กรปกครองส่วนท้องถิ่น");
    }
}
