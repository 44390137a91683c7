package th.ita.insight.analytics.store;

import th.ita.insight.analytics.methodology.Indicator;
import th.ita.insight.analytics.methodology.Methodology;
import th.ita.insight.analytics.methodology.OitItem;
import th.ita.insight.analytics.methodology.RatingBand;
import th.ita.insight.analytics.methodology.Tool;
import th.ita.insight.analytics.methodology.YearMethodology;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;

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
import java.util.HexFormat;
import java.util.List;

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
        try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO province VALUES (?, ?, ?, ?)");
             InputStream in = SchemaMigrations.class.getResourceAsStream("/reference/provinces.csv");
             CsvReader<NamedCsvRecord> csv = CsvReader.builder()
                     .ofNamedCsvRecord(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (NamedCsvRecord r : csv) {
                ps.setString(1, r.getField("province_code"));
                ps.setString(2, r.getField("name_th"));
                ps.setString(3, r.getField("name_en"));
                ps.setString(4, r.getField("region"));
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeMethodology(Connection c, Methodology m) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String t : List.of("methodology_year", "methodology_tool", "methodology_indicator",
                    "methodology_band", "oit_item", "survey_item")) {
                s.execute("DELETE FROM " + t);
            }
        }
        try (PreparedStatement year = c.prepareStatement(
                "INSERT INTO methodology_year VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement tool = c.prepareStatement("INSERT INTO methodology_tool VALUES (?, ?, ?)");
             PreparedStatement ind = c.prepareStatement("INSERT INTO methodology_indicator VALUES (?, ?, ?, ?, ?, ?)");
             PreparedStatement band = c.prepareStatement(
                     "INSERT OR REPLACE INTO methodology_band VALUES (?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement item = c.prepareStatement("INSERT INTO oit_item VALUES (?, ?, ?, ?, ?)")) {
            for (YearMethodology y : m.years()) {
                int fy = y.fiscalYear().buddhistEra();
                year.setInt(1, fy);
                year.setString(2, y.version());
                year.setDouble(3, y.passMark());
                year.setDouble(4, y.weakThreshold());
                year.setDouble(5, y.targetPassShare());
                year.setString(6, y.bands().getFirst().scheme());
                year.setBoolean(7, y.weightsAssumed());
                year.setBoolean(8, y.bandsAssumed());
                year.setString(9, y.oitItemDictionary().orElse(null));
                year.setString(10, y.note());
                year.addBatch();
                for (Tool t : Tool.values()) {
                    tool.setInt(1, fy);
                    tool.setString(2, t.name());
                    tool.setDouble(3, y.toolWeights().get(t));
                    tool.addBatch();
                }
                for (Indicator i : y.indicators()) {
                    ind.setInt(1, fy);
                    ind.setInt(2, i.number());
                    ind.setString(3, i.tool().name());
                    ind.setDouble(4, y.indicatorWeight(i.number()));
                    ind.setString(5, i.nameTh());
                    ind.setString(6, i.nameEn());
                    ind.addBatch();
                }
                // bands() is sorted from the top band down: each band's exclusive upper bound is the previous minimum
                Double upper = null;
                for (RatingBand b : y.bands()) {
                    band.setString(1, b.scheme());
                    band.setString(2, b.band());
                    band.setInt(3, b.ordinal());
                    band.setDouble(4, b.minScore());
                    if (upper == null) {
                        band.setNull(5, java.sql.Types.DOUBLE);
                    } else {
                        band.setDouble(5, upper);
                    }
                    band.setString(6, b.labelTh());
                    band.setString(7, b.labelEn());
                    band.addBatch();
                    upper = b.minScore();
                }
            }
            for (OitItem o : m.oitItems()) {
                item.setString(1, o.dictionary());
                item.setString(2, o.item());
                item.setInt(3, o.indicator());
                item.setString(4, o.subIndicator());
                item.setString(5, o.nameTh() == null || o.nameTh().isBlank() ? null : o.nameTh());
                item.addBatch();
            }
            try (PreparedStatement survey = c.prepareStatement("INSERT INTO survey_item VALUES (?, ?, ?, ?, ?, ?)")) {
                for (th.ita.insight.analytics.methodology.SurveyItem i : m.surveyItems()) {
                    survey.setInt(1, i.fiscalYear().buddhistEra());
                    survey.setString(2, i.tool().name());
                    survey.setString(3, i.item());
                    survey.setInt(4, i.indicator());
                    survey.setString(5, i.scale().name());
                    survey.setBoolean(6, i.reverseKeyed());
                    survey.addBatch();
                }
                survey.executeBatch();
            }
            year.executeBatch();
            tool.executeBatch();
            ind.executeBatch();
            band.executeBatch();
            item.executeBatch();
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
