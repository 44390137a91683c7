package th.ita.insight.analytics.store;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The public views over a real DuckDB file, with the published อบต.หนองกง figures (seed 002). */
class StoreViewsTest {

    @TempDir
    Path dir;

    private Path db;

    @BeforeEach
    void createStore() throws SQLException {
        db = dir.resolve("ita.duckdb");
        try (ItaStore store = ItaStore.openReadWrite(db); Statement s = store.connection().createStatement()) {
            s.execute("INSERT INTO agency VALUES ('06310499', 'องค์การบริหารส่วนตำบลหนองกง', 'SAO', '31', 'นางรอง', false, 1)");
            insertYear(s, 2563, "06310499", 86.96, 78.11, 83.07, 78.23, 79.14, 74.03, 66.66, 71.11, 60.82, 31.25);
            insertYear(s, 2564, "06310499", 87.54, 79.61, 81.97, 74.84, 77.31, 78.17, 77.55, 77.42, 29.24, 25.00);
            s.execute("INSERT INTO agency VALUES ('00000001', 'ทดสอบ', 'SAO', '10', NULL, true, 1)");
            DerivedTables.refreshAll(store.connection());
        }
    }

    private static void insertYear(Statement s, int fy, String code, double... scores) throws SQLException {
        for (int k = 0; k < scores.length; k++) {
            s.execute("INSERT INTO indicator_score VALUES (%d, '%s', %d, %s, 1)".formatted(fy, code, k + 1, scores[k]));
        }
    }

    @Test
    void agencyYearReproducesThePublishedTotalsAndBands() throws SQLException {
        try (ItaStore store = ItaStore.openReadOnly(db); Connection c = store.newConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("""
                     SELECT fiscal_year, iit, eit, oit, total, rating, passed FROM v_agency_year
                     WHERE agency_code = '06310499' ORDER BY fiscal_year""")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(2563);
            assertThat(rs.getDouble(5)).isEqualTo(63.92);
            assertThat(rs.getString(6)).isEqualTo("D");
            assertThat(rs.getBoolean(7)).isFalse();
            assertThat(rs.next()).isTrue();
            assertThat(rs.getDouble(2)).isEqualTo(80.25);
            assertThat(rs.getDouble(3)).isEqualTo(77.71);
            assertThat(rs.getDouble(4)).isEqualTo(27.12);
            assertThat(rs.getDouble(5)).isEqualTo(58.24);
            assertThat(rs.getString(6)).isEqualTo("D");
            assertThat(rs.getBoolean(7)).isFalse();
            assertThat(rs.next()).isFalse();
        }
    }

    @Test
    void anIncompleteSetOfIndicatorsGivesNoTotalAndSaysWhy() throws SQLException {
        try (ItaStore store = ItaStore.openReadWrite(db); Statement s = store.connection().createStatement()) {
            insertYear(s, 2565, "00000001", 90, 90, 90, 90, 90, 90, 90, 90, 90);   // indicator 10 missing
            DerivedTables.refreshYears(store.connection(), java.util.List.of(2565));
            try (ResultSet rs = s.executeQuery("SELECT total, rating, passed, missing_reason, indicators_scored FROM v_agency_year "
                    + "WHERE agency_code = '00000001' AND fiscal_year = 2565")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getObject(1)).isNull();
                assertThat(rs.getObject(2)).isNull();
                assertThat(rs.getObject(3)).isNull();
                assertThat(rs.getString(4)).contains("incomplete").contains("9");
                assertThat(rs.getInt(5)).isEqualTo(9);
            }
        }
    }

    @Test
    void passMarkAndBandBoundariesAreExact() throws SQLException {
        try (ItaStore store = ItaStore.openReadWrite(db); Statement s = store.connection().createStatement()) {
            insertYear(s, 2566, "00000001", 85, 85, 85, 85, 85, 85, 85, 85, 85, 85);
            insertYear(s, 2567, "00000001", 84.99, 84.99, 84.99, 84.99, 84.99, 84.99, 84.99, 84.99, 84.99, 84.99);
            insertYear(s, 2568, "00000001", 95, 95, 95, 95, 95, 95, 95, 95, 95, 95);
            DerivedTables.refreshAll(store.connection());
            try (ResultSet rs = s.executeQuery("SELECT fiscal_year, total, rating, passed FROM v_agency_year "
                    + "WHERE agency_code = '00000001' ORDER BY fiscal_year")) {
                rs.next();
                assertThat(rs.getDouble(2)).isEqualTo(85.0);
                assertThat(rs.getString(3)).isEqualTo("A");
                assertThat(rs.getBoolean(4)).isTrue();
                rs.next();
                assertThat(rs.getDouble(2)).isEqualTo(84.99);
                assertThat(rs.getString(3)).isEqualTo("B");
                assertThat(rs.getBoolean(4)).isFalse();
                rs.next();
                assertThat(rs.getString(3)).isEqualTo("AA");
            }
        }
    }

    @Test
    void reopeningIsIdempotentAndKeepsTheSchemaVersion() throws SQLException {
        for (int i = 0; i < 2; i++) {
            try (ItaStore store = ItaStore.openReadWrite(db)) {
                assertThat(SchemaMigrations.currentVersion(store.connection())).isEqualTo(SchemaMigrations.latestVersion());
            }
        }
        try (ItaStore store = ItaStore.openReadOnly(db); Statement s = store.connection().createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM schema_version")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(SchemaMigrations.latestVersion());
        }
    }

    @Test
    void agencyViewKeepsCodesAsStringsWithLeadingZeros() throws SQLException {
        try (ItaStore store = ItaStore.openReadOnly(db); Statement s = store.connection().createStatement();
             ResultSet rs = s.executeQuery("SELECT agency_code, province, agency_type_abbr, is_synthetic FROM v_agency ORDER BY 1")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("00000001");
            assertThat(rs.getString(2)).isEqualTo("กรุงเทพมหานคร");
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("06310499");
            assertThat(rs.getString(2)).isEqualTo("บุรีรัมย์");
            assertThat(rs.getString(3)).isEqualTo("อบต.");
            assertThat(rs.getBoolean(4)).isFalse();
        }
    }

    @Test
    void readOnlyOpenOfAMissingFileSaysWhatToDo() {
        assertThatThrownBy(() -> ItaStore.openReadOnly(dir.resolve("none.duckdb")))
                .isInstanceOf(StoreException.class).hasMessageContaining("./ita demo");
    }
}
