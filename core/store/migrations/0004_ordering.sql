-- CertDesk schema, version 4: whether CertDesk orders an endpoint's certificates by itself.
-- 'automatic': its first certificate as soon as its records are in place, then every renewal.
-- 'manual': only when the administrator asks ("only when I ask"); records are still watched.
ALTER TABLE endpoints ADD COLUMN ordering TEXT NOT NULL DEFAULT 'automatic'
    CHECK (ordering IN ('automatic', 'manual'));
