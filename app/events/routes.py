"""Events and live rooms (the events issue builds them out)."""

from flask import Blueprint, render_template
from flask_babel import lazy_gettext as _l

bp = Blueprint("events", __name__, url_prefix="/events")


@bp.route("/")
def index():
    return render_template(
        "main/coming.html",
        title=_l("Events"),
        text=_l(
            "Webinars, trainings and peer exchanges with live chat, questions and polls. "
            "The calendar opens here soon."
        ),
    )
