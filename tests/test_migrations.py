"""The models and the migrations describe the same schema."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from app.extensions import db


def test_models_match_migrations(app):
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, db.metadata)
    assert differences == []


def insert(conn, table: str, **values) -> None:
    """A row with the given values and a plain value for every other required column."""
    columns = sa.inspect(conn).get_columns(table)
    for column in columns:
        if column["name"] in values or column["nullable"] or column.get("default") is not None:
            continue
        if column.get("autoincrement") and column["name"] == "id":
            continue
        kind = column["type"].python_type if hasattr(column["type"], "python_type") else str
        values[column["name"]] = {int: 0, bool: False}.get(kind, "2026-01-01")
    names = ", ".join(values)
    marks = ", ".join(f":{name}" for name in values)
    conn.execute(sa.text(f"INSERT INTO {table} ({names}) VALUES ({marks})"), values)  # noqa: S608


@pytest.mark.no_db
def test_upgrading_a_database_with_forum_data_keeps_it(tmp_path):
    """0009 adds columns to forum_topics, whose posts point to it: it must run on a filled
    SQLite database (foreign keys on) and fill the new columns from the old rows."""
    url = f"sqlite:///{tmp_path / 'old.db'}"
    env = {key: value for key, value in os.environ.items()
           if key not in ("TEST_DATABASE_URL", "M4EG_SQLALCHEMY_DATABASE_URI")}  # fmt: skip
    env |= {"DATABASE_URL": url, "M4EG_CONFIG": "development", "INSTANCE_PATH": str(tmp_path),
            "FLASK_APP": "wsgi.py"}  # fmt: skip
    flask = [str(Path(sys.executable).parent / "flask"), "db"]
    subprocess.run([*flask, "upgrade", "0008"], env=env, check=True, capture_output=True)
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        insert(conn, "users", id=1, email="a@b.c", handle="a")
        insert(conn, "forum_categories", id=1, slug="c")
        insert(conn, "forum_topics", id=1, category_id=1, author_id=1)
        insert(conn, "forum_posts", id=1, topic_id=1, number=1, author_id=1)
        insert(conn, "forum_tags", id=1, name="led")
        insert(conn, "forum_tags", id=2, name="energy")
        insert(conn, "forum_topic_tags", topic_id=1, tag_id=1)
        insert(conn, "forum_topic_tags", topic_id=1, tag_id=2)
        insert(conn, "forum_attachments", post_id=1, uploader_id=1, stored_name="x.pdf")
    subprocess.run([*flask, "upgrade"], env=env, check=True, capture_output=True)
    with engine.connect() as conn:
        row = conn.exec_driver_sql("SELECT tag_list, has_files FROM forum_topics").one()
        posts = conn.exec_driver_sql("SELECT count(*) FROM forum_posts").scalar()
    assert tuple(row) == ("energy,led", 1) and posts == 1
