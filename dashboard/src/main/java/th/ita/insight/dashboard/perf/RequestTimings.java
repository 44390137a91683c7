package th.ita.insight.dashboard.perf;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * With {@code --ita.request-timings=true} (the benchmark sets it), logs the wall and CPU time the server spends on
 * every Vaadin UIDL request, i.e. every click, selection and navigation inside the app. CPU time shows how much of
 * the wall time was our own work and how much was waiting for a core.
 */
@Component
@ConditionalOnProperty(name = "ita.request-timings", havingValue = "true")
class RequestTimings implements Filter {

    private static final Logger LOG = LoggerFactory.getLogger(RequestTimings.class);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        String kind = request instanceof HttpServletRequest http ? http.getParameter("v-r") : null;
        if (!"uidl".equals(kind)) {
            chain.doFilter(request, response);
            return;
        }
        long wall = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        try {
            chain.doFilter(request, response);
        } finally {
            LOG.info(String.format(Locale.ROOT, "uidl-timing wall_ms=%.2f cpu_ms=%.2f",
                    (System.nanoTime() - wall) / 1e6, (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6));
        }
    }
}
