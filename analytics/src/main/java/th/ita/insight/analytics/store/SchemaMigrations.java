package th.ita.insight.analytics.store;

import th.ita.insight.analytics.methodology.Indicator;
import th.ita.insight.analytics.methodology.Methodology;
import th.ita.insight.analytics.methodology.OitItem;
import th.ita.insight.analytics.methodology.RatingBand;
import th.ita.insight.analytics.methodology.Tool;
import th.ita.insight.analytics.methodology.YearMethodology;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Brings a store to the schema this build needs: numbered migrations (each once, recorded in
 * {@code schema_version}), then the reference data and methodology (replaced as a whole), then the
 * public views ({@code CREATE OR REPLACE}); all in one transaction.
 */
final class SchemaMigrations {

    /** The ordered migration scripts under /db/migration; append, never edit a released one. */
    private static final List<String> MIGRATIONS = List.of(
            "V001__core_schema.sql",
            "V002__derived_agency_year.sql",
            "V003__derived_indicator_analysis.sql",
            "V004__survey_item.sql",
            "V005__derived_agency_peer.sql",
            "V006__measures.sql",
            "V007__action_plan.sql",
            "V008__store_build.sql",
            "V009__derived_tables_unkeyed.sql",
            "V010__score_tables_unkeyed.sql",
            "V011__indicator_analysis_slim.sql");

    /**
     * Raise whenever Java code changes what a build writes (methodology parsing, reference data, DerivedTables' SQL):
     * the resources below are hashed, the code is not.
     */
    private static final String BUILD_REVISION = "2026-11-24.1";

    /** What the reference data, methodology, views and derived tables are built from. */
    private static final List<String> BUILD_INPUTS = List.of("/db/views.sql", "/reference/provinces.csv",
            "/methodology/fiscal-years.csv", "/methodology/indicators.csv", "/methodology/bands.csv",
            "/methodology/oit-items.csv", "/methodology/survey-items.csv");

    private SchemaMigrations() {
    }

    static int latestVersion() {
        return MIGRATIONS.size();
    }

    static int currentVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("""
                     SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'""")) {
            rs.next();
            if (rs.getInt(1) == 0) {
                return 0;
            }
        }
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static String builtFrom(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT fingerprint FROM store_build WHERE id = 1")) {
            return rs.next() ? rs.getString(1) : "";
        }
    }

    static void apply(Connection c) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute("""
                    CREATE TABLE IF NOT EXISTS schema_version (
                        version INTEGER PRIMARY KEY, script VARCHAR NOT NULL, sha256 VARCHAR NOT NULL,
                        applied_at TIMESTAMP NOT NULL DEFAULT current_timestamp)""");
            int current = currentVersion(c);
            String fingerprint = sha256(BUILD_REVISION + "\u0000"
                    + String.join("\u0000", BUILD_INPUTS.stream().map(SchemaMigrations::resource).toList()));
            if (current == MIGRATIONS.size() && fingerprint.equals(builtFrom(c))) {
                c.commit();   // up to date: nothing to rebuild
                return;
            }
            for (int v = current + 1; v <= MIGRATIONS.size(); v++) {
                String script = MIGRATIONS.get(v - 1);
                String sql = resource("/db/migration/" + script);
                s.execute(sql);
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO schema_version (version, script, sha256) VALUES (?, ?, ?)")) {
                    ps.setInt(1, v);
                    ps.setString(2, script);
                    ps.setString(3, sha256(sql));
                    ps.executeUpdate();
                }
            }
            writeReferenceData(c);
            writeMethodology(c, Methodology.bundled());
            s.execute(resource("/db/views.sql"));
            DerivedTables.refreshAll(c);
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT OR REPLACE INTO store_build VALUES (1, ?, current_timestamp)")) {
                ps.setString(1, fingerprint);
                ps.executeUpdate();
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    private static void writeReferenceData(Connection c) throws SQLException {
        Map<String, Object[]> rows = new LinkedHashMap<>();   // by code: a repeated code is replaced, as before
        try (InputStream in = SchemaMigrations.class.getResourceAsStream("/reference/provinces.csv");
             CsvReader<NamedCsvRecord> csv = CsvReader.builder()
                     .ofNamedCsvRecord(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (NamedCsvRecord r : csv) {
                rows.put(r.getField("province_code"), new Object[]{r.getField("province_code"), r.getField("name_th"), r.getField("name_en"), r.getField("region")});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM province");
        }
        append(c, "province", List.copyOf(rows.values()));
    }

    private static void writeMethodology(Connection c, Methodology m) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String t : List.of("methodology_year", "methodology_tool", "methodology_indicator",
                    "methodology_band", "oit_item", "survey_item")) {
                s.execute("DELETE FROM " + t);
            }
        }
        List<Object[]> years = new ArrayList<>();
        List<Object[]> tools = new ArrayList<>();
        List<Object[]> indicators = new ArrayList<>();
        Map<String, Object[]> bands = new LinkedHashMap<>();   // years share band schemes: one row per (scheme, band)
        for (YearMethodology y : m.years()) {
            int fy = y.fiscalYear().buddhistEra();
            years.add(new Object[]{fy, y.version(), y.passMark(), y.weakThreshold(), y.targetPassShare(),
                    y.bands().getFirst().scheme(), y.weightsAssumed(), y.bandsAssumed(), y.oitItemDictionary().orElse(null), y.note()});
            for (Tool t : Tool.values()) {
                tools.add(new Object[]{fy, t.name(), y.toolWeights().get(t)});
            }
            for (Indicator i : y.indicators()) {
                indicators.add(new Object[]{fy, (short) i.number(), i.tool().name(), y.indicatorWeight(i.number()), i.nameTh(), i.nameEn()});
            }
            // bands() is sorted from the top band down: each band's exclusive upper bound is the previous minimum
            Double upper = null;
            for (RatingBand b : y.bands()) {
                bands.put(b.scheme() + "\u0000" + b.band(),
                        new Object[]{b.scheme(), b.band(), b.ordinal(), b.minScore(), upper, b.labelTh(), b.labelEn()});
                upper = b.minScore();
            }
        }
        List<Object[]> oitItems = m.oitItems().stream().map(o -> new Object[]{o.dictionary(), o.item(), (short) o.indicator(),
                o.subIndicator(), o.nameTh() == null || o.nameTh().isBlank() ? null : o.nameTh()}).toList();
        List<Object[]> surveyItems = m.surveyItems().stream().map(i -> new Object[]{i.fiscalYear().buddhistEra(),
                i.tool().name(), i.item(), (short) i.indicator(), i.scale().name(), i.reverseKeyed()}).toList();
        append(c, "methodology_year", years);
        append(c, "methodology_tool", tools);
        append(c, "methodology_indicator", indicators);
        append(c, "methodology_band", List.copyOf(bands.values()));
        append(c, "oit_item", oitItems);
        append(c, "survey_item", surveyItems);
    }

    /**
     * Appends rows (values in the table's column order) within the connection's transaction: as a JDBC batch, the
     * ~700 rows of reference data and methodology took 0.6 s of every new store's 0.8 s (JFR, 2026-11-24).
     */
    private static void append(Connection c, String table, List<Object[]> rows) throws SQLException {
        try (DuckDBAppender a = c.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA, table)) {
            for (Object[] row : rows) {
                AppendedRow.append(a, row);
            }
        }
    }

    static String resource(String path) {
        try (InputStream in = SchemaMigrations.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
