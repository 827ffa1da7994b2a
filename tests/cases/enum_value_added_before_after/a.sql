CREATE TYPE ticket_priority AS ENUM ('low', 'high');

CREATE TABLE tickets (
    id integer PRIMARY KEY,
    priority ticket_priority NOT NULL DEFAULT 'low'
);

CREATE INDEX tickets_priority_idx ON tickets (priority);
