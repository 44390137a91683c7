package th.ita.insight.dashboard.shell;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** Sets each UI's locale from the URL before any view is built: Thai unless {@code lang=en}. */
@Component
class LocaleFromUrl implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            init.getUI().setLocale(Language.THAI);
            init.getUI().addBeforeEnterListener(enter -> enter.getUI().setLocale(Language.of(enter.getLocation())));
        });
    }
}
