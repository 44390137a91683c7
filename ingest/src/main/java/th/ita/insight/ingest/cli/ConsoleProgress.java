package th.ita.insight.ingest.cli;

import th.ita.insight.ingest.load.BatchLoader;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * Progress of a long load on stderr: on a terminal one line redrawn in place with a bar, rows, rows/s and percent;
 * in a log (CI) a plain line every 10 s. Nothing for loads under 2 s. The percent is estimated from the file size
 * and the bytes per line of the file's first 64 KB (CSV/TSV; a workbook shows rows only).
 */
final class ConsoleProgress implements BatchLoader.Progress {

    private final PrintWriter err;
    private final boolean terminal;
    private final String name;
    private final OptionalLong estimatedRows;
    private final long started = System.nanoTime();
    private long lastPrinted;
    private boolean printed;

    ConsoleProgress(Path file, PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
        this.name = file.getFileName().toString();
        this.estimatedRows = estimateRows(file);
    }

    @Override
    public void rowsRead(long rows) {
        long now = System.nanoTime();
        double seconds = (now - started) / 1e9;
        if (seconds < 2 || (now - lastPrinted) < (terminal ? 250_000_000L : 10_000_000_000L)) {
            return;
        }
        lastPrinted = now;
        printed = true;
        String rate = String.format(Locale.ROOT, "%,d rows  %,.0f rows/s", rows, rows / seconds);
        if (estimatedRows.isPresent()) {
            double share = Math.min(0.99, (double) rows / estimatedRows.getAsLong());
            int filled = (int) Math.round(share * 30);
            String bar = "[" + "#".repeat(filled) + " ".repeat(30 - filled) + "]";
            rate = String.format(Locale.ROOT, "%s %3.0f %%  %s", bar, share * 100, rate);
        }
        if (terminal) {
            err.print("\r" + name + " " + rate);
        } else {
            err.println(name + ": " + rate);
        }
        err.flush();
    }

    /** A whole-file read says how far it is: shown as the rows that fraction of the file holds, estimated. */
    @Override
    public void fractionRead(double fraction) {
        estimatedRows.ifPresent(rows -> rowsRead(Math.round(fraction * rows)));
    }

    /** Ends the redrawn line on a terminal. */
    void done() {
        if (printed && terminal) {
            err.println();
            err.flush();
        }
    }

    private static OptionalLong estimateRows(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".xlsx")) {
            return OptionalLong.empty();
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(1 << 16);
            long lines = 0;
            for (byte b : head) {
                if (b == '\n') {
                    lines++;
                }
            }
            return lines < 2 ? OptionalLong.empty() : OptionalLong.of(Math.max(1, Files.size(file) * lines / head.length));
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }
}
