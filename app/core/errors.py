"""Domain errors raised by services, and the localised error pages."""

from flask import Flask, jsonify, render_template, request
from flask_babel import lazy_gettext as _l
from werkzeug.exceptions import HTTPException

from app.extensions import db


class DomainError(Exception):
    """Base of the errors that services raise; the message is shown to the user."""

    status = 400

    def __init__(self, message: str = "", field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


class PermissionDenied(DomainError):
    status = 403


class NotFound(DomainError):
    status = 404


class Invalid(DomainError):
    status = 400


ERROR_TEXTS = {
    400: (
        _l("Bad request"),
        _l("The request could not be understood. Please check what you sent."),
    ),
    403: (_l("Not allowed"), _l("You do not have permission to open this page.")),
    404: (_l("Page not found"), _l("The page you asked for does not exist or was moved.")),
    405: (_l("Not allowed"), _l("This action is not available here.")),
    413: (_l("Too large"), _l("What you sent is larger than the site accepts.")),
    429: (_l("Too many attempts"), _l("Please wait a minute before you try again.")),
    500: (_l("Something went wrong"), _l("The error was recorded. Please try again in a moment.")),
}


def wants_json() -> bool:
    return request.path.startswith("/api/") or (request.accept_mimetypes.best == "application/json")


def render_error(status: int, message: str | None = None):
    title, text = ERROR_TEXTS.get(status, ERROR_TEXTS[500])
    if wants_json():
        return jsonify(error=str(message or text), status=status), status
    return render_template(
        "errors/error.html", status=status, title=title, text=message or text
    ), status


def register_error_handlers(app: Flask) -> None:
    @app.errorhandler(HTTPException)
    def handle_http(error: HTTPException):
        if error.code not in ERROR_TEXTS:
            return error
        return render_error(error.code)

    @app.errorhandler(DomainError)
    def handle_domain(error: DomainError):
        return render_error(error.status, error.message or None)

    @app.errorhandler(500)
    def handle_500(error: Exception):
        db.session.rollback()  # the session may be broken; the page must still render
        return render_error(500)
