-- What the reference data, methodology, views and derived tables of this store were last built from: a read-write
-- open rebuilds them only when that changed (a national store's derived tables take seconds to rebuild, and every
-- load opens the store read-write).
CREATE TABLE IF NOT EXISTS store_build (
    id          INTEGER PRIMARY KEY,   -- always 1
    fingerprint VARCHAR NOT NULL,      -- SHA-256 of views.sql, reference data and methodology files
    built_at    TIMESTAMP NOT NULL
);
