-- Schema version 5: each agency-year's standing among its peers (rank in province, percentile and z among the
-- same type nationally and in the province) is derived once per load, like agency_year_total. One agency's
-- standing is then a key lookup (≈ 2 ms) instead of window functions over the whole year (≈ 14 ms), which is
-- what an agency page pays on every year change. Filled from the internal view agency_year_peer_compute
-- (db/views.sql); never written by hand. Public API: v_agency_peer.
CREATE TABLE IF NOT EXISTS agency_year_peer (
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
    peers_type_province      BIGINT  NOT NULL,
    PRIMARY KEY (fiscal_year, agency_code)
);
