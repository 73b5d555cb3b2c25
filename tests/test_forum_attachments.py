"""Images and PDFs on posts: checked by content, limited in size, shown only to readers."""

import io
import os
import time

from sqlalchemy import func, select

from app.accounts.models import Role
from app.extensions import db
from app.forums import attachments, moderation
from app.forums.models import Attachment, Post, Scope, Topic
from tests.factories import make_category, make_topic, make_user

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


def upload(content: bytes, name: str):
    return (io.BytesIO(content), name)


def files_on_disk(app) -> list[str]:
    folder = os.path.join(app.config["UPLOAD_DIR"], "forums")
    return [n for n in os.listdir(folder) if not n.startswith(".")] if os.path.isdir(folder) else []


def test_images_and_pdfs_are_attached_and_served(app, client, login_as):
    topic = make_topic()
    login_as(make_user())
    response = client.post(f"/forums/t/{topic.id}/reply", data={
        "body": "Our lighting plan and a photo",
        "files": [upload(PNG, "street.png"), upload(PDF, "plan.pdf")],
    }, content_type="multipart/form-data")  # fmt: skip
    assert response.status_code == 302
    image, document = db.session.scalars(select(Attachment).order_by(Attachment.id)).all()
    page = client.get(f"/forums/t/{topic.id}").get_data(as_text=True)
    assert f'src="/forums/attachments/{image.id}/street.png"' in page and "plan.pdf" in page
    shown = client.get(f"/forums/attachments/{image.id}/street.png")
    assert shown.status_code == 200 and shown.mimetype == "image/png"
    assert "attachment" not in shown.headers.get("Content-Disposition", "")
    assert "sandbox" in shown.headers["Content-Security-Policy"]
    downloaded = client.get(f"/forums/attachments/{document.id}/plan.pdf")
    assert downloaded.mimetype == "application/pdf"
    assert downloaded.headers["Content-Disposition"].startswith("attachment")
    assert downloaded.data == PDF
    assert image.stored_name != "street.png" and image.stored_name in files_on_disk(app)


def test_type_is_checked_by_content_and_nothing_is_kept(app, client, login_as):
    topic = make_topic()
    login_as(make_user())
    before = files_on_disk(app)
    response = client.post(f"/forums/t/{topic.id}/reply", data={
        "body": "Here is my file", "files": [upload(PNG, "ok.png"), upload(b"MZ\x90\x00", "x.png")],
    }, content_type="multipart/form-data")  # fmt: skip
    text = response.get_data(as_text=True)
    assert response.status_code == 200 and "x.png is not a file type we accept here." in text
    assert "Here is my file" in text  # what was typed is kept
    assert db.session.scalar(select(func.count(Post.id)).where(Post.topic_id == topic.id)) == 1
    assert db.session.scalar(select(func.count(Attachment.id))) == 0
    assert files_on_disk(app) == before


def test_files_over_the_limit_are_refused(app, client, login_as):
    topic = make_topic()
    login_as(make_user())
    app.config["UPLOAD_MAX_MB"] = 1
    try:
        big = PNG + b"\x00" * (1024 * 1024)
        response = client.post(f"/forums/t/{topic.id}/reply", data={
            "body": "Big photo", "files": [upload(big, "big.png")],
        }, content_type="multipart/form-data")  # fmt: skip
    finally:
        app.config["UPLOAD_MAX_MB"] = 10
    assert "big.png is larger than 1 MB." in response.get_data(as_text=True)
    assert db.session.scalar(select(func.count(Attachment.id))) == 0


def test_only_readers_of_the_post_get_its_files(client, login_as):
    staff_only = make_category(view_scope=Scope.STAFF, post_scope=Scope.STAFF)
    facilitator = make_user(role=Role.FACILITATOR, authority=None)
    topic = make_topic(author=facilitator, category=staff_only)
    login_as(facilitator)
    client.post(f"/forums/t/{topic.id}/reply", data={
        "body": "Internal budget", "files": [upload(PDF, "budget.pdf")],
    }, content_type="multipart/form-data")  # fmt: skip
    item = db.session.scalar(select(Attachment))
    url = f"/forums/attachments/{item.id}/budget.pdf"
    assert client.get(url).status_code == 200
    client.post("/logout")
    assert client.get(url).status_code == 404
    login_as(make_user())
    assert client.get(url).status_code == 404


def test_files_of_a_hidden_post_are_hidden_too(client, login_as):
    topic = make_topic()
    author = make_user()
    login_as(author)
    client.post(f"/forums/t/{topic.id}/reply", data={
        "body": "Photo of the site", "files": [upload(PNG, "site.png")],
    }, content_type="multipart/form-data")  # fmt: skip
    item = db.session.scalar(select(Attachment))
    moderator = make_user(role=Role.MODERATOR, authority=None)
    moderation.hide_post(moderator, db.session.get(Post, item.post_id), "private data")
    db.session.commit()
    url = f"/forums/attachments/{item.id}/site.png"
    assert client.get(url).status_code == 404
    client.post("/logout")
    login_as(moderator)
    assert client.get(url).status_code == 200


def test_files_no_attachment_names_are_swept_after_an_hour(app):
    folder = os.path.join(app.config["UPLOAD_DIR"], "forums")
    os.makedirs(folder, exist_ok=True)
    orphan, fresh = os.path.join(folder, "orphan.png"), os.path.join(folder, "fresh.png")
    topic = make_topic()
    post = db.session.scalar(select(Post).where(Post.topic_id == topic.id))
    kept = Attachment(post_id=post.id, uploader_id=post.author_id, filename="k.png",
                      stored_name="kept.png", content_type="image/png", size=1)  # fmt: skip
    db.session.add(kept)
    db.session.commit()
    for path in (orphan, fresh, os.path.join(folder, "kept.png")):
        with open(path, "wb") as handle:
            handle.write(PNG)
    two_hours_ago = time.time() - 7200
    os.utime(orphan, (two_hours_ago, two_hours_ago))
    os.utime(os.path.join(folder, "kept.png"), (two_hours_ago, two_hours_ago))
    assert attachments.remove_orphans() == 1
    assert not os.path.exists(orphan)
    assert os.path.exists(fresh) and os.path.exists(os.path.join(folder, "kept.png"))


def test_files_follow_their_posts_when_a_moderator_splits_a_topic(client, login_as):
    topic = make_topic()
    login_as(make_user())
    client.post(f"/forums/t/{topic.id}/reply", data={
        "body": "The plan, attached", "files": [upload(PDF, "plan.pdf")],
    }, content_type="multipart/form-data")  # fmt: skip
    reply = db.session.scalar(select(Post).where(Post.topic_id == topic.id, Post.number == 2))
    login_as(make_user(role=Role.MODERATOR))
    client.post(f"/forums/t/{topic.id}/split", data={"post": [reply.id], "title": "The plan"})
    new = db.session.scalar(select(Topic).where(Topic.title == "The plan"))
    assert "plan.pdf" in client.get(f"/forums/t/{new.id}").get_data(as_text=True)
