-- ITA Insight store, schema version 1.
-- Tables are the storage; the documented v_* views (db/views.sql, docs/store.md) are the public API.

CREATE TABLE IF NOT EXISTS agency_type (
    type_code   VARCHAR PRIMARY KEY,   -- PAO, CITY_MUNICIPALITY, TOWN_MUNICIPALITY, SUBDISTRICT_MUNICIPALITY, SAO, BANGKOK, PATTAYA
    name_th     VARCHAR NOT NULL,
    abbr_th     VARCHAR NOT NULL,
    name_en     VARCHAR NOT NULL,
    sort_order  INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS province (
    province_code VARCHAR PRIMARY KEY,  -- two-digit code as a string (10 = Bangkok)
    name_th       VARCHAR NOT NULL,
    name_en       VARCHAR NOT NULL,
    region        VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS methodology_year (
    fiscal_year         INTEGER PRIMARY KEY,  -- พ.ศ.
    methodology_version VARCHAR NOT NULL,
    pass_mark           DOUBLE  NOT NULL,
    weak_threshold      DOUBLE  NOT NULL,
    target_pass_share   DOUBLE  NOT NULL,
    band_scheme         VARCHAR NOT NULL,
    weights_assumed     BOOLEAN NOT NULL,
    bands_assumed       BOOLEAN NOT NULL,
    oit_item_dictionary VARCHAR,
    note                VARCHAR
);

CREATE TABLE IF NOT EXISTS methodology_tool (
    fiscal_year INTEGER NOT NULL,
    tool        VARCHAR NOT NULL,
    weight      DOUBLE  NOT NULL,
    PRIMARY KEY (fiscal_year, tool)
);

CREATE TABLE IF NOT EXISTS methodology_indicator (
    fiscal_year INTEGER  NOT NULL,
    indicator   SMALLINT NOT NULL,
    tool        VARCHAR  NOT NULL,
    weight      DOUBLE   NOT NULL,  -- the tool's weight split equally among its indicators
    name_th     VARCHAR  NOT NULL,
    name_en     VARCHAR  NOT NULL,
    PRIMARY KEY (fiscal_year, indicator)
);

CREATE TABLE IF NOT EXISTS methodology_band (
    band_scheme VARCHAR NOT NULL,
    band        VARCHAR NOT NULL,
    ordinal     INTEGER NOT NULL,
    min_score   DOUBLE  NOT NULL,   -- inclusive
    max_score   DOUBLE,             -- exclusive; NULL for the top band
    label_th    VARCHAR NOT NULL,
    label_en    VARCHAR NOT NULL,
    PRIMARY KEY (band_scheme, band)
);

CREATE TABLE IF NOT EXISTS oit_item (
    dictionary    VARCHAR  NOT NULL,
    item          VARCHAR  NOT NULL,
    indicator     SMALLINT NOT NULL,
    sub_indicator VARCHAR  NOT NULL,
    name_th       VARCHAR,
    PRIMARY KEY (dictionary, item)
);

CREATE SEQUENCE IF NOT EXISTS ingest_batch_seq START 1;

CREATE TABLE IF NOT EXISTS ingest_batch (
    batch_id      BIGINT PRIMARY KEY,
    file_name     VARCHAR NOT NULL,
    file_sha256   VARCHAR NOT NULL,
    file_bytes    BIGINT  NOT NULL,
    kind          VARCHAR NOT NULL,   -- scores, satisfaction, responses, agencies
    engine        VARCHAR NOT NULL,   -- duckdb, spark
    started_at    TIMESTAMP NOT NULL,
    finished_at   TIMESTAMP NOT NULL,
    rows_read     BIGINT  NOT NULL,
    rows_loaded   BIGINT  NOT NULL,
    rows_rejected BIGINT  NOT NULL,
    is_synthetic  BOOLEAN NOT NULL,
    note          VARCHAR
);

CREATE TABLE IF NOT EXISTS agency (
    agency_code   VARCHAR PRIMARY KEY,  -- DLA code, a string with leading zeros, never a number
    name_th       VARCHAR NOT NULL,
    agency_type   VARCHAR NOT NULL,     -- agency_type.type_code
    province_code VARCHAR NOT NULL,     -- province.province_code
    district      VARCHAR,
    is_synthetic  BOOLEAN NOT NULL,
    batch_id      BIGINT  NOT NULL
);

CREATE TABLE IF NOT EXISTS indicator_score (
    fiscal_year INTEGER  NOT NULL,
    agency_code VARCHAR  NOT NULL,
    indicator   SMALLINT NOT NULL,
    score       DOUBLE   NOT NULL,  -- 0..100 as published (2 decimals)
    batch_id    BIGINT   NOT NULL,
    PRIMARY KEY (fiscal_year, agency_code, indicator)
);

CREATE TABLE IF NOT EXISTS tool_score (
    fiscal_year INTEGER NOT NULL,
    agency_code VARCHAR NOT NULL,
    tool        VARCHAR NOT NULL,
    score       DOUBLE  NOT NULL,   -- as reported by the source file (the views recompute their own)
    batch_id    BIGINT  NOT NULL,
    PRIMARY KEY (fiscal_year, agency_code, tool)
);

CREATE TABLE IF NOT EXISTS item_result (
    fiscal_year INTEGER NOT NULL,
    agency_code VARCHAR NOT NULL,
    tool        VARCHAR NOT NULL,
    item        VARCHAR NOT NULL,   -- i1.., e1.., o1.. (per-year dictionary)
    score       DOUBLE  NOT NULL,
    respondents INTEGER,
    batch_id    BIGINT  NOT NULL,
    PRIMARY KEY (fiscal_year, agency_code, item)
);

CREATE TABLE IF NOT EXISTS reported_total (
    fiscal_year INTEGER NOT NULL,
    agency_code VARCHAR NOT NULL,
    total       DOUBLE,
    rating      VARCHAR,
    label_th    VARCHAR,            -- the official wording where the source gives one (FY2566+: ผ่าน, ...)
    source_ref  VARCHAR,            -- where a published figure comes from
    batch_id    BIGINT  NOT NULL,
    PRIMARY KEY (fiscal_year, agency_code)
);

CREATE TABLE IF NOT EXISTS satisfaction_result (
    fiscal_year       INTEGER NOT NULL,
    agency_code       VARCHAR NOT NULL,
    service_area      VARCHAR NOT NULL,
    respondents       INTEGER NOT NULL,
    mean_score        DOUBLE  NOT NULL,  -- 1..5
    sd                DOUBLE,
    percent_satisfied DOUBLE  NOT NULL,  -- 0..100
    n_5 INTEGER, n_4 INTEGER, n_3 INTEGER, n_2 INTEGER, n_1 INTEGER,
    batch_id          BIGINT  NOT NULL,
    PRIMARY KEY (fiscal_year, agency_code, service_area)
);

INSERT OR REPLACE INTO agency_type VALUES
    ('PAO',                      'องค์การบริหารส่วนจังหวัด', 'อบจ.',   'Provincial administrative organisation', 1),
    ('CITY_MUNICIPALITY',        'เทศบาลนคร',             'ทน.',    'City municipality',                      2),
    ('TOWN_MUNICIPALITY',        'เทศบาลเมือง',            'ทม.',    'Town municipality',                      3),
    ('SUBDISTRICT_MUNICIPALITY', 'เทศบาลตำบล',            'ทต.',    'Subdistrict municipality',               4),
    ('SAO',                      'องค์การบริหารส่วนตำบล',    'อบต.',   'Subdistrict administrative organisation', 5),
    ('BANGKOK',                  'กรุงเทพมหานคร',          'กทม.',   'Bangkok Metropolitan Administration',    6),
    ('PATTAYA',                  'เมืองพัทยา',             'เมืองพัทยา', 'Pattaya City',                         7);
