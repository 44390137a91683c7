package th.ita.insight.ingest.cli;

/** Something the user named (an agency, province, year) does not exist: exit code 2. */
public final class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
