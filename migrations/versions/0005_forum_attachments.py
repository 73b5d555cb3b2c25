"""Files attached to forum posts.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27 07:25:00

"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "forum_attachments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("post_id", sa.Integer(), nullable=False),
        sa.Column("uploader_id", sa.Integer(), nullable=False),
        sa.Column("filename", sa.String(length=200), nullable=False),
        sa.Column("stored_name", sa.String(length=60), nullable=False),
        sa.Column("content_type", sa.String(length=100), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["post_id"], ["forum_posts.id"], name=op.f("fk_forum_attachments_post_id_forum_posts")
        ),
        sa.ForeignKeyConstraint(
            ["uploader_id"], ["users.id"], name=op.f("fk_forum_attachments_uploader_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_forum_attachments")),
        sa.UniqueConstraint("stored_name", name=op.f("uq_forum_attachments_stored_name")),
    )
    with op.batch_alter_table("forum_attachments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_forum_attachments_created_at"), ["created_at"])
        batch_op.create_index(batch_op.f("ix_forum_attachments_post_id"), ["post_id"])
        batch_op.create_index(batch_op.f("ix_forum_attachments_uploader_id"), ["uploader_id"])


def downgrade():
    op.drop_table("forum_attachments")
