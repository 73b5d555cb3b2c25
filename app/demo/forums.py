"""Demo forums: thematic and country categories, a private pilot group, real-sounding talk."""

from datetime import timedelta

from sqlalchemy import select

from app.accounts.models import Country, Group, User
from app.core.db import utcnow
from app.extensions import db
from app.forums import activity
from app.forums import services as forums
from app.forums.models import Category, Post, Scope, Topic

# slug, name, description
THEMES = [
    ("led-planning", "Local economic development planning",
     "Preparing, adopting and monitoring LEDPs: methods, indicators, consultations."),
    ("green-recovery", "Green recovery",
     "Energy efficiency, waste, green jobs and climate-proof investment."),
    ("urban-planning", "Urban planning",
     "Public spaces, brownfields, mobility and zoning for growth."),
    ("gender-governance", "Gender-responsive governance",
     "Budgets, services and local economies that work for women and men."),
    ("innovation-digital", "Innovation and digital", "E-services, open data, start-up support."),
    ("financing", "Financing and investment", "Grants, loans, PPPs and attracting investors."),
]  # fmt: skip
PILOT_MEMBERS = ["member@demo.test", "anna.petrosyan@demo.test", "elena.ciobanu@demo.test",
                 "tamar.kapanadze@demo.test"]  # fmt: skip

# category slug, author, kind, title, body, tags, replies (author, body)
TOPICS = [
    ("led-planning", "elena.ciobanu@demo.test", "question",
     "How many indicators did you keep in your LEDP?",
     "Our working group in Ungheni proposed 46 indicators. It feels too many to monitor "
     "with two staff. How did you choose the **core set**?", ["ledp", "indicators"],
     [("anna.petrosyan@demo.test", "In Gyumri we kept 12: three per priority area, each with a "
       "baseline we could measure from existing statistics."),
      ("facilitator@demo.test", "The M4EG methodology suggests 10–15. @elena.ciobanu, I can share "
       "the indicator template from the last training.")]),
    ("green-recovery", "member@demo.test", "discussion",
     "Energy audits of schools: who paid for them?",
     "Vinnytsia audited 14 schools last year. We used a donor grant for the audits and the "
     "municipal budget for the first retrofits. What worked for you?", ["energy", "schools"],
     [("rashad.aliyev@demo.test", "Ganja did the same with a national programme; the audits "
       "became the annex of our investment application.")]),
    ("urban-planning", "tamar.kapanadze@demo.test", "discussion",
     "ძველი ბაზრის ტერიტორიის განვითარება",
     "თელავში ძველი ბაზრის ტერიტორიას ვგეგმავთ საზოგადოებრივ სივრცედ. ვის აქვს მსგავსი "
     "გამოცდილება?", ["public-space"], []),
    ("financing", "irina.bondarenko@demo.test", "question",
     "Як підготувати інвестиційний паспорт громади?",
     "Полтава оновлює інвестиційний паспорт. Які розділи найбільше цікавлять інвесторів?",
     ["investment"],
     [("taras.melnyk@demo.test", "Карта вільних ділянок з інженерними мережами і контакти "
       "однієї відповідальної особи.")]),
    ("gender-governance", "vasile.munteanu@demo.test", "discussion",
     "Bugetare sensibilă la gen: de unde începem?",
     "Cahul vrea să includă analiza de gen în bugetul pe 2027. Ce instrumente ați folosit?",
     ["gender", "budget"], []),
    ("pilot-communities", "anna.petrosyan@demo.test", "discussion",
     "Portfolio review before the investor forum",
     "Let us share our three strongest projects before the forum in March.", ["portfolio"], []),
]  # fmt: skip


def seed() -> int:
    """Add the demo categories and topics that are missing; returns topics added."""
    if db.session.scalar(select(Category.id).limit(1)) is not None:
        return 0
    people = {u.email: u for u in db.session.scalars(select(User))}
    countries = db.session.scalars(select(Country).order_by(Country.name_en)).all()
    pilots = Group(name="Pilot communities", description="The 12 pilot communities of M4EG.")
    pilots.members = [people[e] for e in PILOT_MEMBERS if e in people]
    db.session.add(pilots)
    position = 0
    for slug, name, description in THEMES:
        position += 10
        db.session.add(
            Category(
                slug=slug,
                name=name,
                description=description,
                position=position,
                view_scope=Scope.PUBLIC if slug == "led-planning" else Scope.MEMBERS,
            )
        )
    for country in countries:
        position += 10
        db.session.add(Category(
            slug=f"community-{country.code.lower()}", name=f"{country.name_en} community",
            description=f"Members from {country.name_en}.", position=position,
            view_scope=Scope.COUNTRY, post_scope=Scope.COUNTRY, country=country,
        ))  # fmt: skip
    db.session.add(Category(
        slug="pilot-communities", name="Pilot communities", position=position + 10,
        description="Private space of the 12 pilot communities.", view_scope=Scope.GROUP,
        post_scope=Scope.GROUP, group=pilots,
    ))  # fmt: skip
    db.session.flush()
    categories = {c.slug: c for c in db.session.scalars(select(Category))}
    added = 0
    start = utcnow() - timedelta(days=len(TOPICS))
    for i, (slug, author, kind, title, body, tags, replies) in enumerate(TOPICS):
        if author not in people:
            continue
        topic = forums.create_topic(people[author], categories[slug], title, body, kind, tags)
        for reply_author, text in replies:
            forums.reply(people[reply_author], topic, text)
        _backdate(topic, start + timedelta(days=i))
        added += 1
    return added


def _backdate(topic: Topic, when) -> None:
    # Demo posts spread over the past days rather than all "just now".
    for n, post in enumerate(db.session.scalars(select(Post).where(Post.topic_id == topic.id))):
        post.created_at = post.updated_at = when + timedelta(hours=n)
        topic.last_post_at = post.created_at
    topic.created_at = when
    activity.mark_read(topic.author, topic, topic.last_number)
