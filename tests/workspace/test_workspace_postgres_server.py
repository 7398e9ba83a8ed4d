"""The test PostgreSQL server starts, takes SQL and hands out databases (tests/postgres_server)."""

from __future__ import annotations


def test_postgres_server_runs_sql_in_a_fresh_database(postgres_server, postgres_database):
    name = postgres_database.rsplit("/", 1)[1]
    assert postgres_server.psql("SELECT 6 * 7", database=name).strip() == "42"
    assert postgres_database.startswith(f"postgresql://postgres@127.0.0.1:{postgres_server.port}/")
