"""The practice library (the library issue builds it out)."""

from flask import Blueprint, render_template
from flask_babel import lazy_gettext as _l

bp = Blueprint("library", __name__, url_prefix="/library")


@bp.route("/")
def index():
    return render_template(
        "main/coming.html",
        title=_l("Library"),
        text=_l(
            "Case studies, guides and LEDP documents from the network, searchable in your "
            "language. The library opens here soon."
        ),
    )
