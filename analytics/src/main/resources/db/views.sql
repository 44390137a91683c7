-- The public SQL API of the ITA Insight store. Documented column by column in docs/store.md.
-- Idempotent: every statement is CREATE OR REPLACE, re-applied by a read-write open whenever this file changes (store_build).

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

-- INTERNAL (not public API): computes agency-year totals from the indicators with that year's tool
-- weights (methodology_tool), only from a complete set (else total NULL and missing_reason says why).
-- Its rows are stored in agency_year_total by every load (and rebuilt when this file or the methodology changes).
CREATE OR REPLACE VIEW agency_year_compute AS
WITH per_tool AS (
    -- means and sums over sorted lists: a total rounded to 2 decimals must not depend on the order in which rows
    -- were loaded or threads met them (a float sum's last bit depends on its order)
    SELECT s.fiscal_year, s.agency_code, m.tool, list_avg(list_sort(list(s.score))) AS tool_score, count(*) AS n_scored
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
           list_sum(list_sort(list(t.weight * p.tool_score))) AS raw_total
    FROM per_tool p
    JOIN expected e USING (fiscal_year, tool)
    JOIN methodology_tool t USING (fiscal_year, tool)
    JOIN tools_expected x USING (fiscal_year)
    GROUP BY p.fiscal_year, p.agency_code
), totals AS (
    SELECT w.*, CASE WHEN w.complete THEN round(w.raw_total, 2) END AS total
    FROM wide w
), scores AS (
    SELECT fiscal_year, agency_code, map_from_entries(list(struct_pack(k := indicator, v := score))) AS indicator_scores
    FROM indicator_score
    GROUP BY fiscal_year, agency_code
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
       sc.indicator_scores
FROM totals t
JOIN scores sc USING (fiscal_year, agency_code)
JOIN methodology_year y USING (fiscal_year)
LEFT JOIN methodology_band b
       ON b.band_scheme = y.band_scheme
      AND t.total >= b.min_score
      AND (b.max_score IS NULL OR t.total < b.max_score);

-- One row per agency and fiscal year that has indicator scores (see docs/store.md).
CREATE OR REPLACE VIEW v_agency_year AS
SELECT t.fiscal_year, t.agency_code, t.iit, t.eit, t.oit, t.total, t.rating, t.passed, t.indicators_scored,
       t.missing_reason, t.rating_derived,
       r.total                         AS reported_total,
       r.rating                        AS reported_rating,
       r.label_th                      AS reported_label_th,
       abs(r.total - t.total) > 0.01   AS reported_total_differs
FROM agency_year_total t
LEFT JOIN reported_total r USING (fiscal_year, agency_code);

-- Each agency-year's standing among its peers: rank in its province (1 = highest total; ties share a rank),
-- and percentile (0-100, share of peers scoring lower) and z-score among agencies of the same type,
-- nationally and within the province. Only agency-years with a complete total.
-- internal: fills the derived table agency_year_peer (V005); read v_agency_peer instead
CREATE OR REPLACE VIEW agency_year_peer_compute AS
SELECT t.fiscal_year, t.agency_code, a.province_code, a.agency_type, t.total,
       rank() OVER (PARTITION BY t.fiscal_year, a.province_code ORDER BY t.total DESC)          AS rank_in_province,
       count(*) OVER (PARTITION BY t.fiscal_year, a.province_code)                                AS agencies_in_province,
       round(100 * percent_rank() OVER (PARTITION BY t.fiscal_year, a.agency_type ORDER BY t.total), 2)
                                                                                                  AS percentile_type_national,
       round((t.total - avg(t.total) OVER type_national)
             / nullif(stddev_samp(t.total) OVER type_national, 0), 3)                             AS z_type_national,
       count(*) OVER (PARTITION BY t.fiscal_year, a.agency_type)                                  AS peers_type_national,
       round(100 * percent_rank() OVER (PARTITION BY t.fiscal_year, a.province_code, a.agency_type ORDER BY t.total), 2)
                                                                                                  AS percentile_type_province,
       round((t.total - avg(t.total) OVER type_province)
             / nullif(stddev_samp(t.total) OVER type_province, 0), 3)                             AS z_type_province,
       count(*) OVER (PARTITION BY t.fiscal_year, a.province_code, a.agency_type)                 AS peers_type_province
FROM agency_year_total t
JOIN agency a USING (agency_code)
WHERE t.total IS NOT NULL
-- sums over the peers in the order of their totals: the same rows give the same z to the last digit, however the
-- rows were loaded (a sum's rounding depends on its order, and z is rounded to 3 decimals)
WINDOW type_national AS (PARTITION BY t.fiscal_year, a.agency_type ORDER BY t.total
                         ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING),
       type_province AS (PARTITION BY t.fiscal_year, a.province_code, a.agency_type ORDER BY t.total
                         ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING);

CREATE OR REPLACE VIEW v_agency_peer AS
SELECT * FROM agency_year_peer;

-- Internal: what DerivedTables stores in agency_indicator_year at every load: each indicator of each agency-year
-- with the same indicator's score the year before and whether it is the agency-year's highest (ties all are).
-- fy/code NULL mean every year / every agency.
CREATE OR REPLACE MACRO indicator_analysis_compute(fy, code) AS TABLE
-- one agency-year is one row of agency_year_total (scores as a map): the year before is a join of 55k rows, not
-- 550k, and the highest score is a maximum over the map rather than a window over the year
WITH year_indicators AS (
    SELECT fiscal_year, list(indicator) AS indicators FROM methodology_indicator GROUP BY fiscal_year
), t AS (
    -- the highest among the year's indicators (a score of an indicator the methodology no longer has does not count)
    SELECT t.fiscal_year, t.agency_code, t.indicator_scores,
           list_max(list_transform(y.indicators, lambda i: t.indicator_scores[i])) AS highest
    FROM agency_year_total t
    JOIN year_indicators y ON y.fiscal_year = t.fiscal_year
    WHERE (fy IS NULL OR t.fiscal_year = fy) AND (code IS NULL OR t.agency_code = code)
)
SELECT t.fiscal_year, t.agency_code, m.indicator, t.indicator_scores[m.indicator] AS score,
       pt.indicator_scores[m.indicator] AS previous,
       t.indicator_scores[m.indicator] = t.highest AS is_highest
FROM t
JOIN methodology_indicator m ON m.fiscal_year = t.fiscal_year
LEFT JOIN agency_year_total pt
       ON pt.agency_code = t.agency_code AND pt.fiscal_year = t.fiscal_year - 1
      AND (fy IS NULL OR pt.fiscal_year = fy - 1) AND (code IS NULL OR pt.agency_code = code)
WHERE t.indicator_scores[m.indicator] IS NOT NULL;

-- Each indicator of each agency-year against the previous year and the weak threshold, classified the way
-- agencies' annual ITA analyses do (highest / strength / weakness_increased / weakness_decreased /
-- unchanged / no_previous_year), with the points the TOTAL would gain if it rose to the threshold or to 100:
-- the stored rows (agency_indicator_year) with the year's methodology applied. Filter it by plain columns
-- (fiscal_year, agency_code): the filter reaches the stored table's scan.
CREATE OR REPLACE VIEW agency_indicator_analysis AS
WITH classified AS (
    SELECT a.fiscal_year, a.agency_code, a.indicator, m.tool, m.name_th, m.name_en, a.score, a.previous,
           a.is_highest, m.weight, y.weak_threshold,
           CASE WHEN a.previous IS NULL THEN 'no_previous_year'
                WHEN a.score > a.previous AND a.score >= y.weak_threshold THEN 'strength'
                WHEN a.score > a.previous THEN 'weakness_increased'
                WHEN a.score < a.previous THEN 'weakness_decreased'
                ELSE 'unchanged' END AS trend_class
    FROM agency_indicator_year a
    JOIN methodology_indicator m ON m.fiscal_year = a.fiscal_year AND m.indicator = a.indicator
    JOIN methodology_year y ON y.fiscal_year = a.fiscal_year
)
SELECT fiscal_year, agency_code, indicator, tool, name_th, name_en, score, previous,
       round(score - previous, 2)                                   AS change,
       trend_class,
       is_highest,
       CASE WHEN is_highest THEN 'highest' ELSE trend_class END    AS class,
       score < weak_threshold                                       AS is_weak,
       weight,
       weak_threshold,
       CASE WHEN score < weak_threshold THEN weight * (weak_threshold - score) ELSE 0 END AS gain_to_threshold,
       weight * (100 - score)                                       AS gain_to_100
FROM classified;

-- The public table macro: one year and/or one agency of v_indicator_analysis (NULL = all).
CREATE OR REPLACE MACRO indicator_analysis(fy, code) AS TABLE
SELECT fiscal_year, agency_code, indicator, tool, name_th, name_en, score, previous, change, trend_class,
       is_highest, class, is_weak, weight, weak_threshold, gain_to_threshold, gain_to_100
FROM agency_indicator_analysis
WHERE (fy IS NULL OR fiscal_year = fy) AND (code IS NULL OR agency_code = code);

CREATE OR REPLACE VIEW v_indicator_analysis AS SELECT * FROM indicator_analysis(NULL, NULL);

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

-- Item-level results (IIT/EIT items scored from raw responses or loaded as columns, OIT items), with the
-- indicator each item belongs to in that year's dictionaries.
CREATE OR REPLACE VIEW v_item_result AS
SELECT r.fiscal_year, r.agency_code, r.tool, r.item,
       coalesce(s.indicator, o.indicator) AS indicator,
       r.score, r.respondents, r.batch_id
FROM item_result r
LEFT JOIN survey_item s ON s.fiscal_year = r.fiscal_year AND s.item = r.item
LEFT JOIN methodology_year y ON y.fiscal_year = r.fiscal_year
LEFT JOIN oit_item o ON o.dictionary = y.oit_item_dictionary AND o.item = r.item;

-- The IIT/EIT questionnaire items that score raw responses (an assumption: see methodology/README.md).
CREATE OR REPLACE VIEW v_survey_item AS
SELECT fiscal_year, tool, item, indicator, scale, reverse_keyed FROM survey_item;

-- The measures agencies adopted (--kind measures), with the agency's name and the latest reported status.
CREATE OR REPLACE VIEW v_measure AS
SELECT m.agency_code, a.name_th AS agency_name, m.fiscal_year, m.seq, m.title, m.indicators, m.items, m.method, m.period,
       m.follow_up, m.divisions,
       coalesce((SELECT p.status FROM measure_progress p
                 WHERE p.agency_code = m.agency_code AND p.fiscal_year = m.fiscal_year AND p.seq = m.seq
                 ORDER BY CASE p.round WHEN 'annual' THEN 2 ELSE 1 END DESC LIMIT 1), 'planned') AS latest_status,
       m.is_synthetic, m.batch_id
FROM measure m JOIN agency a USING (agency_code);

-- Progress on each measure per reporting round (six_month, annual).
CREATE OR REPLACE VIEW v_measure_progress AS
SELECT p.agency_code, p.fiscal_year, p.seq, m.title, p.round, p.status, p.result, p.reported_on, p.batch_id
FROM measure_progress p JOIN measure m USING (agency_code, fiscal_year, seq);

-- The projects of agencies' anti-corruption action plans (--kind actionplan), with the agency's name.
CREATE OR REPLACE VIEW v_action_plan AS
SELECT p.agency_code, a.name_th AS agency_name, p.fiscal_year, p.seq, p.title, p.dimension, p.budget, p.quarters,
       p.target_group, p.objective, p.method, p.responsible, p.outputs, p.note, p.is_synthetic, p.batch_id
FROM action_plan_project p JOIN agency a USING (agency_code);
