-- Schema version 3: the per-indicator analysis (classification, weak flags, gains) is derived once per load, in
-- the same transaction as the scores, like agency_year_total. National and provincial rankings then read a
-- table instead of recomputing ranks and year-on-year changes for 78,000 agency-indicators on every query.
-- Filled from the internal macro indicator_analysis_compute (db/views.sql); never written by hand.
CREATE TABLE IF NOT EXISTS agency_indicator_year (
    fiscal_year       INTEGER NOT NULL,
    agency_code       VARCHAR NOT NULL,
    indicator         SMALLINT NOT NULL,
    tool              VARCHAR NOT NULL,
    name_th           VARCHAR NOT NULL,
    name_en           VARCHAR NOT NULL,
    score             DOUBLE NOT NULL,
    previous          DOUBLE,
    change            DOUBLE,
    trend_class       VARCHAR NOT NULL,
    is_highest        BOOLEAN NOT NULL,
    class             VARCHAR NOT NULL,
    is_weak           BOOLEAN NOT NULL,
    weight            DOUBLE NOT NULL,
    weak_threshold    DOUBLE NOT NULL,
    gain_to_threshold DOUBLE NOT NULL,
    gain_to_100       DOUBLE NOT NULL,
    PRIMARY KEY (fiscal_year, agency_code, indicator)
);
