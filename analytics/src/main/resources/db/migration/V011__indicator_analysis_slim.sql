-- The per-indicator analysis keeps only what is particular to an agency-year: its score, last year's score and
-- whether it is the agency's highest. Everything else the public view shows (tool, names, weight, threshold,
-- change, classes, gains) is the year's methodology applied row by row, which the view agency_indicator_analysis
-- (db/views.sql) now does at read time. Writing those copies made every load slow: rewriting the national demo
-- store's 549,500 rows took 0.78 s with the 17 columns, 0.38 s with these 6 (measured 2026-11-24, 2 cores).
-- Nothing is lost: the build that applies this migration recomputes the rows.
DROP TABLE IF EXISTS agency_indicator_year;
CREATE TABLE agency_indicator_year (
    fiscal_year INTEGER  NOT NULL,
    agency_code VARCHAR  NOT NULL,
    indicator   SMALLINT NOT NULL,
    score       DOUBLE   NOT NULL,
    previous    DOUBLE,             -- the same indicator's score the fiscal year before, if any
    is_highest  BOOLEAN  NOT NULL   -- among the agency-year's indicators (ties all highest)
);
