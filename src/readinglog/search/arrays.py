"""NumPy for scoring, loaded on first use: ``from readinglog.search.arrays import np``.

A search scores whole posting lists as arrays (search.evaluate, search.chain). Importing NumPy
takes about 0.1 s, which the window's start-up must not pay, so ``np`` here stands in for the
module until an attribute is first asked for: then ``import numpy`` runs (the import system's
lock makes that safe from any thread: searches run on the window's worker threads, where
importlib's LazyLoader is not, before Python 3.12) and each name read is kept on the stand-in,
so later reads are plain attribute reads. Type checkers see the real module. Do not ``import
numpy.typing`` at run time: that loads NumPy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__all__ = ["Bools", "Floats", "Ints", "Small", "np"]


class _NumPy:
    """NumPy's names, imported when first read."""

    def __getattr__(self, name: str) -> Any:
        import numpy

        value = getattr(numpy, name)
        setattr(self, name, value)
        return value


if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    Ints = npt.NDArray[np.int64]
    Floats = npt.NDArray[np.float64]
    Bools = npt.NDArray[np.bool_]
    Small = npt.NDArray[np.int8]
else:
    np = _NumPy()
    Ints = Floats = Bools = Small = "array"
