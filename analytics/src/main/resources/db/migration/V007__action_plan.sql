-- Schema version 7: the anti-corruption action plan (แผนปฏิบัติการป้องกันการทุจริต) of an agency for a fiscal year:
-- its projects with their dimension (มิติ 1–4), budget in baht and the quarters they run in. Loaded with
-- --kind actionplan; a file that names an agency-year replaces that agency-year's plan.
CREATE TABLE IF NOT EXISTS action_plan_project (
    agency_code  VARCHAR       NOT NULL,
    fiscal_year  INTEGER       NOT NULL,
    seq          INTEGER       NOT NULL,   -- ลำดับ, in file order
    title        VARCHAR       NOT NULL,   -- รายการโครงการ
    dimension    SMALLINT      NOT NULL CHECK (dimension BETWEEN 1 AND 4),
    budget       DECIMAL(14,2) NOT NULL CHECK (budget >= 0),   -- บาท; 0 = carried out without a budget
    quarters     SMALLINT[]    NOT NULL,   -- 1–4 of the fiscal year (Q1 = Oct–Dec)
    target_group VARCHAR,
    objective    VARCHAR,
    method       VARCHAR,
    responsible  VARCHAR,
    outputs      VARCHAR,
    note         VARCHAR,
    is_synthetic BOOLEAN       NOT NULL,
    batch_id     BIGINT        NOT NULL,
    PRIMARY KEY (agency_code, fiscal_year, seq)
);
