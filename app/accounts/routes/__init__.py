"""The accounts blueprint; its views are split by topic."""

from app.accounts.blueprint import bp
from app.accounts.routes import account, auth, staff, tokens

__all__ = ["bp", "account", "auth", "staff", "tokens"]
