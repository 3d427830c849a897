"""ReadingLog: a personal reading, listening and study log with bilingual notes."""

__version__ = "0.2.0"
APP_NAME = "ReadingLog"
APP_ID = "io.github.readinglog.ReadingLog"
