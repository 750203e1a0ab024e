"""Full-text search over a SQLite store written by `copydesk extract -o OUT.sqlite`."""
