CREATE TABLE scores (
    id integer PRIMARY KEY,
    player text NOT NULL,
    season integer NOT NULL,
    points integer
);

CREATE INDEX scores_points_idx ON scores (points DESC NULLS FIRST);
CREATE UNIQUE INDEX scores_player_season_idx ON scores (player, season DESC) NULLS NOT DISTINCT;
CREATE INDEX scores_season_points_idx ON scores (season ASC NULLS FIRST, points DESC NULLS LAST);
