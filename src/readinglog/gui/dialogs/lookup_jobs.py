"""The work behind the lookup dialog, run on the window's worker: the sources to ask (as
``readinglog lookup`` asks them), the client with the lookup's polite interval and the task's
cancel switch, and the jobs: candidates one source at a time, then a chosen book's cover.
Nothing here runs at start-up; the dialog imports it when Look up… is pressed."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from readinglog import config
from readinglog.core.errors import InvalidInput, Message, NotFound
from readinglog.core.types import Progress
from readinglog.gui.runtime import worker
from readinglog.online import books
from readinglog.online import covers as online_covers
from readinglog.online.books import Candidate
from readinglog.online.http import Http, NetworkError
from readinglog.paths import AppPaths


def new_http(task: worker.Task) -> Http:
    """A client with the lookup's polite interval (``books.interval``; a value that is no
    number is the default here, where there is no terminal to say so) that the task's Cancel
    stops, even in the middle of a request (a server slow to answer)."""
    try:
        seconds = books.interval()
    except InvalidInput:
        seconds = books.DEFAULT_INTERVAL
    http = Http(min_interval=seconds, cancelled=lambda: task.is_cancelled)
    task.on_cancel(http.cancel)
    return http


def providers_for(paths: AppPaths, query: str) -> list[books.Provider]:
    """The sources to ask, in the user's order, as ``readinglog lookup`` asks them
    (``books.order_for``)."""
    settings = config.load(paths.settings)
    return books.providers_for(settings.lookup_providers, settings.provider_urls, query)


def lookup_job(query: str, providers: Sequence[books.Provider], http: Http) -> worker.Job:
    """``books.lookup`` one source at a time, so the dialog says which one it is asking (and
    Cancel also stops between them); what they found, and their problems, put together as
    ``books.lookup`` puts them."""
    found: list[Candidate] = []
    problems: list[Message] = []
    failures: list[NetworkError] = []
    with http:
        for done, provider in enumerate(providers):
            label = books.LABELS[provider.name]
            asking = QCoreApplication.translate("LookupJobs", "Asking {source}…")
            yield Progress(done, len(providers), asking.format(source=label))
            try:
                found.extend(books.lookup(http, query, [provider]).candidates)
            except NotFound:
                continue
            except NetworkError as error:  # (Cancelled is no NetworkError: it ends the job)
                failures.append(error)
                problems.append(books.problem(provider.name, error))
    if found:
        return books.Found(tuple(found), tuple(problems))
    if len(failures) == len(providers) == 1:
        raise failures[0]
    if failures and len(failures) == len(providers):
        raise books.all_failed(problems)
    raise books.nothing_found(query, problems)


def cover_job(url: str, http: Http) -> worker.Job:
    yield Progress(0, None, QCoreApplication.translate("LookupJobs", "Fetching the cover…"))
    with http:
        return online_covers.download(http, url)
