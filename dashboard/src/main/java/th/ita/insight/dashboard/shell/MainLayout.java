package th.ita.insight.dashboard.shell;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;

/** The frame around every view: title, navigation between the three users' views, the language switch. */
@Layout
@jakarta.annotation.security.PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final SideNav nav = new SideNav();
    private final Anchor language = new Anchor();
    private final Span title = new Span();

    private final th.ita.insight.dashboard.security.AccessPolicy policy;
    private final com.vaadin.flow.component.button.Button logout = new com.vaadin.flow.component.button.Button();
    private final Span user = new Span();
    private com.vaadin.flow.component.button.Button print;
    /** Printed at the top of every printout: what view, which filters, when, by whom. */
    private final Span printHeader = new Span();

    public MainLayout(th.ita.insight.dashboard.security.AccessPolicy policy) {
        this.policy = policy;
        logout.setId("logout");
        logout.addClickListener(e -> policy.logout());
        user.setId("current-user");
        user.addClassName("current-user");
        title.addClassName("app-title");
        language.setId("language-switch");
        language.addClassName("language-switch");
        com.vaadin.flow.component.button.Button print = new com.vaadin.flow.component.button.Button(
                com.vaadin.flow.component.icon.VaadinIcon.PRINT.create(), e -> e.getSource().getUI()
                        .ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.setId("print");
        print.addThemeName("tertiary");
        this.print = print;
        Div right = new Div(user, language, print, logout);
        right.addClassName("app-bar-right");
        Div bar = new Div(title, right);
        bar.addClassName("app-bar");
        addToNavbar(new DrawerToggle(), bar);
        addToDrawer(nav);
        printHeader.setId("print-header");
        printHeader.addClassName("print-only");
        addToNavbar(printHeader);
        setPrimarySection(Section.DRAWER);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String lang = Language.of(event.getLocation()).getLanguage().equals("en") ? "?lang=en" : "";
        title.setText(getTranslation("app.title"));
        nav.removeAll();
        nav.addItem(new SideNavItem(getTranslation("nav.overview"), "/" + lang));
        nav.addItem(new SideNavItem(getTranslation("nav.agency"), "/agency" + lang));
        nav.addItem(new SideNavItem(getTranslation("nav.province"), "/province" + lang));
        if (policy.currentUser().map(u -> u.roles().contains(th.ita.insight.dashboard.security.Role.ADMIN)).orElse(false)) {
            nav.addItem(new SideNavItem(getTranslation("nav.data"), "/data" + lang));
        }
        language.setHref(Language.toggle(event.getLocation()));
        language.setText(getTranslation("lang.switch"));
        logout.setText(getTranslation("nav.logout"));
        print.setAriaLabel(getTranslation("nav.print"));
        print.setTooltipText(getTranslation("nav.print"));
        String query = event.getLocation().getQueryParameters().getQueryString();
        printHeader.setText(getTranslation("print.header", "/" + event.getLocation().getPath() + (query.isEmpty() ? "" : "?" + java.net.URLDecoder.decode(query, java.nio.charset.StandardCharsets.UTF_8)),
                java.time.chrono.ThaiBuddhistDate.now().format(java.time.format.DateTimeFormatter.ofPattern("d/M/yyyy")),
                policy.currentUser().map(th.ita.insight.dashboard.security.ItaUser::username).orElse("")));
        user.setText(policy.currentUser().map(u -> u.username() + " · " + u.roles().stream().map(r -> getTranslation("role." + r.name()))
                .sorted().collect(java.util.stream.Collectors.joining(", "))).orElse(""));
    }
}
