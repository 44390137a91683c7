-- The derived tables without primary keys. They are rebuilt wholesale by every build and partly by every load
-- (DerivedTables), and their keys' indexes made that slow: refreshing all three on the national demo store took
-- 13.4 s, 10.8 s of it in COMMIT (DELETE + INSERT of rows under a key), and 1.4 s without the keys (measured
-- 2026-11-24). Their rows stay unique because they are computed from keyed tables (indicator_score, agency).
-- Nothing is lost by dropping them here: the build that applies this migration recomputes them.
DROP TABLE IF EXISTS agency_year_total;
CREATE TABLE agency_year_total (
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
    indicator_scores  MAP(SMALLINT, DOUBLE) NOT NULL  -- indicator -> score: one agency-year in one row
);

DROP TABLE IF EXISTS agency_indicator_year;
CREATE TABLE agency_indicator_year (
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
    gain_to_100       DOUBLE NOT NULL
);

DROP TABLE IF EXISTS agency_year_peer;
CREATE TABLE agency_year_peer (
    fiscal_year              INTEGER NOT NULL,
    agency_code              VARCHAR NOT NULL,
    province_code            VARCHAR NOT NULL,
    agency_type              VARCHAR NOT NULL,
    total                    DOUBLE  NOT NULL,
    rank_in_province         BIGINT  NOT NULL,
    agencies_in_province     BIGINT  NOT NULL,
    percentile_type_national DOUBLE  NOT NULL,
    z_type_national          DOUBLE,
    peers_type_national      BIGINT  NOT NULL,
    percentile_type_province DOUBLE  NOT NULL,
    z_type_province          DOUBLE,
    peers_type_province      BIGINT  NOT NULL
);
