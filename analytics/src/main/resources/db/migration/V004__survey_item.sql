-- Schema version 4: the IIT/EIT questionnaire items of each fiscal year (methodology/survey-items.csv), which
-- score raw survey responses (--kind responses). Rewritten from the bundled methodology on every read-write open.
CREATE TABLE IF NOT EXISTS survey_item (
    fiscal_year   INTEGER  NOT NULL,
    tool          VARCHAR  NOT NULL,   -- IIT or EIT
    item          VARCHAR  NOT NULL,   -- i1.., e1..
    indicator     SMALLINT NOT NULL,
    scale         VARCHAR  NOT NULL,   -- FOUR_LEVEL or YES_NO
    reverse_keyed BOOLEAN  NOT NULL,
    PRIMARY KEY (fiscal_year, item)
);
