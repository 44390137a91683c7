package th.ita.insight.ingest.cli;

import th.ita.insight.ingest.load.BatchLoader;
import th.ita.insight.ingest.load.LoadResult;
import th.ita.insight.ingest.load.Reject;

import java.io.PrintWriter;

/** What a load tells the user on the console, whichever engine ran it. */
public final class LoadReport {

    private LoadReport() {
    }

    /** Prints the summary, the first warnings and rejects, the reject report; true when the file failed. */
    public static boolean print(PrintWriter out, LoadResult r) {
        out.println(BatchLoader.summary(r));
        r.warnings().stream().limit(5).forEach(w -> out.println("  warning: " + w));
        r.rejects().stream().limit(10).forEach((Reject j) -> out.println(
                "  reject: %s line %d column %s value '%s': %s (%s)".formatted(j.file(), j.line(), j.column(),
                        j.value(), j.message(), j.rule().name().toLowerCase())));
        if (r.rejects().size() > 10) {
            out.println("  ... " + (r.rejects().size() - 10) + " more");
        }
        r.rejectReport().ifPresent(p -> out.println("  reject report: " + p));
        if (r.status() == LoadResult.Status.FAILED_STRICT) {
            out.println("  --strict: nothing from " + r.file().getFileName() + " was loaded; the store is unchanged");
            return true;
        }
        return false;
    }
}
