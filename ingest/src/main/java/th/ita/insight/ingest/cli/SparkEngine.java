package th.ita.insight.ingest.cli;

import th.ita.insight.ingest.source.SourceException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code ita ingest --engine spark}: runs the Spark job (module spark) as its own JVM — through
 * {@code $SPARK_HOME/bin/spark-submit} when SPARK_HOME names a Spark installation, else through Spark's own
 * SparkSubmit class with the jars the build resolved. Spark is never on this JVM's classpath (nor the dashboard's).
 */
final class SparkEngine {

    static final String JOB = "th.ita.insight.spark.ingest.SparkIngest";

    /** What Spark needs opened on JDK 17+ (the same list as the build's spark.opens). */
    private static final List<String> OPENS = Stream.of("java.lang", "java.lang.invoke", "java.lang.reflect", "java.io",
            "java.net", "java.nio", "java.util", "java.util.concurrent", "java.util.concurrent.atomic", "jdk.internal.ref",
            "sun.nio.ch", "sun.nio.cs", "sun.util.calendar").map(p -> "--add-opens=java.base/" + p + "=ALL-UNNAMED").toList();

    private final Path home;

    SparkEngine(Path home) {
        this.home = home;
    }

    /** The command that runs the job with {@code jobArgs} on {@code master}. */
    List<String> command(String master, List<String> jobArgs) {
        Path jobJar = home.resolve("spark/target/ita-spark.jar");
        Path classpath = home.resolve("spark/target/classpath.txt");
        if (!Files.isRegularFile(jobJar) || !Files.isRegularFile(classpath)) {
            throw new SourceException("the Spark engine is not built in " + home
                    + ": run 'mvn -B install -DskipTests' (it builds the module spark)");
        }
        List<String> cmd = new ArrayList<>();
        String sparkHome = System.getenv("SPARK_HOME");
        if (sparkHome != null && Files.isExecutable(Path.of(sparkHome, "bin", "spark-submit"))) {
            // a Spark installation brings Spark; the job needs our modules and their libraries beside it
            cmd.add(Path.of(sparkHome, "bin", "spark-submit").toString());
            cmd.addAll(List.of("--master", master, "--class", JOB, "--jars", String.join(",", ourJars())));
        } else {
            String jars = jobJar + java.io.File.pathSeparator + read(classpath).strip();
            cmd.add(ProcessHandle.current().info().command().orElse("java"));
            cmd.addAll(OPENS);
            cmd.add("--enable-native-access=ALL-UNNAMED");
            cmd.addAll(List.of("-cp", jars, "org.apache.spark.deploy.SparkSubmit", "--master", master, "--class", JOB));
            if (!master.startsWith("local")) {
                // the cluster's executors have Spark; they fetch our modules and libraries from the driver
                cmd.addAll(List.of("--jars", String.join(",", ourJars())));
            }
        }
        cmd.add(jobJar.toString());
        cmd.addAll(jobArgs);
        return cmd;
    }

    /** Runs the job, its output on this console; returns its exit code. */
    int run(String master, List<String> jobArgs) {
        try {
            return new ProcessBuilder(command(master, jobArgs)).inheritIO().start().waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }

    private List<String> ourJars() {
        List<String> jars = new ArrayList<>();
        jars.add(home.resolve("ingest/target/ita-ingest.jar").toString());
        try (Stream<Path> lib = Files.list(home.resolve("ingest/target/lib"))) {
            lib.filter(p -> p.toString().endsWith(".jar")).sorted().forEach(p -> jars.add(p.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return jars;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
