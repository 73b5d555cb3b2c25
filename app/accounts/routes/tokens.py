"""The member's API tokens and private feed address, on the settings pages."""

from flask import flash, make_response, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user, login_required
from wtforms import StringField

from app.accounts import tokens
from app.accounts.blueprint import bp
from app.core.errors import Invalid
from app.core.forms import BaseForm, length, required, show_error
from app.core.security import external_url
from app.extensions import db, limiter
from app.forums import services as forums


class TokenForm(BaseForm):
    name = StringField(
        _l("Name of the token"),
        validators=[required(), length(max=tokens.NAME_MAX)],
        description=_l("What the token is for, for example “Monthly report script”."),
    )


def _feed_addresses() -> dict[str, str] | None:
    """The member's private feed addresses, or None before they asked for one."""
    secret = current_user.feed_token
    if not secret:
        return None
    addresses = {"latest": external_url("forums.latest_feed", token=secret)}
    places = forums.visible_categories(current_user)
    if places:
        addresses["category"] = external_url(
            "forums.category_feed", slug=places[0].slug, token=secret
        )
    return addresses


@bp.route("/account/tokens", methods=["GET", "POST"])
@login_required
@limiter.limit("30 per hour", methods=["POST"])
def api_tokens():
    form, created = TokenForm(), None
    if form.validate_on_submit():
        try:
            _token, created = tokens.create_token(current_user, form.name.data)
        except Invalid as error:
            show_error(form, error)
        else:
            db.session.commit()
            form = TokenForm(formdata=None)
    response = make_response(render_template(
        "accounts/api_tokens.html", form=form, created=created,
        tokens=tokens.tokens_of(current_user), feeds=_feed_addresses(),
    ))  # fmt: skip
    if created:  # shown once: no cache may keep the page that carries it
        response.headers["Cache-Control"] = "no-store"
    return response


@bp.route("/account/tokens/<int:token_id>/revoke", methods=["POST"])
@login_required
def revoke_api_token(token_id: int):
    token = tokens.get_token(current_user, token_id)
    tokens.revoke_token(current_user, token)
    db.session.commit()
    flash(_("The token “%(name)s” is revoked. It no longer works.", name=token.name), "success")
    return redirect(url_for("accounts.api_tokens"))


@bp.route("/account/tokens/feed", methods=["POST"])
@login_required
@limiter.limit("30 per hour")
def reset_feed_token():
    had_one = bool(current_user.feed_token)
    tokens.reset_feed_token(current_user)
    db.session.commit()
    if had_one:
        flash(_("Your private feed addresses are new. The old ones no longer work."), "success")
    else:
        flash(_("Your private feed addresses are ready."), "success")
    return redirect(url_for("accounts.api_tokens") + "#feeds")
