"""Certificates: the courses and series that have one, with its date, id, link and cost.

Newest certificate first (those without a date last); ``--year`` keeps the certificates of
that year. Costs are free text (``49 USD``, ``¥299``); when every cost on the page reads as a
number with a currency, the page adds the total per currency.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from decimal import Decimal, InvalidOperation
from pathlib import Path

from sqlalchemy.orm import Session

from readinglog.core.types import ItemKind
from readinglog.export.frontmatter import Value
from readinglog.export.pages import markdown, sources
from readinglog.export.pages.publish import Links, PageSpec, latest
from readinglog.export.pages.sources import PageEntry
from readinglog.export.pages.words import WORDS, choose_lang, count
from readinglog.export.profiles import Format
from readinglog.stats.charts import Lang

NAME = "certificates"
FIELDS = ("certificate_date", "certificate_id", "certificate_url", "certificate_cost")
_COST = re.compile(
    r"^\s*(?:(?P<pre>[A-Za-z]{3}|[¥$€£￥])\s*(?P<a>\d[\d,]*(?:\.\d+)?)"
    r"|(?P<b>\d[\d,]*(?:\.\d+)?)\s*(?P<post>[A-Za-z]{3}|元|[¥$€£￥]))\s*$"
)
_SYMBOLS = {"¥": "CNY", "￥": "CNY", "元": "CNY", "$": "USD", "€": "EUR", "£": "GBP"}


def certified(entries: Sequence[PageEntry], year: int | None = None) -> list[PageEntry]:
    """The entries with any certificate field, of ``year`` when given, newest first."""
    found = [e for e in entries if any(e.fields.get(name) for name in FIELDS)]
    if year is not None:
        found = [e for e in found if (day := _day(e)) is not None and day.year == year]
    return sorted(found, key=lambda e: (_day(e) is None, -(_day(e) or dt.date.min).toordinal()))


def _day(entry: PageEntry) -> dt.date | None:
    value = entry.fields.get("certificate_date")
    return value if isinstance(value, dt.date) else None


def cost(text: str) -> tuple[str, Decimal] | None:
    """(currency, amount) of ``49 USD``, ``USD 49``, ``¥299``, ``299 元``; None otherwise."""
    match = _COST.match(text)
    if match is None:
        return None
    unit = (match["pre"] or match["post"]).upper()
    try:
        amount = Decimal((match["a"] or match["b"]).replace(",", ""))
    except InvalidOperation:
        return None
    return _SYMBOLS.get(unit, unit), amount


def totals(costs: Sequence[str]) -> dict[str, Decimal] | None:
    """The costs summed per currency, or None when one of them is not a cost we can read."""
    summed: dict[str, Decimal] = {}
    for text in costs:
        parsed = cost(text)
        if parsed is None:
            return None
        summed[parsed[0]] = summed.get(parsed[0], Decimal(0)) + parsed[1]
    return summed


def _link(url: object, label: str, links: Links) -> str:
    if isinstance(url, str) and url.startswith(("http://", "https://")):
        return f"[{label}](<{url}>)"
    return links.text(str(url)) if url else ""


def body(entries: Sequence[PageEntry], lang: Lang, links: Links) -> str:
    w = WORDS[lang]
    if not entries:
        return w["nothing"]
    head = (w["course"], w["platform"], w["date"], w["certificate_id"], w["link"], w["cost"])
    rows = []
    for e in entries:
        f = e.fields
        day = _day(e)
        rows.append(
            (
                links.entry(e.id, e.title),
                links.text(str(f.get("platform") or "")),
                day.isoformat() if day else "",
                links.text(str(f.get("certificate_id") or "")),
                _link(f.get("certificate_url"), w["show_link"], links),
                links.text(str(f.get("certificate_cost") or "")),
            )
        )
    parts = [markdown.table(head, rows)]
    costs = [str(e.fields["certificate_cost"]) for e in entries if e.fields.get("certificate_cost")]
    summed = totals(costs) if costs else None
    if summed:
        shown = ", ".join(f"{amount:,} {unit}" for unit, amount in sorted(summed.items()))
        parts.append(w["total_cost"].format(costs=shown))
    return "\n\n".join(parts)


def spec(
    entries: Sequence[PageEntry],
    lang: Lang,
    year: int | None = None,
    references: sources.References | None = None,
    *,
    now: dt.datetime | None = None,
) -> PageSpec:
    """The page for ``entries`` (already the certified ones, in order: ``certified``)."""
    w = WORDS[lang]
    title = w["certificates_title"] if year is None else w["certificates_title_year"]
    intro = w["certificates_intro"].format(count=count(len(entries), "certificate", lang))
    facts: dict[str, Value] = {"page": NAME, "lang": lang, "year": year, "count": len(entries)}

    def render(links: Links) -> Mapping[str, str]:
        return {"intro": intro, "certificates": body(entries, lang, links)}

    return PageSpec(
        name=NAME,
        number=year or 0,
        title=title.format(year=year),
        lang=lang,
        date=latest([e.updated_at for e in entries], now),
        summary=intro,
        facts=facts,
        render=render,
        references=references or sources.References(),
    )


def read(
    s: Session, fmt: Format, root: Path, lang: str | None = None, year: int | None = None
) -> PageSpec:
    found = certified(
        sources.entries(s, sources.ids_of(s, [ItemKind.COURSE, ItemKind.SERIES])), year
    )
    references = sources.references(s, [(e.id, e.title) for e in found], fmt, root)
    return spec(found, choose_lang([e.title for e in found], lang), year, references)
