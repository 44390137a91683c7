package th.ita.insight.ingest.cli;

/** Something the user named (an agency, province, year) does not exist: exit code 2. */
public final class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }

    /** No agency has the code: the message names the five nearest by code or name. */
    static NotFoundException noAgency(th.ita.insight.analytics.agency.AgencyDirectory directory, String code) {
        return new NotFoundException("no agency with code '" + code + "'; nearest: " + directory.nearest(code, 5).stream()
                .map(a -> a.agencyCode() + " " + a.nameTh() + " (" + a.province() + ")").collect(java.util.stream.Collectors.joining(", ")));
    }
}
