-- Schema version 6: the measures (มาตรการ) an agency adopts for a fiscal year in answer to its last ITA result, and
-- their progress per reporting round (six-month, annual). Loaded with --kind measures; a file that names an
-- agency-year replaces that agency-year's measures and progress (the batch that did it is recorded).
CREATE TABLE IF NOT EXISTS measure (
    agency_code  VARCHAR    NOT NULL,
    fiscal_year  INTEGER    NOT NULL,   -- the year the measure is carried out (พ.ศ.), usually the assessed year + 1
    seq          INTEGER    NOT NULL,   -- its place in the agency-year's list, in file order
    title        VARCHAR    NOT NULL,   -- มาตรการ/แนวทาง
    indicators   SMALLINT[] NOT NULL,   -- the ITA indicators (1–10) it targets
    items        VARCHAR[]  NOT NULL,   -- item codes where known (i20, e12, o18 …)
    method       VARCHAR,               -- วิธีดำเนินการ
    period       VARCHAR,               -- ระยะเวลาดำเนินการ
    follow_up    VARCHAR,               -- การติดตามผล (expected output, evidence)
    divisions    VARCHAR,               -- ผู้รับผิดชอบ
    is_synthetic BOOLEAN    NOT NULL,
    batch_id     BIGINT     NOT NULL,
    PRIMARY KEY (agency_code, fiscal_year, seq)
);

CREATE TABLE IF NOT EXISTS measure_progress (
    agency_code  VARCHAR NOT NULL,
    fiscal_year  INTEGER NOT NULL,
    seq          INTEGER NOT NULL,
    round        VARCHAR NOT NULL CHECK (round IN ('six_month', 'annual')),
    status       VARCHAR NOT NULL CHECK (status IN ('planned', 'in_progress', 'done', 'dropped')),
    result       VARCHAR,               -- ผลการดำเนินการ: what was done, the evidence
    reported_on  DATE,
    batch_id     BIGINT  NOT NULL,
    PRIMARY KEY (agency_code, fiscal_year, seq, round)
);
