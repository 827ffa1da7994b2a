CREATE TABLE scores (
    id integer PRIMARY KEY,
    player text NOT NULL,
    season integer NOT NULL,
    points integer
);

CREATE INDEX scores_points_idx ON scores (points);
