package th.ita.insight.ingest.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code --db PATH}; defaults to $ITA_DB, then data/ita.duckdb. */
final class StoreOption {

    @Option(names = "--db", paramLabel = "PATH", description = "the store (default: $ITA_DB or data/ita.duckdb)")
    Path db;

    Path path() {
        if (db != null) {
            return db;
        }
        String env = System.getenv("ITA_DB");
        return Path.of(env != null && !env.isBlank() ? env : "data/ita.duckdb");
    }
}
