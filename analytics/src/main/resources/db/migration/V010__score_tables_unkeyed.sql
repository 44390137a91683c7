-- The score tables without primary keys, as V009 did for the derived tables. Every load replaces whole agency-years
-- (DELETE of the keys its file covers, then INSERT of rows grouped by the key), and DuckDB merges a transaction's
-- rows into a key's index at COMMIT: loading 10 M survey answers spent 1.8 s of its COMMIT there, 0.06 s without
-- the keys (measured 2026-11-24, national demo store). Rows stay unique by construction, and the ingest tests check
-- it after every load (StoreInvariants). The rows are copied over; NOT NULL stays.
ALTER TABLE indicator_score RENAME TO indicator_score_keyed;
CREATE TABLE indicator_score (
    fiscal_year INTEGER  NOT NULL,
    agency_code VARCHAR  NOT NULL,
    indicator   SMALLINT NOT NULL,
    score       DOUBLE   NOT NULL,  -- 0..100 as published (2 decimals)
    batch_id    BIGINT   NOT NULL   -- one row per (fiscal_year, agency_code, indicator)
);
INSERT INTO indicator_score SELECT * FROM indicator_score_keyed;
DROP TABLE indicator_score_keyed;

ALTER TABLE tool_score RENAME TO tool_score_keyed;
CREATE TABLE tool_score (
    fiscal_year INTEGER NOT NULL,
    agency_code VARCHAR NOT NULL,
    tool        VARCHAR NOT NULL,
    score       DOUBLE  NOT NULL,   -- as reported by the source file (the views recompute their own)
    batch_id    BIGINT  NOT NULL    -- one row per (fiscal_year, agency_code, tool)
);
INSERT INTO tool_score SELECT * FROM tool_score_keyed;
DROP TABLE tool_score_keyed;

ALTER TABLE item_result RENAME TO item_result_keyed;
CREATE TABLE item_result (
    fiscal_year INTEGER NOT NULL,
    agency_code VARCHAR NOT NULL,
    tool        VARCHAR NOT NULL,
    item        VARCHAR NOT NULL,   -- i1.., e1.., o1.. (per-year dictionary)
    score       DOUBLE  NOT NULL,
    respondents INTEGER,
    batch_id    BIGINT  NOT NULL    -- one row per (fiscal_year, agency_code, item)
);
INSERT INTO item_result SELECT * FROM item_result_keyed;
DROP TABLE item_result_keyed;
