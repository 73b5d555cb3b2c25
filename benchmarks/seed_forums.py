"""Fill a database with a large forum for benchmarks: 100,000 posts in 5,000 topics.

Run through `python benchmarks/forums.py`, which sets the environment first.
Rows are inserted in bulk (Core inserts) with HTML rendered once per distinct
text, so seeding takes seconds, not hours; the data has the shape that the
services would write.
"""

import random
from datetime import timedelta

from sqlalchemy import insert, select, text

from app.accounts.models import LocalAuthority, User
from app.core.db import utcnow
from app.core.markup import render_markdown
from app.extensions import db
from app.forums.models import Category, Post, Reaction, Scope, Topic

TOPICS = 5_000
POSTS = 100_000
LONG_TOPIC_POSTS = 4_001  # one long topic: page 200 of it exists
SENTENCES = [
    "We prepared the LEDP with a working group of 14 people from business and civil society.",
    "The **energy audit** of public buildings showed savings of 30% with simple measures.",
    "Our investment passport lists free land plots with roads, water and power.",
    "Women-led SMEs got a one-stop desk at the town hall; see [the guide](https://example.org).",
    "> Quoting the methodology: choose 10-15 indicators with a baseline.\n\nWe kept 12.",
    "Tourism routes joined three villages; the hotels now stay open all year.",
]


def seed(password_hash: str) -> dict[str, int]:
    rng = random.Random(42)
    authorities = db.session.scalars(select(LocalAuthority.id)).all()
    users = []
    for i in range(200):
        users.append({
            "name": f"Bench Member {i}", "email": f"bench{i}@bench.test", "handle": f"bench{i}",
            "password_hash": password_hash, "role": "member", "status": "active",
            "authority_id": rng.choice(authorities) if authorities else None, "locale": "en",
            "timezone": "UTC", "position": "Officer", "bio": "", "login_token": f"bench-{i}",
            "created_at": utcnow() - timedelta(days=400), "updated_at": utcnow(),
        })  # fmt: skip
    db.session.execute(insert(User), users)
    user_ids = db.session.scalars(select(User.id).where(User.email.like("%@bench.test"))).all()
    categories = []
    for i in range(10):
        categories.append({
            "slug": f"bench-{i}", "name": f"Bench category {i}", "description": "", "position": i,
            "view_scope": Scope.PUBLIC if i == 0 else Scope.MEMBERS, "post_scope": Scope.MEMBERS,
            "created_at": utcnow(), "updated_at": utcnow(),
        })  # fmt: skip
    db.session.execute(insert(Category), categories)
    category_ids = db.session.scalars(
        select(Category.id).where(Category.slug.like("bench-%"))
    ).all()
    rendered = [(body, str(render_markdown(body))) for body in SENTENCES]
    start = utcnow() - timedelta(days=365)
    per_topic, extra = divmod(POSTS - LONG_TOPIC_POSTS, TOPICS - 1)
    topics, sizes = [], []
    for t in range(TOPICS):
        size = LONG_TOPIC_POSTS if t == 0 else per_topic + (1 if t <= extra else 0)
        created = start + timedelta(minutes=t * 100)
        topics.append({
            "category_id": category_ids[t % len(category_ids)], "author_id": rng.choice(user_ids),
            "title": f"Benchmark topic {t}: how we financed the project", "kind": "discussion",
            "pinned": False, "closed": False, "last_number": size, "reply_count": size - 1,
            "view_count": 0, "last_post_at": created + timedelta(minutes=size),
            "last_poster_id": rng.choice(user_ids), "created_at": created, "updated_at": created,
        })  # fmt: skip
        sizes.append((size, created))
    db.session.execute(insert(Topic), topics)
    topic_ids = db.session.scalars(
        select(Topic.id).where(Topic.title.like("Benchmark topic %")).order_by(Topic.id)
    ).all()
    batch, total = [], 0
    for topic_id, (size, created) in zip(topic_ids, sizes, strict=True):
        for n in range(1, size + 1):
            body, html = rendered[(topic_id + n) % len(rendered)]
            at = created + timedelta(minutes=n)
            batch.append({
                "topic_id": topic_id, "number": n, "author_id": rng.choice(user_ids), "body": body,
                "html": html, "edit_count": 0, "created_at": at, "updated_at": at,
            })  # fmt: skip
            if len(batch) == 5_000:
                db.session.execute(insert(Post), batch)
                total += len(batch)
                batch = []
    if batch:
        db.session.execute(insert(Post), batch)
        total += len(batch)
    # Some reactions, so pages load them as in life.
    post_ids = db.session.scalars(select(Post.id).order_by(Post.id).limit(20_000)).all()
    now = utcnow()
    reactions = [
        {"post_id": pid, "user_id": uid, "kind": "like", "created_at": now, "updated_at": now}
        for pid in post_ids[::3]
        for uid in rng.sample(user_ids, 2)
    ]
    db.session.execute(insert(Reaction), reactions)
    db.session.commit()
    # Planner statistics, as autovacuum (PostgreSQL) or a periodic ANALYZE would keep them.
    db.session.execute(text("ANALYZE"))
    db.session.commit()
    return {"topics": len(topic_ids), "posts": total, "reactions": len(reactions)}
