"""Forms of the forums."""

from flask_babel import lazy_gettext as _l
from flask_wtf.file import MultipleFileField
from wtforms import EmailField, StringField, TextAreaField
from wtforms.validators import Optional

from app.core.forms import (
    BaseForm,
    Select,
    WholeNumber,
    length,
    number_range,
    optional_int,
    required,
)
from app.forums.models import Scope, TopicKind
from app.forums.services import BODY_MAX, TITLE_MAX

KIND_LABELS = {TopicKind.DISCUSSION: _l("Discussion"), TopicKind.QUESTION: _l("Question")}
SCOPE_LABELS = {
    Scope.PUBLIC: _l("Everyone, visitors too"),
    Scope.MEMBERS: _l("All members"),
    Scope.COUNTRY: _l("Members of one country"),
    Scope.GROUP: _l("Members of one group"),
    Scope.STAFF: _l("Facilitators, moderators and admins only"),
}


def body_field(label=None):
    return TextAreaField(
        label or _l("Your post"),
        validators=[required(), length(max=BODY_MAX)],
        description=_l(
            "Markdown: **bold**, *italic*, [link](https://…), > quote. Mention with @name."
        ),
    )


def files_field():
    return MultipleFileField(
        _l("Attach images or PDF files"),
        description=_l("Up to five files (PNG, JPEG, GIF, WebP or PDF)."),
    )


class TopicForm(BaseForm):
    title = StringField(_l("Title"), validators=[required(), length(max=TITLE_MAX)])
    kind = Select(
        _l("Kind"), choices=[(str(k), v) for k, v in KIND_LABELS.items()], validators=[required()]
    )
    tags = StringField(
        _l("Tags"), validators=[length(max=200)], description=_l("Up to five, separated by commas.")
    )
    body = body_field()
    files = files_field()


class ReplyForm(BaseForm):
    body = body_field(_l("Your reply"))
    files = files_field()


class EditForm(BaseForm):
    title = StringField(_l("Title"), validators=[Optional(), length(max=TITLE_MAX)])
    body = body_field()


class ReasonForm(BaseForm):
    reason = TextAreaField(_l("Reason"), validators=[length(max=1000)])


class FlagForm(BaseForm):
    reason = TextAreaField(
        _l("What is wrong with this post?"), validators=[required(), length(max=1000)]
    )


class MoveForm(ReasonForm):
    category = Select(_l("Move to"), coerce=optional_int, validators=[required()])


class MergeForm(ReasonForm):
    target = WholeNumber(
        _l("Number of the topic to merge into"),
        validators=[required(), number_range(1, 2**31 - 1)],
        description=_l("The number at the end of the topic's address."),
    )


class SplitForm(ReasonForm):
    title = StringField(
        _l("Title of the new topic"), validators=[required(), length(max=TITLE_MAX)]
    )


class CategoryForm(BaseForm):
    name = StringField(_l("Name"), validators=[required(), length(max=120)])
    slug = StringField(
        _l("Address"),
        validators=[required(), length(max=80)],
        description=_l("Lower-case letters, digits and hyphens, for example green-recovery."),
    )
    description = TextAreaField(_l("Description"), validators=[length(max=2000)])
    position = WholeNumber(_l("Order"), validators=[Optional(), number_range(0, 10_000)])
    parent = Select(_l("Parent category"), coerce=optional_int, validators=[Optional()])
    view_scope = Select(_l("Who may read"), validators=[required()])
    post_scope = Select(_l("Who may post"), validators=[required()])
    country = Select(_l("Country"), coerce=optional_int, validators=[Optional()])
    group = Select(_l("Group"), coerce=optional_int, validators=[Optional()])


class GroupForm(BaseForm):
    name = StringField(_l("Name"), validators=[required(), length(max=120)])
    description = TextAreaField(_l("Description"), validators=[length(max=2000)])


class GroupMemberForm(BaseForm):
    email = EmailField(_l("Email of the member"), validators=[required(), length(max=254)])
