package th.ita.insight.analytics.store;

/** A store problem worth a one-line message to the user. */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
