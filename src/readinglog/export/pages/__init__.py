"""Pages that publish the log itself: a year in review, a bookshelf, certificates, listening.

Each page is one post for the same generators as note posts (``export.profiles``), written
the same way: its slug from its title (``slug.note_slug``), a path no earlier post in the folder
has (``unique.Planner``), the template mechanism of ``export.templates`` (packaged templates in
``resources/export/pages/``, a user's in ``export-templates/pages/``), files placed as note
attachments are (``assets.AssetPlan``: a Hugo page bundle, the generator's static folder) and
the re-export protection of ``writer.export_post`` (a page edited by hand is not overwritten
without ``force``).

A user's template (``export-templates/pages/<page>.md`` in the config folder) may use, besides
``$front_matter``, ``$heading`` (``# title`` for plain Markdown, else ""), ``$title``, ``$slug``,
``$date``, ``$updated`` and ``$summary``, the page's sections:

==============  ==========================================================
year-in-review  ``$intro $numbers $charts $finished $top``
bookshelf       ``$intro $shelves``
certificates    ``$intro $certificates``
listening       ``$intro $shows``
==============  ==========================================================

``sources`` reads the library; ``year_review``, ``bookshelf``, ``certificates`` and
``listening`` turn what it read into a page's text (pure, given a ``Links``); ``publish`` plans
and writes a page with its charts (``export.svg_charts``) and covers.
"""
