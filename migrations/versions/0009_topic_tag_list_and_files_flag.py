"""Topics keep their tag names and whether any post has files, so lists and pages read
them from the topic row instead of two more queries.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-27 09:20:00

"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade():
    # Plain ADD COLUMN (with a default) on every database: a batch copy of forum_topics on
    # SQLite would trip the foreign keys of its posts.
    op.add_column(
        "forum_topics",
        sa.Column("tag_list", sa.String(length=250), nullable=False, server_default=""),
    )
    op.add_column(
        "forum_topics",
        sa.Column("has_files", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    connection = op.get_bind()
    names: dict[int, list[str]] = {}
    for topic_id, name in connection.execute(sa.text(
        "SELECT tt.topic_id, t.name FROM forum_topic_tags tt "
        "JOIN forum_tags t ON t.id = tt.tag_id ORDER BY t.name"
    )):  # fmt: skip
        names.setdefault(topic_id, []).append(name)
    for topic_id, tags in names.items():
        connection.execute(
            sa.text("UPDATE forum_topics SET tag_list = :tags WHERE id = :id"),
            {"tags": ",".join(tags)[:250], "id": topic_id},
        )
    connection.execute(sa.text(
        "UPDATE forum_topics SET has_files = :yes WHERE id IN (SELECT p.topic_id FROM "
        "forum_posts p JOIN forum_attachments a ON a.post_id = p.id)"
    ), {"yes": True})  # fmt: skip


def downgrade():
    with op.batch_alter_table("forum_topics", schema=None) as batch_op:
        batch_op.drop_column("has_files")
        batch_op.drop_column("tag_list")
