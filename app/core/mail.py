"""Outgoing email: SMTP when MAIL_SERVER is set, else the log and instance/mail/."""

import logging
import re
import smtplib
import ssl
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import make_msgid
from pathlib import Path

from flask import current_app, render_template
from flask_babel import force_locale

log = logging.getLogger(__name__)


def send_email(
    to: str,
    subject: str,
    text: str,
    html: str | None = None,
    headers: dict[str, str] | None = None,
) -> EmailMessage:
    """Send one message (plain text, optionally with an HTML alternative)."""
    config = current_app.config
    message = EmailMessage()
    message["From"] = config["MAIL_DEFAULT_SENDER"]
    message["To"] = to
    message["Subject"] = subject
    message["Message-ID"] = make_msgid(domain="m4eg.local")
    for name, value in (headers or {}).items():
        message[name] = value
    message.set_content(text)
    if html:
        message.add_alternative(html, subtype="html")

    if config["MAIL_SERVER"]:
        _send_smtp(message, config)
    else:
        _write_to_disk(message, Path(config["MAIL_DIR"]))
    return message


def send_templated(to: str, locale: str, template: str, subject: str, **context) -> EmailMessage:
    """Render emails/<template>.txt and .html in the recipient's language and send them."""
    with force_locale(locale):
        text = render_template(f"emails/{template}.txt", **context)
        html = render_template(f"emails/{template}.html", **context)
        subject = str(subject)
    return send_email(to, subject, text, html, headers=context.get("headers"))


def _send_smtp(message: EmailMessage, config) -> None:
    smtp_class = smtplib.SMTP_SSL if config["MAIL_USE_SSL"] else smtplib.SMTP
    with smtp_class(config["MAIL_SERVER"], config["MAIL_PORT"], timeout=20) as smtp:
        if config["MAIL_USE_TLS"]:
            smtp.starttls(context=ssl.create_default_context())
        if config["MAIL_USERNAME"]:
            smtp.login(config["MAIL_USERNAME"], config["MAIL_PASSWORD"])
        smtp.send_message(message)


def _write_to_disk(message: EmailMessage, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    slug = re.sub(r"[^a-z0-9]+", "-", message["To"].lower()).strip("-")[:40]
    path = folder / f"{stamp}-{slug}.eml"
    path.write_bytes(bytes(message))
    body = message.get_body(("plain",))
    log.info(
        "Email to %s: %s (saved to %s)\n%s",
        message["To"],
        message["Subject"],
        path,
        body.get_content() if body else "",
    )
