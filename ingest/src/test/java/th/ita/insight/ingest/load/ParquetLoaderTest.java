package th.ita.insight.ingest.load;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.ita.insight.analytics.methodology.Methodology;
import th.ita.insight.analytics.store.ItaStore;
import th.ita.insight.ingest.source.SourceException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Parquet input: typed columns become the same text values a CSV gives, with the same validation. */
class ParquetLoaderTest {

    @TempDir
    Path dir;

    @Test
    void aTypedParquetFileLoadsLikeItsCsvAndReportsRowsByNumber() throws Exception {
        Path parquet = dir.resolve("scores.parquet");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("""
                    COPY (SELECT * FROM (VALUES
                        (2564, '06310499', 'องค์การบริหารส่วนตำบลหนองกง', 'อบต.', 'บุรีรัมย์', 'นางรอง',
                         87.54, 79.61, 81.97, 74.84, 77.31, 78.17, 77.55, 77.42, 29.24, 25.00),
                        (2564, '06310401', 'องค์การบริหารส่วนตำบลทดสอบ', 'อบต.', 'บุรีรัมย์', 'นางรอง',
                         101.0, 80, 80, 80, 80, 80, 80, 80, 80, 80))
                      t(fiscal_year, agency_code, agency_name, agency_type, province, district,
                        ind1, ind2, ind3, ind4, ind5, ind6, ind7, ind8, ind9, ind10))
                    TO '%s' (FORMAT parquet)""".formatted(parquet.toAbsolutePath()));
        }
        Path db = dir.resolve("ita.duckdb");
        try (ItaStore store = ItaStore.openReadWrite(db)) {
            assertThat(Loaders.detectKind(parquet)).isEqualTo("scores");
            LoadResult r = new ScoresLoader(store, Methodology.bundled(), false).load(parquet);
            assertThat(r.rowsRead()).isEqualTo(2);
            assertThat(r.rejects()).singleElement().satisfies(j -> {
                assertThat(j.line()).isEqualTo(3);
                assertThat(j.column()).isEqualTo("ind1");
                assertThat(j.rule()).isEqualTo(RejectRule.SCORE_OUT_OF_RANGE);
            });
            try (Statement st = store.connection().createStatement();
                 ResultSet rs = st.executeQuery("SELECT total FROM v_agency_year WHERE agency_code = '06310499'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getDouble(1)).isEqualTo(58.24);
            }
        }
    }

    @Test
    void aBrokenParquetFileIsOneClearErrorAndTheStoreIsUnchanged() throws Exception {
        Path bad = dir.resolve("broken.parquet");
        Files.write(bad, new byte[] {'P', 'A', 'R', '1', 0, 1, 2, 3, 4, 5});
        Path db = dir.resolve("ita.duckdb");
        try (ItaStore store = ItaStore.openReadWrite(db)) {
            assertThatThrownBy(() -> new ScoresLoader(store, Methodology.bundled(), false).load(bad))
                    .isInstanceOf(SourceException.class).hasMessageContaining("broken.parquet").hasMessageContaining("Parquet");
            try (Statement st = store.connection().createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM v_ingest_batch")) {
                rs.next();
                assertThat(rs.getInt(1)).isZero();
            }
        }
    }
}
