package th.ita.insight.ingest.source;

/** A file that cannot be read as a whole; the message names the file and what is wrong. */
public final class SourceException extends RuntimeException {
    public SourceException(String message) {
        super(message);
    }
}
