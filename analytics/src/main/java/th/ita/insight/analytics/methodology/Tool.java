package th.ita.insight.analytics.methodology;

/** The three ITA assessment tools. */
public enum Tool {
    /** Internal Integrity and Transparency Assessment: the agency's own staff answer. */
    IIT,
    /** External: service users answer. */
    EIT,
    /** Open data: assessors check what the agency publishes. */
    OIT
}
