-- ALTER INDEX ... ALTER COLUMN n SET STATISTICS on expression columns of an
-- index: set on a new index, changed and reset on a kept one, kept by an
-- index whose definition changes; plus opclass parameters, collation and
-- NULLS NOT DISTINCT changes.
CREATE TABLE t (id int, a text, doc tsvector);
CREATE INDEX t_kept ON t ((id + 1), lower(a));
ALTER INDEX t_kept ALTER COLUMN 1 SET STATISTICS 100;
CREATE INDEX t_reset ON t ((id * 2));
ALTER INDEX t_reset ALTER COLUMN 1 SET STATISTICS 50;
CREATE INDEX t_redef ON t ((id - 1));
ALTER INDEX t_redef ALTER COLUMN 1 SET STATISTICS 10;
CREATE INDEX t_doc ON t USING gist (doc tsvector_ops (siglen = 100));
CREATE INDEX t_a ON t (a COLLATE "C" DESC NULLS LAST);
CREATE UNIQUE INDEX t_id ON t (id) NULLS NOT DISTINCT;
