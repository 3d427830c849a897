"""豆瓣 (book.douban.com): the public book page ``/subject/ID/`` read from its HTML, best
effort, no login. ``/isbn/ISBN/`` redirects to a book's page; a title goes through the search
box's suggestions (``/j/subject_suggest?q=...``). Requests are one at a time, spaced by the
client's interval, with ReadingLog's user agent. A page that cannot be read is one clear
sentence, never a traceback: 豆瓣 changes its pages and sometimes asks for a captcha."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote

from bs4 import BeautifulSoup, Tag

from readinglog.core.types import Person, Role
from readinglog.online.books import (
    Candidate,
    as_dict,
    as_list,
    has_han,
    isbns,
    json_of,
    positive,
    year_in,
)
from readinglog.online.http import Answer, Http, NetworkError, host_of

PAGES_PER_TITLE = 3  # book pages read for one title search (one request each)
_SEPARATOR = "\x1e"  # where a <br> was: one field per line of the info box
_NATIONALITY = re.compile(r"^[\[(（〔【［][^\])）〕】］]{1,8}[\])）〕】］]\s*")
_SUBJECT = re.compile(r"/subject/(\d+)")
PEOPLE = {"作者": Role.AUTHOR, "译者": Role.TRANSLATOR, "编者": Role.EDITOR,
          "主编": Role.EDITOR, "朗读": Role.NARRATOR}  # fmt: skip


@dataclass(frozen=True)
class Douban:
    base: str
    name: str = "douban"

    def by_isbn(self, http: Http, isbn: str) -> list[Candidate]:
        try:
            answer = http.get(f"{self.base}/isbn/{isbn}/", accept="text/html")
        except NetworkError as error:
            if error.status == 404:  # 豆瓣 has no book with this ISBN
                return []
            raise
        return [read_page(answer, self.name)]

    def by_title(self, http: Http, text: str) -> list[Candidate]:
        url = f"{self.base}/j/subject_suggest?q={quote(text)}"
        suggestions = as_list(json_of(http.get(url, accept="application/json")))
        ids = [
            str(entry["id"])
            for entry in map(as_dict, suggestions)
            if entry.get("type", "b") == "b" and str(entry.get("id", "")).isdigit()
        ]
        return [self.subject(http, subject_id) for subject_id in ids[:PAGES_PER_TITLE]]

    def subject(self, http: Http, subject_id: str) -> Candidate:
        return read_page(
            http.get(f"{self.base}/subject/{subject_id}/", accept="text/html"), self.name
        )


def read_page(answer: Answer, source: str = "douban") -> Candidate:
    """A book from its 豆瓣 page, or a ``NetworkError`` saying the page could not be read."""
    host = host_of(answer.url)
    soup = BeautifulSoup(answer.text(), "html.parser")
    title_tag = soup.select_one('span[property="v:itemreviewed"]') or soup.select_one("h1")
    info = soup.find(id="info")
    title = " ".join(title_tag.get_text(" ").split()) if title_tag else ""
    if not title or not isinstance(info, Tag):
        raise NetworkError(
            "{host} sent a page without a book's details (豆瓣 may want a login or a captcha, "
            "or its pages changed); try again later or use another source",
            host=host,
        )
    facts = _info_lines(info)
    people = tuple(
        Person(role, name) for label, role in PEOPLE.items() for name in _names(facts.get(label))
    )
    ten, thirteen = isbns([facts.get("ISBN", ""), facts.get("统一书号", "")])
    match = _SUBJECT.search(answer.url) or _SUBJECT.search(_meta(soup, "og:url") or "")
    return Candidate(
        source=source,
        source_id=match.group(1) if match else "",
        title=title,
        subtitle=facts.get("副标题") or None,
        original_title=facts.get("原作名") or None,
        people=people,
        publisher=facts.get("出版社") or None,
        year=year_in(facts.get("出版年")),
        pages=positive(re.sub(r"\D", "", facts.get("页数", "")) or None),
        isbn10=ten,
        isbn13=thirteen,
        language="zh" if has_han(title) else None,
        summary=_summary(soup),
        cover_url=_cover(soup),
        url=f"{answer.url.split('/subject/')[0]}/subject/{match.group(1)}/" if match else None,
    )


def _info_lines(info: Tag) -> dict[str, str]:
    """The info box as label -> text: one line per <br>, ``label: value``."""
    for br in info.find_all("br"):
        br.replace_with(_SEPARATOR)
    facts: dict[str, str] = {}
    for line in info.get_text(" ").split(_SEPARATOR):
        match = re.match(r"\s*([^:：]{1,12}?)\s*[:：]\s*(.*)", line, re.S)
        if match:
            label, value = match.group(1).strip(), " ".join(match.group(2).split())
            if value:
                facts.setdefault(label, value)
    return facts


def _names(text: str | None) -> list[str]:
    names = []
    for part in re.split(r"\s*/\s*", text or ""):
        name = " ".join(_NATIONALITY.sub("", part.strip()).split())
        if name and name not in names:
            names.append(name)
    return names


def _meta(soup: BeautifulSoup, prop: str) -> str | None:
    tag = soup.find("meta", attrs={"property": prop})
    content = tag.get("content") if isinstance(tag, Tag) else None
    return content.strip() or None if isinstance(content, str) else None


def _summary(soup: BeautifulSoup) -> str | None:
    report = soup.find(id="link-report")
    if not isinstance(report, Tag):
        return None
    intro = report.select_one(".all .intro") or report.select_one(".intro")
    if intro is None:
        return None
    paragraphs = [" ".join(p.get_text(" ").split()) for p in intro.find_all("p")]
    text = "\n\n".join(p for p in paragraphs if p and p != "(展开全部)")
    return text or None


def _cover(soup: BeautifulSoup) -> str | None:
    link = soup.select_one("#mainpic a.nbg")
    image = soup.select_one("#mainpic img")
    for url in (
        link.get("href") if link else None,
        _meta(soup, "og:image"),
        image.get("src") if image else None,
    ):
        if isinstance(url, str) and url.startswith("http") and "default" not in url:
            return url
    return None
