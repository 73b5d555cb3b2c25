"""Charts drawn on the server as inline SVG: readable without JavaScript, scaled by their
viewBox, printable, with a title and a description for screen readers.

Every piece of text is escaped; every function returns Markup.
"""

import math
import re
from dataclasses import dataclass
from datetime import date

from flask_babel import format_date, format_decimal, format_percent
from flask_babel import gettext as _
from markupsafe import Markup, escape

from app.accounts.models import Country
from app.core.i18n import country_name
from app.network.dashboard import LABELS, MONTHLY_LABELS, Board, Monthly

# Dark enough on white for text and for shapes (WCAG AA), and the same on paper.
INK = "#212529"
AXIS = "#495057"
GRID = "#dee2e6"
BAR = "#003f7d"  # the network's blue: 10.6:1 on white
TRACK = "#e9ecef"
TRACK_EDGE = "#6c757d"
_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_]*")
FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"


def _num(value: float) -> str:
    """A coordinate, short: 12.0 -> "12", 12.345 -> "12.3"."""
    return f"{value:.1f}".rstrip("0").rstrip(".")


def _name(name: str) -> Markup:
    """An element or attribute name from this module's code (font_size -> font-size)."""
    if not _NAME.fullmatch(name):
        raise ValueError(f"not an SVG name: {name!r}")
    return Markup(name.rstrip("_").replace("_", "-"))  # noqa: S704 - checked just above


def _attrs(attributes: dict) -> Markup:
    parts = []
    for name, value in attributes.items():
        if value is not None:
            shown = _num(value) if isinstance(value, float) else value
            parts.append(Markup(' {}="{}"').format(_name(name), shown))
    return Markup("").join(parts)


def _el(tag: str, *children: Markup | str, **attributes: object) -> Markup:
    """An SVG element; children that are not Markup are escaped as text."""
    opening = Markup("<{}{}").format(_name(tag), _attrs(attributes))
    if not children:
        return opening + Markup("/>")
    inner = Markup("").join(escape(c) for c in children)
    return opening + Markup(">") + inner + Markup("</{}>").format(_name(tag))


def _svg(uid: str, width: int, height: int, title: str, desc: str, *body: Markup) -> Markup:
    return _el(
        "svg",
        _el("title", title, id=f"{uid}-title"),
        _el("desc", desc, id=f"{uid}-desc"),
        *body,
        xmlns="http://www.w3.org/2000/svg",
        viewBox=f"0 0 {width} {height}",
        role="img",
        aria_labelledby=f"{uid}-title {uid}-desc",
        class_="chart",
        font_family=FONT,
        font_size="12",
        fill=INK,
    )


def nice_scale(highest: float, ticks: int = 5) -> tuple[int, int]:
    """(top, step) of a count axis: whole steps of 1, 2 or 5 times a power of ten."""
    if highest <= 0:
        return 4, 1
    raw = highest / ticks
    power = 10 ** math.floor(math.log10(raw)) if raw >= 1 else 1
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    return int(step * math.ceil(highest / step)), int(step)


@dataclass
class Frame:
    """The plotting area of a chart with months along x and counts up y."""

    width: int = 560
    height: int = 260
    left: int = 44
    right: int = 16
    top: int = 28
    bottom: int = 46

    @property
    def base(self) -> int:
        return self.height - self.bottom

    def slot(self, count: int) -> float:
        return (self.width - self.left - self.right) / max(count, 1)

    def x(self, i: int, count: int) -> float:
        return self.left + self.slot(count) * (i + 0.5)

    def y(self, value: float, top: int) -> float:
        return self.base - (self.base - self.top) * value / top


def _axes(frame: Frame, top: int, step: int, labels: list[str], years: list[str]) -> Markup:
    parts = []
    for tick in range(0, top + 1, step):
        y = frame.y(tick, top)
        parts.append(_el("line", x1=frame.left, x2=frame.width - frame.right, y1=y, y2=y,
                         stroke=GRID, stroke_width="1"))  # fmt: skip
        parts.append(_el("text", format_decimal(tick), x=frame.left - 6, y=y + 4.0,
                         text_anchor="end"))  # fmt: skip
    parts.append(_el("line", x1=frame.left, x2=frame.left, y1=frame.top, y2=frame.base,
                     stroke=AXIS, stroke_width="1"))  # fmt: skip
    parts.append(_el("line", x1=frame.left, x2=frame.width - frame.right, y1=frame.base,
                     y2=frame.base, stroke=AXIS, stroke_width="1.5"))  # fmt: skip
    for i, (label, year) in enumerate(zip(labels, years, strict=True)):
        x = frame.x(i, len(labels))
        parts.append(_el("text", label, x=x, y=frame.base + 16.0, text_anchor="middle"))
        if year:
            parts.append(_el("text", year, x=x, y=frame.base + 32.0, text_anchor="middle",
                             font_weight="600"))  # fmt: skip
    return _el("g", *parts, class_="chart-axes")


def column_chart(
    uid: str, title: str, desc: str, labels: list[str], values: list[int],
    years: list[str] | None = None, names: list[str] | None = None,
) -> Markup:  # fmt: skip
    """Vertical bars, one per label, each with its value written above it."""
    frame = Frame()
    top, step = nice_scale(max(values, default=0))
    years = years or [""] * len(labels)
    names = names or labels
    width = frame.slot(len(values)) * 0.62
    bars = []
    for i, value in enumerate(values):
        x, y = frame.x(i, len(values)), frame.y(value, top)
        bars.append(_el(
            "g",
            _el("title", f"{names[i]}: {format_decimal(value)}"),
            _el("rect", x=x - width / 2, y=y, width=width, height=frame.base - y, fill=BAR),
            _el("text", format_decimal(value), x=x, y=y - 5.0, text_anchor="middle",
                font_weight="600"),
            class_="chart-bar",
        ))  # fmt: skip
    return _svg(uid, frame.width, frame.height, title, desc,
                _axes(frame, top, step, labels, years), *bars)  # fmt: skip


def line_chart(
    uid: str, title: str, desc: str, labels: list[str], values: list[int],
    years: list[str] | None = None, names: list[str] | None = None,
) -> Markup:  # fmt: skip
    """A line through one point per label, each point with its value written above it."""
    frame = Frame()
    top, step = nice_scale(max(values, default=0))
    years = years or [""] * len(labels)
    names = names or labels
    points = [(frame.x(i, len(values)), frame.y(v, top)) for i, v in enumerate(values)]
    path = " ".join(f"{_num(x)},{_num(y)}" for x, y in points)
    marks = [
        _el(
            "g",
            _el("title", f"{names[i]}: {format_decimal(value)}"),
            _el("circle", cx=x, cy=y, r="4", fill=BAR),
            _el("text", format_decimal(value), x=x, y=y - 8.0, text_anchor="middle",
                font_weight="600"),
            class_="chart-point",
        )
        for i, ((x, y), value) in enumerate(zip(points, values, strict=True))
    ]  # fmt: skip
    line = _el("polyline", points=path, fill="none", stroke=BAR, stroke_width="2.5",
               stroke_linejoin="round")  # fmt: skip
    return _svg(uid, frame.width, frame.height, title, desc,
                _axes(frame, top, step, labels, years), line, *marks)  # fmt: skip


def bar_list(uid: str, title: str, desc: str, labels: list[str], values: list[int]) -> Markup:
    """Horizontal bars, one per label (a country), the value written after each."""
    width, label_width, row, pad = 360, 96, 26, 6
    height = pad * 2 + row * max(len(values), 1)
    room = width - label_width - 48
    highest = max(values, default=0) or 1
    parts = []
    for i, (label, value) in enumerate(zip(labels, values, strict=True)):
        y = pad + row * i
        length = room * value / highest
        parts.append(_el(
            "g",
            _el("title", f"{label}: {format_decimal(value)}"),
            _el("text", label, x=label_width - 6.0, y=y + 17.0, text_anchor="end"),
            _el("rect", x=label_width, y=y + 4.0, width=length, height=row - 8.0, fill=BAR),
            _el("text", format_decimal(value), x=label_width + length + 5, y=y + 17.0,
                font_weight="600"),
            class_="chart-bar",
        ))  # fmt: skip
    axis = _el("line", x1=label_width, x2=label_width, y1=pad, y2=height - pad, stroke=AXIS,
               stroke_width="1.5")  # fmt: skip
    return _svg(uid, width, height, title, desc, axis, *parts)


def progress_bar(uid: str, title: str, value: int, target: int) -> Markup:
    """How far a figure has come towards its target: a filled track, and the words."""
    width, height, track = 240, 42, 16
    share = value / target if target else 0
    filled = width * min(share, 1)
    words = _("%(value)s of %(target)s (%(percent)s)", value=format_decimal(value),
              target=format_decimal(target), percent=format_percent(share))  # fmt: skip
    return _svg(
        uid, width, height, title, words,
        _el("rect", x="0.5", y="0.5", width=width - 1, height=track, fill=TRACK,
            stroke=TRACK_EDGE, stroke_width="1"),
        _el("rect", x="0.5", y="0.5", width=max(filled - 1, 0.0), height=track, fill=BAR),
        _el("text", words, x="0", y=track + 19.0, font_size="13"),
    )  # fmt: skip


# -- the dashboard's charts ------------------------------------------------------------


def _month_names(months: list[date]) -> tuple[list[str], list[str], list[str]]:
    """Short month names, the year under the first month and each January, full names."""
    short = [format_date(m, "LLL") for m in months]
    years = [format_date(m, "yyyy") if i == 0 or m.month == 1 else ""
             for i, m in enumerate(months)]  # fmt: skip
    full = [format_date(m, "LLLL yyyy") for m in months]
    return short, years, full


def _listing(names: list[str], values: list[int]) -> str:
    return "; ".join(f"{name}: {format_decimal(value)}" for name, value in zip(
        names, values, strict=True))  # fmt: skip


@dataclass
class DashboardCharts:
    progress: dict[str, Markup]  # per targeted figure
    by_country: dict[str, Markup]  # per figure shown by country
    monthly: dict[str, Markup]  # per series


BY_COUNTRY = ("authorities_engaged", "ledps_prepared", "pilot_projects")


def _names(countries: list[Country]) -> list[str]:
    return [country_name(c.code, c.name_en) for c in countries]


def dashboard_charts(board: Board, monthly: Monthly) -> DashboardCharts:
    """The progress bars, the bars by country and the monthly charts of the dashboard."""
    progress = {
        f.key: progress_bar(f"progress-{f.key}", str(f.label), f.total, f.target or 0)
        for f in board.targeted
    }
    countries = _names(board.countries)
    by_country = {}
    for key in BY_COUNTRY:
        values = [board.figures[key].of(c.id) for c in board.countries]
        title = _("%(figure)s, by country", figure=LABELS[key])
        by_country[key] = bar_list(
            f"countries-{key}", title, _listing(countries, values), countries, values
        )
    short, years, full = _month_names(monthly.months)
    span = _("from %(start)s to %(end)s", start=full[0], end=full[-1])
    where = (country_name(monthly.country.code, monthly.country.name_en)
             if monthly.country else _("the whole network"))  # fmt: skip
    charts = {}
    for key, values in monthly.series.items():
        title = _("%(figure)s per month, %(where)s", figure=MONTHLY_LABELS[key], where=where)
        desc = f"{span}. {_listing(full, values)}"
        draw = line_chart if key == "forum_posts" else column_chart
        charts[key] = draw(f"monthly-{key}", title, desc, short, values, years, full)
    return DashboardCharts(progress, by_country, charts)
