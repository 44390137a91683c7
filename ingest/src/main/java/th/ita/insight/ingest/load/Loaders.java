package th.ita.insight.ingest.load;

import th.ita.insight.analytics.methodology.Methodology;
import th.ita.insight.analytics.store.ItaStore;
import th.ita.insight.ingest.source.SourceException;
import th.ita.insight.ingest.source.TabularFile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Chooses the loader for a kind, or detects the kind from a file's header. */
public final class Loaders {

    public static final List<String> KINDS = List.of("scores", "satisfaction", "responses", "agencies", "measures", "actionplan");

    private Loaders() {
    }

    public static BatchLoader forKind(String kind, ItaStore store, boolean strict) {
        return switch (kind.toLowerCase(Locale.ROOT)) {
            case "scores" -> new ScoresLoader(store, Methodology.bundled(), strict);
            case "satisfaction" -> new SatisfactionLoader(store, Methodology.bundled(), strict);
            case "responses" -> new ResponsesLoader(store, Methodology.bundled(), strict);
            case "agencies" -> new AgenciesLoader(store, Methodology.bundled(), strict);
            case "measures" -> new MeasuresLoader(store, Methodology.bundled(), strict);
            case "actionplan", "action-plan", "action_plan" -> new ActionPlanLoader(store, Methodology.bundled(), strict);
            default -> throw new SourceException("unknown --kind '" + kind + "' (this build loads: " + String.join(", ", KINDS) + ")");
        };
    }

    /**
     * A loader that only validates rows ({@link BatchLoader#begin}, {@link BatchLoader#validate}): what the Spark
     * engine's tasks run, away from any store. It cannot load.
     */
    public static BatchLoader forValidation(String kind) {
        return forKind(kind, null, false);
    }

    /**
     * The kind a file's header says it is: scores (ind1..), satisfaction (service_area, mean_score), responses
     * (respondent_id, answer), agencies (a registry: names without a fiscal year), measures (title, indicator).
     */
    public static String detectKind(Path file) {
        return detectKind(file, java.util.Optional.empty());
    }

    public static String detectKind(Path file, java.util.Optional<String> sheet) {
        List<String> header = new ArrayList<>();
        try {
            th.ita.insight.ingest.source.SourceFile.open(file, sheet).read(h -> {
                header.addAll(h.stream().map(Headers::canonical).toList());
                throw new HeaderSeen();
            }, row -> { });
        } catch (HeaderSeen expected) {
            // only the header was needed
        }
        if (header.contains("title") && header.contains("dimension")) {
            return "actionplan";
        }
        if (header.contains("title") && header.contains("indicator")) {
            return "measures";
        }
        if (header.contains("ind1") || header.contains("ind10")
                || (header.contains("indicator") && header.contains("score") && !header.contains("respondent_id"))) {
            return "scores";
        }
        if (header.contains("service_area") && header.contains("mean_score")) {
            return "satisfaction";
        }
        if (header.contains("respondent_id") && header.contains("answer")) {
            return "responses";
        }
        if (header.contains("agency_code") && header.contains("agency_name") && !header.contains("fiscal_year")) {
            return "agencies";
        }
        throw new SourceException(file + ": line 1: cannot tell the kind of file from its header (" + String.join(", ", header)
                + "); name it with --kind " + String.join("|", KINDS));
    }

    private static final class HeaderSeen extends RuntimeException {
        HeaderSeen() {
            super(null, null, false, false);
        }
    }
}
