DO $$ BEGIN CREATE ROLE pgdiff_reader NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;

CREATE SCHEMA api;
GRANT USAGE ON SCHEMA api TO pgdiff_reader;

CREATE SEQUENCE api.ticket_seq;
GRANT USAGE, SELECT ON SEQUENCE api.ticket_seq TO pgdiff_reader;

CREATE TABLE api.tickets (
    id bigint PRIMARY KEY DEFAULT nextval('api.ticket_seq'),
    subject text NOT NULL
);

CREATE VIEW api.open_tickets AS SELECT id, subject FROM api.tickets;
GRANT SELECT ON api.open_tickets TO pgdiff_reader;

CREATE FUNCTION api.ticket_count() RETURNS bigint
    LANGUAGE sql STABLE
    AS $$ SELECT count(*) FROM api.tickets $$;
REVOKE EXECUTE ON FUNCTION api.ticket_count() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION api.ticket_count() TO pgdiff_reader;
