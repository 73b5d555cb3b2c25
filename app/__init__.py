"""The application factory: configuration, extensions, blueprints, sockets and commands."""

import logging
import os
from pathlib import Path

from flask import Flask
from flask_babel import lazy_gettext as _l
from werkzeug.middleware.proxy_fix import ProxyFix

from app import search
from app.accounts import cli as accounts_cli
from app.accounts import services as accounts
from app.accounts.routes import bp as accounts_bp
from app.api.routes import bp as api_bp
from app.core import errors, jobs, security, templating, transport
from app.core.i18n import select_locale, select_timezone
from app.demo import cli as demo_cli
from app.events import reminders as event_reminders
from app.events import search as event_search
from app.events import sockets as event_sockets
from app.events.routes import bp as events_bp
from app.extensions import babel, csrf, db, limiter, login_manager, migrate, socketio
from app.forums import attachments as forum_attachments
from app.forums import search as forum_search
from app.forums.routes import bp as forums_bp
from app.library import files as library_files
from app.library import search as library_search
from app.library.routes import bp as library_bp
from app.main.routes import bp as main_bp
from app.network.routes import bp as network_bp
from app.notifications import services as notifications
from app.notifications import sockets as notification_sockets
from app.notifications.routes import bp as notifications_bp
from config import CONFIGS, INSTANCE_DIR, ProductionConfig

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"


def create_app(config_name: str | None = None) -> Flask:
    config_name = config_name or os.environ.get("M4EG_CONFIG", "development")
    config_class = CONFIGS[config_name]
    app = Flask(__name__, instance_path=str(INSTANCE_DIR))
    app.config.from_object(config_class)
    app.config.from_prefixed_env("M4EG")
    app.config["CONFIG_NAME"] = config_name
    Path(app.instance_path).mkdir(parents=True, exist_ok=True)  # SQLite, index, mail live here
    if config_class is ProductionConfig:
        ProductionConfig.check(app.config)
    if app.config["PROXY_COUNT"]:
        count = app.config["PROXY_COUNT"]
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=count, x_proto=count, x_host=count)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")

    security.init_app(app)  # before the blueprints: it bounds the URL converters
    _init_extensions(app)
    for blueprint in (main_bp, accounts_bp, notifications_bp, forums_bp, library_bp, events_bp,
                      network_bp, api_bp):  # fmt: skip
        app.register_blueprint(blueprint)
    # The API takes no session-authenticated writes, only token ones (app/api/auth.py).
    csrf.exempt(api_bp)
    notification_sockets.register(socketio)
    event_sockets.register(socketio)
    jobs.register("notifications.email", notifications.send_pending_emails)
    jobs.register("notifications.digest", notifications.send_digests)
    jobs.register("forums.orphan_files", forum_attachments.remove_orphans)
    jobs.register("library.orphan_files", library_files.remove_orphans)
    jobs.register("events.reminders", event_reminders.send_reminders)
    jobs.init_app(app)
    accounts_cli.init_app(app)
    demo_cli.init_app(app)
    event_reminders.init_app(app)
    search.init_app(app)
    forum_search.register()
    library_search.register()
    event_search.register()
    return app


def _init_extensions(app: Flask) -> None:
    db.init_app(app)
    migrate.init_app(app, db, directory=str(MIGRATIONS_DIR), render_as_batch=True)
    csrf.init_app(app)
    babel.init_app(app, locale_selector=select_locale, timezone_selector=select_timezone)
    limiter.init_app(app)
    login_manager.init_app(app)
    login_manager.login_view = "accounts.login"
    login_manager.login_message = _l("Please sign in to open this page.")
    login_manager.login_message_category = "info"
    login_manager.session_protection = app.config["SESSION_PROTECTION"]
    login_manager.user_loader(accounts.load_user)
    socketio.init_app(
        app,
        message_queue=app.config["SOCKETIO_MESSAGE_QUEUE"],
        channel=app.config["SOCKETIO_CHANNEL"],
        async_mode=app.config["SOCKETIO_ASYNC_MODE"],
        cors_allowed_origins=[app.config["SITE_URL"].rstrip("/")],
    )
    if not app.config["SOCKETIO_WEBSOCKET_COMPRESSION"]:
        app.wsgi_app = transport.without_websocket_compression(app.wsgi_app)
    errors.register_error_handlers(app)
    templating.init_app(app)
