"""Forums: the discussion space (the forums issue builds it out)."""

from flask import Blueprint, render_template
from flask_babel import lazy_gettext as _l

bp = Blueprint("forums", __name__, url_prefix="/forums")


@bp.route("/")
def index():
    return render_template(
        "main/coming.html",
        title=_l("Forums"),
        text=_l(
            "Ask peers from other local authorities and share what worked. "
            "The forums open here soon; until then, contact colleagues from their profile pages."
        ),
    )
