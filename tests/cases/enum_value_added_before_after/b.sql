-- 'lowest' goes BEFORE 'low', 'medium' AFTER 'low', 'urgent' after 'high'.
CREATE TYPE ticket_priority AS ENUM ('lowest', 'low', 'medium', 'high', 'urgent');

CREATE TABLE tickets (
    id integer PRIMARY KEY,
    priority ticket_priority NOT NULL DEFAULT 'low'
);

CREATE INDEX tickets_priority_idx ON tickets (priority);
