CREATE TABLE accounts (
    id integer PRIMARY KEY,
    owner_id integer NOT NULL,
    balance numeric(10,2) NOT NULL
);
ALTER TABLE accounts ENABLE ROW LEVEL SECURITY;

CREATE POLICY accounts_owner ON accounts
    USING (owner_id = current_setting('app.user_id')::integer);

CREATE VIEW account_ids AS
    SELECT id, owner_id FROM accounts;

CREATE VIEW owner_counts AS
    SELECT owner_id, count(*) AS n FROM account_ids GROUP BY owner_id;

CREATE MATERIALIZED VIEW owner_balances AS
    SELECT owner_id, sum(balance) AS total FROM accounts GROUP BY owner_id;

CREATE INDEX owner_balances_owner_idx ON owner_balances (owner_id);
