"""Forms of the events."""

from flask_babel import lazy_gettext as _l
from wtforms import DateTimeLocalField, StringField, TextAreaField
from wtforms.validators import Optional

from app.core.forms import (
    BaseForm,
    Checkboxes,
    Select,
    WholeNumber,
    length,
    optional_int,
    required,
)
from app.core.i18n import COMMON_TIMEZONES, LANGUAGES
from app.events.models import KIND_LABELS, Audience
from app.events.services import TEXT_MAX, TITLE_MAX, EventInput

AUDIENCE_LABELS = {
    Audience.MEMBERS: _l("All members"),
    Audience.COUNTRY: _l("Members of one country"),
    Audience.GROUP: _l("Members of one group"),
}
MARKDOWN_HELP = _l("Markdown: ## heading, **bold**, - list, [link](https://…).")


class LocalTime(DateTimeLocalField):
    """A date and time as the browser's picker sends it; a clear message otherwise.
    (Not DataRequired: it would drop this message; the service asks for missing times.)"""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, format=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"], **kwargs)

    def process_formdata(self, valuelist) -> None:
        try:
            super().process_formdata(valuelist)
        except ValueError:
            self.data = None
            raise ValueError(_l("Give a date and time, for example 2026-12-01 14:00.")) from None


class EventForm(BaseForm):
    title = StringField(_l("Title"), validators=[required(), length(max=TITLE_MAX)])
    kind = Select(_l("Kind"), choices=[(str(k), v) for k, v in KIND_LABELS.items()],
                  validators=[required()])  # fmt: skip
    starts_at = LocalTime(_l("Starts"), validators=[Optional()])
    ends_at = LocalTime(_l("Ends"), validators=[Optional()])
    timezone = Select(_l("Time zone of these times"), validators=[required()],
                      choices=[(tz, tz.replace("_", " ")) for tz in COMMON_TIMEZONES])  # fmt: skip
    languages = Checkboxes(_l("Languages spoken"), choices=list(LANGUAGES.items()))
    description = TextAreaField(_l("Description"), validators=[length(max=TEXT_MAX)],
                                description=MARKDOWN_HELP)  # fmt: skip
    agenda = TextAreaField(_l("Agenda"), validators=[length(max=TEXT_MAX)],
                           description=MARKDOWN_HELP)  # fmt: skip
    audience = Select(_l("Who may take part"), validators=[required()],
                      choices=[(str(k), v) for k, v in AUDIENCE_LABELS.items()])  # fmt: skip
    country_id = Select(_l("Country"), coerce=optional_int, validators=[Optional()])
    group_id = Select(_l("Group"), coerce=optional_int, validators=[Optional()])
    capacity = WholeNumber(_l("Seats"), validators=[Optional()],
                           description=_l("Leave empty for no limit."))  # fmt: skip
    registration_opens_at = LocalTime(_l("Registration opens"), validators=[Optional()])
    registration_closes_at = LocalTime(_l("Registration closes"), validators=[Optional()])
    video_url = StringField(
        _l("Video link"), validators=[length(max=500)],
        description=_l("Zoom, Jitsi, BigBlueButton or Teams. Shown to registered participants "
                       "from 15 minutes before the start."),
    )  # fmt: skip
    recording_url = StringField(_l("Recording link"), validators=[length(max=500)])
    facilitator_ids = Checkboxes(_l("Facilitators"), coerce=int)
    speaker_ids = Checkboxes(_l("Speakers"), coerce=int)
    resources = TextAreaField(
        _l("Resources"), validators=[length(max=5000)],
        description=_l("One per line: a practice number or link, or “label | https://…”."),
    )  # fmt: skip

    def to_input(self) -> EventInput:
        return EventInput(
            title=self.title.data or "", kind=self.kind.data or "",
            starts_at=self.starts_at.data, ends_at=self.ends_at.data,
            timezone=self.timezone.data or "UTC", languages=list(self.languages.data or []),
            description=self.description.data or "", agenda=self.agenda.data or "",
            audience=self.audience.data or "", country_id=self.country_id.data,
            group_id=self.group_id.data, capacity=self.capacity.data,
            registration_opens_at=self.registration_opens_at.data,
            registration_closes_at=self.registration_closes_at.data,
            video_url=self.video_url.data or "", recording_url=self.recording_url.data or "",
            facilitator_ids=list(self.facilitator_ids.data or []),
            speaker_ids=list(self.speaker_ids.data or []), resources=self.resources.data or "",
        )  # fmt: skip
