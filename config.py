"""Configuration classes. Every key can be set from the environment.

The documented variables are read by name (SECRET_KEY, DATABASE_URL, ...);
any other key can be set with the M4EG_ prefix (M4EG_UPLOAD_MAX_MB=20).
"""

import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent
INSTANCE_DIR = Path(os.environ.get("INSTANCE_PATH", BASE_DIR / "instance"))
DEV_SECRET_KEY = "dev-only-not-secret"  # noqa: S105 - refused by ProductionConfig


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    return int(value) if value not in (None, "") else default


class Config:
    SECRET_KEY = os.environ.get("SECRET_KEY", DEV_SECRET_KEY)
    SQLALCHEMY_DATABASE_URI = os.environ.get(
        "DATABASE_URL", f"sqlite:///{INSTANCE_DIR / 'm4eg.db'}"
    )
    SQLALCHEMY_ENGINE_OPTIONS = {"pool_pre_ping": True}

    # Real time: a Redis URL shares Socket.IO rooms between processes.
    SOCKETIO_MESSAGE_QUEUE = os.environ.get("SOCKETIO_MESSAGE_QUEUE") or None
    SOCKETIO_ASYNC_MODE = os.environ.get("SOCKETIO_ASYNC_MODE") or None
    # Pub/sub channel on the queue; deployments sharing one Redis need distinct names.
    SOCKETIO_CHANNEL = os.environ.get("SOCKETIO_CHANNEL", "m4eg-socketio")
    # permessage-deflate costs a compression per receiver of every message (app/core/transport.py).
    SOCKETIO_WEBSOCKET_COMPRESSION = os.environ.get("SOCKETIO_WEBSOCKET_COMPRESSION") == "1"

    # Rate limits: memory for one process, a Redis URL for several.
    RATELIMIT_STORAGE_URI = os.environ.get("RATELIMIT_STORAGE_URI", "memory://")
    RATELIMIT_ENABLED = env_bool("RATELIMIT_ENABLED", True)
    RATELIMIT_HEADERS_ENABLED = True

    # Mail: with no MAIL_SERVER, messages go to the log and instance/mail/.
    MAIL_SERVER = os.environ.get("MAIL_SERVER", "")
    MAIL_PORT = env_int("MAIL_PORT", 25)
    MAIL_USE_TLS = env_bool("MAIL_USE_TLS")
    MAIL_USE_SSL = env_bool("MAIL_USE_SSL")
    MAIL_USERNAME = os.environ.get("MAIL_USERNAME", "")
    MAIL_PASSWORD = os.environ.get("MAIL_PASSWORD", "")
    MAIL_DEFAULT_SENDER = os.environ.get(
        "MAIL_DEFAULT_SENDER", "M4EG Network <no-reply@m4eg.local>"
    )
    MAIL_DIR = os.environ.get("MAIL_DIR", str(INSTANCE_DIR / "mail"))

    # Public address used in emails, feeds and calendar links.
    SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:5000")

    BABEL_DEFAULT_LOCALE = "en"
    BABEL_DEFAULT_TIMEZONE = os.environ.get("BABEL_DEFAULT_TIMEZONE", "UTC")

    # Requests larger than this get 413 (uploads have their own limit).
    MAX_CONTENT_LENGTH = env_int("MAX_CONTENT_LENGTH", 16 * 1024 * 1024)
    UPLOAD_MAX_MB = env_int("UPLOAD_MAX_MB", 10)
    UPLOAD_DIR = os.environ.get("UPLOAD_DIR", str(INSTANCE_DIR / "uploads"))

    SEARCH_INDEX_DIR = os.environ.get("SEARCH_INDEX_DIR", str(INSTANCE_DIR / "search-index"))
    # How long a web request waits for the index lock before leaving the work to sync.
    SEARCH_WRITER_TIMEOUT = float(os.environ.get("SEARCH_WRITER_TIMEOUT", "1"))
    # Outbox rows older than this are pruned (every host must have applied them by then).
    SEARCH_OUTBOX_KEEP_DAYS = env_int("SEARCH_OUTBOX_KEEP_DAYS", 7)

    INVITATION_MAX_AGE_DAYS = env_int("INVITATION_MAX_AGE_DAYS", 14)
    PASSWORD_RESET_MAX_AGE_HOURS = env_int("PASSWORD_RESET_MAX_AGE_HOURS", 2)

    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE")
    REMEMBER_COOKIE_HTTPONLY = True
    REMEMBER_COOKIE_SAMESITE = "Lax"
    REMEMBER_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE")
    SESSION_PROTECTION = os.environ.get("SESSION_PROTECTION", "strong")
    # Number of reverse proxies in front of the app (for client addresses).
    PROXY_COUNT = env_int("PROXY_COUNT", 0)

    DEMO_PASSWORD = os.environ.get("DEMO_PASSWORD", "demo-password")
    TESTING = False
    DEBUG = False


class DevelopmentConfig(Config):
    DEBUG = env_bool("FLASK_DEBUG", False)


class TestingConfig(Config):
    TESTING = True
    SECRET_KEY = "testing-secret"  # noqa: S105 - tests only
    SQLALCHEMY_DATABASE_URI = os.environ.get(
        "TEST_DATABASE_URL", f"sqlite:///{INSTANCE_DIR / 'test.db'}"
    )
    SOCKETIO_ASYNC_MODE = "threading"
    RATELIMIT_STORAGE_URI = "memory://"
    MAIL_SERVER = ""
    SERVER_NAME = None


class ProductionConfig(Config):
    SESSION_COOKIE_SECURE = True
    REMEMBER_COOKIE_SECURE = True
    PREFERRED_URL_SCHEME = "https"

    @classmethod
    def check(cls, config: dict) -> None:
        """Refuse to start with a secret key that is missing or known."""
        key = config.get("SECRET_KEY") or ""
        if key in ("", DEV_SECRET_KEY, TestingConfig.SECRET_KEY) or len(key) < 16:
            raise RuntimeError(
                "ProductionConfig needs SECRET_KEY: set it to a long random value "
                '(python -c "import secrets; print(secrets.token_hex(32))").'
            )


CONFIGS = {
    "development": DevelopmentConfig,
    "testing": TestingConfig,
    "production": ProductionConfig,
}
