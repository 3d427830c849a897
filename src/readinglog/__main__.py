"""Run ``python -m readinglog``."""

from readinglog.cli import main

raise SystemExit(main())
