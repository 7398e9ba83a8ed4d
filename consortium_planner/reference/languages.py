"""The app's six languages, their number locales, and the catalogues of the texts written
outside the window (PDF and Excel summaries, CSV headers, partner workbooks, check messages,
call-profile texts).

The window translates with Qt's own mechanism (.ts/.qm, see ui/); everything below the window
cannot import Qt, so it translates with gettext catalogues: `resources/translations/<language>/
*.po`, one file per subject (reports.po, workbooks.po, checks.po, profiles.po, vocab.po,
finder.po: the partner finder's gap phrases, ...) so that
they can be kept apart, all merged into one catalogue per language. The message id is the
English text; a missing or empty translation falls back to it.

Code marks its texts as `texts.gettext("Budget summary")`, `texts.pgettext("column", "No")`
(a context, when one English word needs two translations) or `texts.ngettext("one partner",
"{n} partners", n)` on a `Catalogue` it was given, so that babel's extractor (keywords gettext
and ngettext) finds every literal and a test can check that each has a translation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel.languages import get_official_languages

from consortium_planner.paths import resources_dir

LANGUAGES: dict[str, str] = {
    "en": "English",
    "fr": "Français",
    "de": "Deutsch",
    "es": "Español",
    "it": "Italiano",
    "pl": "Polski",
}
"""Language code → its own name (what a language menu shows)."""

DEFAULT_LANGUAGE = "en"

CONTEXT_SEPARATOR = "\x04"
"""Between a message's context (.po msgctxt) and its id in a catalogue's keys, as in gettext."""

# The locale whose number, money and date formats go with each language: the country the
# language is first spoken in within the EU (English: Ireland, so dates read 31/12/2027).
_NUMBER_LOCALES: dict[str, str] = {
    "en": "en_IE", "fr": "fr_FR", "de": "de_DE", "es": "es_ES", "it": "it_IT", "pl": "pl_PL",
}

# Country codes as the workspace stores them (EL, UK) → ISO 3166 for CLDR.
_ISO_COUNTRY = {"EL": "GR", "UK": "GB"}


class UnknownLanguage(ValueError):
    """A language the app has no translation for; the message lists the ones it has."""

    def __init__(self, text: str) -> None:
        known = ", ".join(f"{code} ({name})" for code, name in LANGUAGES.items())
        super().__init__(f"unknown language {text!r}; choose one of {known}")


def language_code(text: str) -> str:
    """One of LANGUAGES' codes for "de", "DE", "de_DE", "de-AT", "German", "Deutsch",
    "allemand"...; UnknownLanguage otherwise."""
    cleaned = text.strip()
    if not cleaned:
        raise UnknownLanguage(text)
    try:
        code = Locale.parse(cleaned.replace("-", "_")).language
    except (ValueError, UnknownLocaleError):
        code = _language_by_name(cleaned)
    if code not in LANGUAGES:
        raise UnknownLanguage(text)
    return code


def locale_language(tag: str) -> str | None:
    """One of LANGUAGES' codes for a locale tag ("de", "de_DE", "de-AT", "pl_PL.UTF-8"); None
    for any other language and for a locale of no language ("C", "POSIX"). What a system
    reports is a tag, never a language's name: its first part is the language's code, read
    without babel (whose parse loads CLDR's global data, and `language_code`'s name look-up
    the data of all six locales: a twentieth of a second at the window's start)."""
    code = re.split(r"[-_.@]", tag.strip(), maxsplit=1)[0].lower()
    return code if code in LANGUAGES else None


def _language_by_name(name: str) -> str | None:
    wanted = name.casefold()
    for code in LANGUAGES:
        for display in (code, DEFAULT_LANGUAGE, *LANGUAGES):
            spoken = Locale.parse(code).get_display_name(display)
            if spoken and spoken.casefold() == wanted:
                return code
    return None


def language_for_country(country: str | None) -> str:
    """The default language for a partner in `country` (stored code, e.g. "PL", "EL"): the
    first official language of the country that the app speaks, else English."""
    if not country:
        return DEFAULT_LANGUAGE
    iso = _ISO_COUNTRY.get(country.upper(), country.upper())
    for code in get_official_languages(iso):
        if code in LANGUAGES:
            return code
    return DEFAULT_LANGUAGE


def number_locale(language: str) -> Locale:
    """The babel Locale for numbers, money, dates and percentages in `language`."""
    return Locale.parse(_NUMBER_LOCALES[language_code(language)])


@dataclass(frozen=True)
class Catalogue:
    """The translated texts of one language; English (or any missing text) passes through."""

    language: str
    messages: dict[str, str | tuple[str, ...]] = field(default_factory=dict, repr=False)

    def gettext(self, message: str) -> str:
        translated = self.messages.get(message)
        if isinstance(translated, str) and translated:
            return translated
        return message

    def pgettext(self, context: str, message: str) -> str:
        """`message` in `context`: for an English word that needs two translations ("No" as
        a column of numbers and as the answer)."""
        return self.gettext(f"{context}{CONTEXT_SEPARATOR}{message}").rpartition(
            CONTEXT_SEPARATOR)[2]

    def ngettext(self, singular: str, plural: str, count: int) -> str:
        translated = self.messages.get(singular)
        if isinstance(translated, tuple) and all(translated):
            index = _plural_index(self.language, count)
            return translated[min(index, len(translated) - 1)]
        return singular if count == 1 else plural

    def has(self, message: str) -> bool:
        """Whether `message` has a translation here (English has every message)."""
        if self.language == DEFAULT_LANGUAGE:
            return True
        translated = self.messages.get(message)
        if isinstance(translated, tuple):
            return all(translated)
        return bool(translated)


def _plural_index(language: str, count: int) -> int:
    """Which plural form CLDR gives `count` in `language`, in gettext's order of forms."""
    category = Locale.parse(language).plural_form(abs(count))
    order = {"pl": ("one", "few", "many")}.get(language, ("one", "other"))
    return order.index(category) if category in order else len(order) - 1


def translations_dir() -> Path:
    """The folder of the gettext catalogues, one subfolder per language."""
    return resources_dir() / "translations"


@lru_cache(maxsize=None)
def catalogue(language: str) -> Catalogue:
    """The merged catalogue of every .po file of `language` (a code or name, see
    language_code); English is the identity. A text in two subjects' files takes the
    translation of the later file (by name)."""
    code = language_code(language)
    messages: dict[str, str | tuple[str, ...]] = {}
    if code != DEFAULT_LANGUAGE:
        for po_file in sorted((translations_dir() / code).glob("*.po")):
            messages.update(subject_catalogue(code, po_file.stem).messages)
    return Catalogue(code, messages)


@lru_cache(maxsize=None)
def subject_catalogue(language: str, subject: str) -> Catalogue:
    """The catalogue of one subject's file of `language` (`workbooks`: workbooks.po), for a
    reader that needs a few texts of one subject in every language: reading every subject's
    file of the five languages takes a tenth of a second, one subject's a fraction of it (an
    import of a list looks for the headings of a partner workbook's profile table)."""
    code = language_code(language)
    po_file = translations_dir() / code / f"{subject}.po"
    if code == DEFAULT_LANGUAGE or not po_file.is_file():
        return Catalogue(code)
    # babel's .po reader (with difflib and its catalogue): English, the window's first
    # language on most systems, reads no file
    from babel.messages.pofile import read_po

    messages: dict[str, str | tuple[str, ...]] = {}
    with po_file.open("rb") as handle:
        for message in read_po(handle, locale=code):
            if not message.id or message.fuzzy:
                continue
            key = message.id[0] if isinstance(message.id, tuple) else message.id
            if message.context:
                key = f"{message.context}{CONTEXT_SEPARATOR}{key}"
            value = message.string
            messages[key] = tuple(value) if isinstance(value, (tuple, list)) else value
    return Catalogue(code, messages)
