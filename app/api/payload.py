"""Reading a JSON request body: one object, fields of the right type, clean text.

Every problem is an Invalid error with a message for the caller and the field's name.
"""

import json
from typing import Any

from flask import request
from flask_babel import lazy_gettext as _l

from app.core.errors import Invalid
from app.core.forms import MAX_ID, clean_text


def json_object() -> dict[str, Any]:
    """The request body as a JSON object (413 beyond the size limit)."""
    if not request.is_json:
        raise Invalid(_l("Send a JSON object with the header Content-Type: application/json."))
    raw = request.get_data(cache=True)
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError) as error:  # RecursionError: absurdly deep nesting
        raise Invalid(_l("The request body is not valid JSON.")) from error
    if not isinstance(data, dict):
        raise Invalid(_l("Send a JSON object, not a list or a single value."))
    return data


def text(data: dict[str, Any], name: str, required: bool = True) -> str | None:
    """A text field, without control characters; None when optional and absent."""
    value = data.get(name)
    if value is None:
        if required:
            raise Invalid(_l("The field “%(field)s” is required.", field=name), field=name)
        return None
    if not isinstance(value, str):
        raise Invalid(_l("The field “%(field)s” must be text.", field=name), field=name)
    return clean_text(value)


def whole_number(data: dict[str, Any], name: str) -> int | None:
    """An optional id field: a whole number, or None when absent."""
    value = data.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_ID:
        raise Invalid(_l("The field “%(field)s” must be a whole number.", field=name), field=name)
    return value


def text_list(data: dict[str, Any], name: str, most: int) -> list[str]:
    """An optional list of short texts (at most `most` of them)."""
    value = data.get(name)
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise Invalid(_l("The field “%(field)s” must be a list of texts.", field=name), field=name)
    if len(value) > most:
        raise Invalid(
            _l("The field “%(field)s” takes at most %(n)d items.", field=name, n=most), field=name
        )
    return [clean_text(item) for item in value]
