package th.ita.insight.ingest.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line's contract: exit codes and one-line messages. */
class ItaCommandTest {

    @TempDir
    Path dir;

    @Test
    void ingestLoadsAFileAndExitsZero() throws Exception {
        Path f = dir.resolve("a.csv");
        Files.writeString(f, ScoresLoaderFixture.HEADER + ScoresLoaderFixture.ROW);
        Run r = run("ingest", "--db", dir.resolve("s.duckdb").toString(), f.toString());
        assertThat(r.code).isZero();
        assertThat(r.out).contains("a.csv: LOADED").contains("loaded 10");
    }

    @Test
    void strictIngestWithARejectExitsOneAndSaysTheStoreIsUnchanged() throws Exception {
        Path f = dir.resolve("b.csv");
        Files.writeString(f, ScoresLoaderFixture.HEADER + ScoresLoaderFixture.ROW.replace("87.54", "187.54"));
        Run r = run("ingest", "--strict", "--db", dir.resolve("s.duckdb").toString(), f.toString());
        assertThat(r.code).isEqualTo(1);
        assertThat(r.out).contains("line 2 column ind1").contains("unchanged");
    }

    @Test
    void aMissingFileIsOneLineOnStderrWithoutStackTrace() {
        Run r = run("ingest", "--db", dir.resolve("s.duckdb").toString(), dir.resolve("nope.csv").toString());
        assertThat(r.code).isEqualTo(1);
        assertThat(r.err.strip()).startsWith("ita: ").contains("nope.csv").doesNotContain("\tat ");
        assertThat(r.err.strip().lines().count()).isEqualTo(1);
    }

    record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = ItaCommand.run(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    static final class ScoresLoaderFixture {
        static final String HEADER = "fiscal_year,agency_code,agency_name,agency_type,province,district,"
                + "ind1,ind2,ind3,ind4,ind5,ind6,ind7,ind8,ind9,ind10\n";
        static final String ROW = "2564,06310499,องค์การบริหารส่วนตำบลหนองกง,อบต.,บุรีรัมย์,นางรอง,"
                + "87.54,79.61,81.97,74.84,77.31,78.17,77.55,77.42,29.24,25.00\n";
    }
}
