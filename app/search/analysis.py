"""Analyzers per content language: how words are cut, folded and reduced to a common form.

Each family has its own title and body fields (index.build_schema); a query is analysed
by every family's analyzer, so "investments" and "зеленого" find their other forms in
documents of their language. The analyzers are pickled into the index's schema and
into the processes of a multiprocessing writer: every filter here keeps only plain
settings, and heavy helpers (pymorphy3, snowball stemmers) are made lazily per process.
"""

import unicodedata
from functools import lru_cache
from typing import Any

import pymorphy3
import snowballstemmer
from whoosh.analysis import (
    Analyzer,
    CharsetFilter,
    Filter,
    LowercaseFilter,
    RegexTokenizer,
    StemFilter,
    StopFilter,
)
from whoosh.lang.snowball.romanian import RomanianStemmer
from whoosh.support.charset import accent_map

# Families with an analyzer of their own; Georgian and any other language use "plain".
FAMILIES = ("en", "ro", "ru", "uk", "hy", "az", "plain")
LEMMA_CACHE = 200_000  # distinct words remembered per process (pymorphy3 is slow)
MAX_LEMMAS = 3  # normal forms indexed for an ambiguous word

# Words, keeping inner apostrophes (Ukrainian м'ясо, п’ять) and dotted numbers (3.14).
WORDS = r"\w+(?:['’ʼ]\w+|\.\w+)*"
ROMANIAN_COMMAS = str.maketrans("șțȘȚ", "şţŞŢ")  # Whoosh's stemmer knows the cedilla forms
TURKIC_CAPITALS = str.maketrans({"İ": "i", "I": "ı"})
_ROMANIAN = RomanianStemmer()
APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'"})


class UnicodeNormalizeFilter(Filter):
    """NFKC, so ligatures and compatibility forms match their plain letters (Armenian և)."""

    def __call__(self, tokens):
        for token in tokens:
            token.text = unicodedata.normalize("NFKC", token.text)
            yield token


class CaseFoldFilter(Filter):
    """Unicode case folding (also Georgian Mtavruli capitals and German ß)."""

    def __call__(self, tokens):
        for token in tokens:
            token.text = token.text.casefold()
            yield token


class TurkicLowercaseFilter(Filter):
    """Azerbaijani lower case: İ is i and I is ı (str.lower() makes İ an i with a dot above)."""

    def __call__(self, tokens):
        for token in tokens:
            token.text = token.text.translate(TURKIC_CAPITALS).lower()
            yield token


class FormsFilter(Filter):
    """Replaces each word by its forms: an ambiguous word is indexed under each of them at
    the same position, and a query word asks for any of them.

    A phrase is parsed with chars=True and takes the first form only: Whoosh would read
    several forms as consecutive words.
    """

    is_morph = True

    def forms(self, word: str) -> tuple[str, ...]:
        raise NotImplementedError

    def __call__(self, tokens):
        for token in tokens:
            forms = self.forms(token.text)
            if token.mode == "query" and token.chars:
                forms = forms[:1]
            for form in forms:  # Whoosh reuses one token object: yield it once per form
                token.text = form
                yield token


class LemmaFilter(FormsFilter):
    """Dictionary forms (pymorphy3): зеленого -> зелений; зелене -> зелень or зелений."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def forms(self, word: str) -> tuple[str, ...]:
        return lemmas(self.lang, word)


class RomanianStemFilter(FormsFilter):
    """Whoosh's Romanian stemmer, on the word as written and on it without diacritics.

    ș and ş (ț and ţ) are one letter typed two ways, read as the cedilla forms the stemmer
    knows. Many people type no diacritics at all, and the stemmer cuts "calarasi" and
    "călăraşi" differently: indexing and asking for both stems lets them meet. Accents
    are folded after stemming.
    """

    def forms(self, word: str) -> tuple[str, ...]:
        return romanian_stems(word)


@lru_cache(maxsize=4)
def morph(lang: str) -> pymorphy3.MorphAnalyzer:
    """One analyzer per language per process, made on first use (it loads a dictionary)."""
    return pymorphy3.MorphAnalyzer(lang=lang)


@lru_cache(maxsize=LEMMA_CACHE)
def lemmas(lang: str, word: str) -> tuple[str, ...]:
    """The distinct normal forms of a lower-case word, most likely first, ё read as е."""
    if not any(ch.isalpha() for ch in word):
        return (word,)
    forms: dict[str, None] = {}
    for parse in morph(lang).parse(word.translate(APOSTROPHES)):
        forms[parse.normal_form.replace("ё", "е")] = None
        if len(forms) == MAX_LEMMAS:
            break
    return tuple(forms) or (word,)


@lru_cache(maxsize=LEMMA_CACHE)
def romanian_stems(word: str) -> tuple[str, ...]:
    """The stems of a word as written and without diacritics, accent-folded."""
    written = word.translate(ROMANIAN_COMMAS)
    forms = (_ROMANIAN.stem(written), _ROMANIAN.stem(written.translate(accent_map)))
    return tuple(dict.fromkeys(form.translate(accent_map) for form in forms))


@lru_cache(maxsize=4)
def _snowball(name: str) -> Any:
    return snowballstemmer.stemmer(name)


@lru_cache(maxsize=LEMMA_CACHE)
def armenian_stem(word: str) -> str:
    """Snowball's Armenian stemmer (module-level, so the schema pickles it by name)."""
    return _snowball("armenian").stemWord(word)


@lru_cache(maxsize=LEMMA_CACHE)
def azerbaijani_stem(word: str) -> str:
    """Snowball's Turkish stemmer, after reading ə as e.

    Azerbaijani takes the same suffixes as Turkish (-lar/-lər, -ın/-in, -da/-də), but
    the stemmer only knows Turkish vowels: without ə folded it leaves şəhərlər,
    bələdiyyələr or kəndlər whole. Folded, it joins those to their singular, as it
    does investisiyalar -> investisiya; the cost is rare pairs such as əl/el.
    """
    return _snowball("turkish").stemWord(word.replace("ə", "e"))


def _start(lowercase: Filter | None = None) -> Analyzer:
    return RegexTokenizer(WORDS) | UnicodeNormalizeFilter() | (lowercase or LowercaseFilter())


def plain_analyzer() -> Analyzer:
    """Unicode words, NFKC, case-folded and accent-folded (Georgian and everything else)."""
    return _start(CaseFoldFilter()) | CharsetFilter(accent_map)


def spelling_analyzer() -> Analyzer:
    """Words as written, case-folded: what "did you mean" may offer back to a reader."""
    return _start(CaseFoldFilter())


def analyzer_for(name: str) -> Analyzer:
    """The analyzer of one family; accents are folded after stemming, as the stemmers
    need them (Romanian ă/â/î, Russian й)."""
    if name == "en":
        chain = _start() | StopFilter(lang="en") | StemFilter(lang="en")
    elif name == "ro":
        return _start() | RomanianStemFilter()  # folds accents itself
    elif name == "ru":
        chain = _start() | StopFilter(lang="ru") | LemmaFilter("ru")
    elif name == "uk":
        chain = _start() | LemmaFilter("uk")
    elif name == "hy":
        chain = _start() | StemFilter(stemfn=armenian_stem, cachesize=None)
    elif name == "az":
        chain = _start(TurkicLowercaseFilter()) | StemFilter(stemfn=azerbaijani_stem,
                                                             cachesize=None)  # fmt: skip
    else:
        return plain_analyzer()
    return chain | CharsetFilter(accent_map)


def family(language: str) -> str:
    """The analyzer family for a content language."""
    return language if language in FAMILIES else "plain"
