-- The public SQL API of the ITA Insight store. Documented column by column in docs/store.md.
-- Idempotent: every statement is CREATE OR REPLACE, re-applied on every read-write open.

CREATE OR REPLACE VIEW v_agency AS
SELECT a.agency_code,
       a.name_th,
       a.agency_type,
       p.name_th        AS province,
       a.district,
       a.is_synthetic,
       a.province_code,
       p.name_en        AS province_en,
       p.region,
       t.name_th        AS agency_type_th,
       t.abbr_th        AS agency_type_abbr,
       t.name_en        AS agency_type_en
FROM agency a
JOIN province p USING (province_code)
JOIN agency_type t ON t.type_code = a.agency_type;

CREATE OR REPLACE VIEW v_indicator_score AS
SELECT s.fiscal_year,
       s.agency_code,
       s.indicator,
       s.score,
       m.tool,
       m.weight,
       m.name_th        AS indicator_name_th,
       m.name_en        AS indicator_name_en
FROM indicator_score s
JOIN methodology_indicator m USING (fiscal_year, indicator);

-- One row per agency and fiscal year that has indicator scores. The total is computed from the
-- indicators with that year's tool weights (methodology_tool), and only from a complete set:
-- an incomplete set gives total NULL and says why in missing_reason.
CREATE OR REPLACE VIEW v_agency_year AS
WITH per_tool AS (
    SELECT s.fiscal_year, s.agency_code, m.tool, avg(s.score) AS tool_score, count(*) AS n_scored
    FROM indicator_score s
    JOIN methodology_indicator m USING (fiscal_year, indicator)
    GROUP BY ALL
), expected AS (
    SELECT fiscal_year, tool, count(*) AS n_expected
    FROM methodology_indicator
    GROUP BY fiscal_year, tool
), tools_expected AS (
    SELECT fiscal_year, count(DISTINCT tool) AS n_tools
    FROM methodology_indicator
    GROUP BY fiscal_year
), wide AS (
    SELECT p.fiscal_year, p.agency_code,
           max(p.tool_score) FILTER (WHERE p.tool = 'IIT') AS iit,
           max(p.tool_score) FILTER (WHERE p.tool = 'EIT') AS eit,
           max(p.tool_score) FILTER (WHERE p.tool = 'OIT') AS oit,
           sum(p.n_scored)::INTEGER                        AS indicators_scored,
                      bool_and(p.n_scored = e.n_expected) AND count(*) = any_value(x.n_tools) AS complete,
           sum(t.weight * p.tool_score)                    AS raw_total
    FROM per_tool p
    JOIN expected e USING (fiscal_year, tool)
    JOIN methodology_tool t USING (fiscal_year, tool)
    JOIN tools_expected x USING (fiscal_year)
    GROUP BY p.fiscal_year, p.agency_code
), totals AS (
    SELECT w.*, CASE WHEN w.complete THEN round(w.raw_total, 2) END AS total
    FROM wide w
)
SELECT t.fiscal_year,
       t.agency_code,
       round(t.iit, 2)                 AS iit,
       round(t.eit, 2)                 AS eit,
       round(t.oit, 2)                 AS oit,
       t.total,
       b.band                          AS rating,
       t.total >= y.pass_mark          AS passed,
       t.indicators_scored,
       CASE WHEN NOT t.complete
            THEN 'incomplete: ' || t.indicators_scored || ' indicators scored, all of the year''s indicators are needed'
       END                             AS missing_reason,
       y.bands_assumed                 AS rating_derived,
       r.total                         AS reported_total,
       r.rating                        AS reported_rating,
       r.label_th                      AS reported_label_th,
       abs(r.total - t.total) > 0.01   AS reported_total_differs
FROM totals t
JOIN methodology_year y USING (fiscal_year)
LEFT JOIN methodology_band b
       ON b.band_scheme = y.band_scheme
      AND t.total >= b.min_score
      AND (b.max_score IS NULL OR t.total < b.max_score)
LEFT JOIN reported_total r USING (fiscal_year, agency_code);

CREATE OR REPLACE VIEW v_satisfaction AS
SELECT fiscal_year,
       agency_code,
       service_area,
       respondents,
       mean_score,
       percent_satisfied,
       sd,
       n_5, n_4, n_3, n_2, n_1
FROM satisfaction_result;

CREATE OR REPLACE VIEW v_ingest_batch AS
SELECT batch_id, file_name, file_sha256, file_bytes, kind, engine, started_at, finished_at,
       rows_read, rows_loaded, rows_rejected, is_synthetic, note
FROM ingest_batch;

CREATE OR REPLACE VIEW v_methodology AS
SELECT y.fiscal_year, y.methodology_version, y.pass_mark, y.weak_threshold, y.target_pass_share,
       y.band_scheme, y.weights_assumed, y.bands_assumed, i.indicator, i.tool, i.weight, i.name_th, i.name_en
FROM methodology_year y
JOIN methodology_indicator i USING (fiscal_year);
