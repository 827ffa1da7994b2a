CREATE TABLE u (id integer PRIMARY KEY, email text);
CREATE UNIQUE INDEX u_email_key ON u(email);
CREATE TABLE c (id integer PRIMARY KEY, email text REFERENCES u(email));
