"""The query a user types -> a QueryPlan (engine-free). Never raises.

Syntax: words (all must match), "exact phrase", a OR b, -exclude (or NOT word), and the field
filters of ``list`` (kind:book tag:economics status:finished year:2020 author:Harari lang:zh
rating>=4 ..., read by core.query itself, so both mean the same; ``is:highlight`` narrows the
search to highlights, as ``doc_type`` does, and the fields of an entry filter a highlight by its
entry: core.filters_sql). Anything this cannot read
(unbalanced quotes or brackets, a lone ``-``, ``title:``, ``NOT NOT a``) is searched as plain
words instead, and the plan says so in ``notice``.

``prefix=True`` (the search box while the user types) reads the last word as possibly
half-typed: unless it is quoted, excluded, a field filter or followed by white space, its
needles are opened (analysis.needles: they also match what the word begins, at the opening
tier, which ranks below what matches the word as typed).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from readinglog.core import query as core_query
from readinglog.core.errors import UserError
from readinglog.core.types import Target
from readinglog.search.analysis import Needle, needles

MAX_QUERY_CHARS = 500
MAX_CLAUSES = 32
_TOKEN_RE = re.compile(r'-?(?:[^\s"]+:)?"[^"]*"|\S+')
_FIELD_RE = re.compile(r"^-?([A-Za-z]+)(?::|：|=|<|>)", re.S)
_SYNTAX_CHARS = '"()[]{}'
_OPERATORS = frozenset({"AND", "OR", "NOT"})


class QuerySyntaxError(ValueError):
    """The query cannot be read as written (caught here; the words are searched instead)."""


@dataclass(frozen=True)
class Clause:
    """Alternatives joined by OR; each alternative is needles that must all match."""

    alternatives: tuple[tuple[Needle, ...], ...]


@dataclass(frozen=True)
class QueryPlan:
    must: tuple[Clause, ...] = ()
    must_not: tuple[Clause, ...] = ()
    filters: tuple[core_query.Condition, ...] = ()  # applied in SQL, as ``list`` does
    doc_type: Target | None = None
    notice: str = ""
    terms: tuple[Needle, ...] = field(default=())  # every positive needle, for snippets

    @property
    def empty(self) -> bool:
        return not self.must and not self.filters


def parse(text: str, doc_type: Target | None = None, *, prefix: bool = False) -> QueryPlan:
    """The plan for ``text``; ``prefix``: its last word may be half-typed (see above)."""
    notice = ""
    if len(text) > MAX_QUERY_CHARS:
        text = text[:MAX_QUERY_CHARS]
        notice = f"The query was cut to its first {MAX_QUERY_CHARS} characters."
    try:
        plan = _parse_strict(text, doc_type, prefix)
    except QuerySyntaxError as error:
        plan = plain_words(text, doc_type)
        notice = " ".join(
            p for p in (notice, f"Could not read the query ({error}); searched the words.") if p
        )
    if notice:
        plan = replace(plan, notice=notice)
    return plan


def split_field_filters(tokens: list[str]) -> tuple[list[core_query.Condition], list[str]]:
    """Field filters (read by core.query, the language ``list`` uses) out of query tokens."""
    filters: list[core_query.Condition] = []
    words: list[str] = []
    for token in tokens:
        match = _FIELD_RE.match(token)
        name = match.group(1).lower() if match else ""
        if core_query.ALIASES.get(name, name) not in core_query.PARSERS:
            words.append(token)
            continue
        try:
            parsed = core_query.parse_filter(token)
        except UserError as error:
            raise QuerySyntaxError(str(error)) from None
        filters.extend(parsed.conditions)
        words.extend(parsed.words)
    return filters, words


def _parse_strict(text: str, doc_type: Target | None, prefix: bool = False) -> QueryPlan:
    if text.count('"') % 2:
        raise QuerySyntaxError("a quote is not closed")
    if any(ch in text for ch in _SYNTAX_CHARS[1:]):
        raise QuerySyntaxError("brackets are not supported")
    tokens = _TOKEN_RE.findall(text)
    filters, words = split_field_filters(tokens)
    filters, doc_type, narrowed = _narrowed(filters, doc_type)
    # The last word may be half-typed unless white space or a field filter ends the text.
    open_last = prefix and bool(words) and not text[-1].isspace()
    open_last = open_last and not split_field_filters(tokens[-1:])[0]
    must: list[Clause] = []
    must_not: list[Clause] = []
    terms: list[Needle] = []
    pending_or = False
    negate = False
    for index, token in enumerate(words):
        if token in _OPERATORS:
            if token == "OR":
                if not must or pending_or or negate:
                    raise QuerySyntaxError("OR needs a word on each side")
                pending_or = True
            elif token == "NOT":
                if negate:
                    raise QuerySyntaxError("NOT twice")
                negate = True
            continue
        excluded = negate or token.startswith("-")
        negate = False
        body = token[1:] if token.startswith("-") else token
        if not body or body == "-":
            raise QuerySyntaxError("a lone -")
        quoted = body.startswith('"')
        opened = open_last and index == len(words) - 1 and not quoted and not excluded
        found = tuple(needles(body.strip('"'), phrase=quoted, prefix=opened))
        if not found:
            if quoted or excluded:
                continue
            raise QuerySyntaxError(f"nothing to search in {token}")
        if excluded:
            if pending_or:
                raise QuerySyntaxError("OR before an excluded word")
            must_not.append(Clause((tuple(_as_excluded(n) for n in found),)))
            continue
        terms.extend(found)
        earlier = must.pop().alternatives if pending_or else ()
        pending_or = False
        must.append(Clause((*earlier, found)))
    if pending_or or negate:
        raise QuerySyntaxError("an operator at the end")
    if len(must) + len(must_not) > MAX_CLAUSES:
        raise QuerySyntaxError("too many words")
    if narrowed and not must:  # only filters: they list the highlights (filters_sql)
        filters.append(narrowed)
    return QueryPlan(tuple(must), tuple(must_not), tuple(filters), doc_type, "", tuple(terms))


_HIGHLIGHTS = core_query.Condition("is", ":", "highlight")


def _narrowed(
    filters: list[core_query.Condition], doc_type: Target | None
) -> tuple[list[core_query.Condition], Target | None, core_query.Condition | None]:
    """``is:highlight`` as the document type: the index narrows by type as it scores, where
    the filter would be every highlight's key looked up. Left a filter when the search asks
    for another type (nothing is both), or excluded (-is:highlight)."""
    if _HIGHLIGHTS not in filters or doc_type not in (None, Target.HIGHLIGHT):
        return filters, doc_type, None
    return [f for f in filters if f != _HIGHLIGHTS], Target.HIGHLIGHT, _HIGHLIGHTS


def _as_excluded(needle: Needle) -> Needle:
    """What ``-word`` leaves out: an English word and its other forms, not the words it only
    begins (-data keeps database); Chinese characters wherever they stand together."""
    if not needle.prefix:
        return needle
    return replace(needle, steps=needle.tiers()[0], word=(), opening=(), prefix="")


def plain_words(text: str, doc_type: Target | None) -> QueryPlan:
    """Every word of the text, all required, no operators, no filters."""
    must: list[Clause] = []
    terms: list[Needle] = []
    cleaned = "".join(" " if ch in _SYNTAX_CHARS else ch for ch in text)
    for raw in cleaned.split():
        word = raw.strip("-+:")
        if not word or word in _OPERATORS:
            continue
        found = tuple(needles(word.replace(":", " ")))
        if found:
            must.append(Clause((found,)))
            terms.extend(found)
        if len(must) >= MAX_CLAUSES:
            break
    return QueryPlan(tuple(must), (), (), doc_type, "", tuple(terms))
