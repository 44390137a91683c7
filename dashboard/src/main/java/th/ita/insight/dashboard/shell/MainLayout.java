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
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final SideNav nav = new SideNav();
    private final Anchor language = new Anchor();
    private final Span title = new Span();

    public MainLayout() {
        title.addClassName("app-title");
        language.setId("language-switch");
        language.addClassName("language-switch");
        Div bar = new Div(title, language);
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
        language.setHref(Language.toggle(event.getLocation()));
        language.setText(getTranslation("lang.switch"));
    }
}
