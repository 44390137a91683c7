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

    public MainLayout(th.ita.insight.dashboard.security.AccessPolicy policy) {
        this.policy = policy;
        logout.setId("logout");
        logout.addClickListener(e -> policy.logout());
        user.setId("current-user");
        user.addClassName("current-user");
        title.addClassName("app-title");
        language.setId("language-switch");
        language.addClassName("language-switch");
        Div right = new Div(user, language, logout);
        right.addClassName("app-bar-right");
        Div bar = new Div(title, right);
        bar.addClassName("app-bar");
        addToNavbar(new DrawerToggle(), bar);
        addToDrawer(nav);
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
        user.setText(policy.currentUser().map(u -> u.username() + " · " + u.roles().stream().map(r -> getTranslation("role." + r.name()))
                .sorted().collect(java.util.stream.Collectors.joining(", "))).orElse(""));
    }
}
