-- Schema version 2: agency-year totals are derived once per load (same transaction) instead of on every
-- query, so per-agency analyses stay within milliseconds. Filled from the internal view
-- agency_year_compute (db/views.sql); never written by hand.
CREATE TABLE IF NOT EXISTS agency_year_total (
    fiscal_year       INTEGER NOT NULL,
    agency_code       VARCHAR NOT NULL,
    iit               DOUBLE,
    eit               DOUBLE,
    oit               DOUBLE,
    total             DOUBLE,
    rating            VARCHAR,
    passed            BOOLEAN,
    indicators_scored INTEGER NOT NULL,
    missing_reason    VARCHAR,
    rating_derived    BOOLEAN NOT NULL,
    indicator_scores  MAP(SMALLINT, DOUBLE) NOT NULL,  -- indicator -> score: one agency-year in one row
    PRIMARY KEY (fiscal_year, agency_code)
);
