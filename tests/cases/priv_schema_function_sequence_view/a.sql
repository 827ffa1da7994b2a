DO $$ BEGIN CREATE ROLE pgdiff_reader NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;

CREATE SCHEMA api;

CREATE SEQUENCE api.ticket_seq;

CREATE TABLE api.tickets (
    id bigint PRIMARY KEY DEFAULT nextval('api.ticket_seq'),
    subject text NOT NULL
);

CREATE VIEW api.open_tickets AS SELECT id, subject FROM api.tickets;

CREATE FUNCTION api.ticket_count() RETURNS bigint
    LANGUAGE sql STABLE
    AS $$ SELECT count(*) FROM api.tickets $$;
