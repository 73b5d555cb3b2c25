"""Reading what someone typed: facet filters (country:UA), words and "phrases", corrections.

Whatever the text (unbalanced quotes, lone operators, control characters, any script,
any length) this gives a query or nothing, never an error.
"""

import logging
import re
from dataclasses import dataclass, field

from whoosh.qparser import MultifieldParser, OrGroup, QueryParser, plugins
from whoosh.query import NullQuery, Query
from whoosh.searching import Searcher

from app.core.forms import clean_text
from app.search import index

log = logging.getLogger(__name__)
QUERY_MAX_CHARS = 200
MARKS = dict.fromkeys(map(ord, "\ue000\ue001"))  # our highlight marks (hits.py)
# Names a reader may type before a colon, and the facet each one filters on.
FILTER_NAMES = {
    "country": "country", "theme": "theme", "sdg": "sdg", "kind": "kind", "stage": "stage",
    "language": "language", "lang": "language", "year": "year", "authority": "authority",
    "type": "type",
}  # fmt: skip
_FILTER = re.compile(r'(?<![^\s(])(?P<name>[A-Za-z]+):(?:"(?P<quoted>[^"]*)"|(?P<bare>[^\s"()]+))')
_WORDS = re.compile(r"\w+")
SPELL_MIN_CHARS = 4  # shorter words are too often corrected into another word
SPELL_SHORT_CHARS = 6  # up to this many letters, one edit away; longer, two


@dataclass
class Typed:
    """What someone typed, split into words and facet filters."""

    words: str  # the rest, for the text query
    filters: dict[str, list[str]] = field(default_factory=dict)  # "type" names the doc type


def clean(text: str) -> str:
    """No control characters, surrogates or highlight marks, at most QUERY_MAX_CHARS."""
    return clean_text(text or "").translate(MARKS)[: QUERY_MAX_CHARS * 5].strip()


def normalise(facet: str, value: str) -> str:
    """A facet value as the index holds it: country codes in capitals, the rest lower case."""
    value = value.strip()
    return value.upper() if facet == "country" else value.lower()


def split_filters(text: str) -> Typed:
    """Take known `name:value` filters out of the text; any other `word:` stays text."""
    filters: dict[str, list[str]] = {}

    def take(match: re.Match) -> str:
        facet = FILTER_NAMES.get(match["name"].lower())
        value = match["quoted"] if match["quoted"] is not None else match["bare"]
        if facet is None or not value.strip():
            return match[0]
        filters.setdefault(facet, []).append(normalise(facet, value))
        return " "

    words = _FILTER.sub(take, clean(text))
    return Typed(words=" ".join(words.split())[:QUERY_MAX_CHARS], filters=filters)


def _parser(fieldnames: list[str], schema) -> QueryParser:
    """Words and "phrases", AND/OR/NOT; no field names, wildcards, ranges or boosts."""
    parser = MultifieldParser(fieldnames, schema, group=OrGroup.factory(0.9))
    for plugin in (plugins.FieldsPlugin, plugins.WildcardPlugin, plugins.RangePlugin,
                   plugins.BoostPlugin, plugins.EveryPlugin):  # fmt: skip
        parser.remove_plugin_class(plugin)
    return parser


def parse(words: str, schema) -> Query | None:
    """The words against the title and body fields of every language family (documents with
    more of them rank higher); None when nothing searchable is left (only stop words...)."""
    if not words.strip():
        return None
    try:
        query = _parser(index.TEXT_FIELDS, schema).parse(words)
    except Exception:  # Whoosh's parser is lenient; should it fail, search the bare words
        log.warning("search: cannot parse %r", words, exc_info=True)
        query = _parser(index.TEXT_FIELDS, schema).parse(" ".join(_WORDS.findall(words)))
    query = query.normalize()
    return None if query is NullQuery else query


def correct(searcher: Searcher, words: str) -> str | None:
    """The words with misspellings replaced by close words of the index, None if none is.

    Only words the index does not hold, of SPELL_MIN_CHARS or more, are corrected, to the
    most frequent word within one edit (two for long words) that starts with the same
    letter: Whoosh's correct_query on a multi-segment index compares every word instead.
    """
    try:
        corrector = searcher.corrector("spell")
        analyzer = searcher.schema["spell"].analyzer
        pieces, done = [], 0
        for token in analyzer(words, chars=True, mode="query"):
            if len(token.text) < SPELL_MIN_CHARS or searcher.doc_frequency("spell", token.text):
                continue
            maxdist = 1 if len(token.text) <= SPELL_SHORT_CHARS else 2
            found = corrector.suggest(token.text, limit=1, maxdist=maxdist, prefix=1)
            if found:
                pieces += [words[done : token.startchar], found[0]]
                done = token.endchar
    except Exception:  # a suggestion is a nicety: never let it break a search
        log.warning("search: no correction for %r", words, exc_info=True)
        return None
    return "".join([*pieces, words[done:]]) if pieces else None
