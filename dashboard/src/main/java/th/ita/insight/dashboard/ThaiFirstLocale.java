package th.ita.insight.dashboard;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

import java.util.Locale;

/** Users read Thai first: every UI starts in Thai whatever the browser says. */
@Component
class ThaiFirstLocale implements VaadinServiceInitListener {

    static final Locale THAI = Locale.of("th", "TH");

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().setLocale(THAI));
    }
}
