"""NumPy for scoring, loaded on first use: ``from readinglog.search.arrays import np``.

A search scores whole posting lists as arrays (search.evaluate, search.chain). Importing NumPy
takes about 0.1 s, which the window's start-up must not pay, so ``np`` here is a lazily loaded
module (importlib's LazyLoader): importing it costs nothing, its first attribute loads NumPy.
Type checkers see the real module. Do not ``import numpy.typing`` at run time: that loads it.
"""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType
from typing import TYPE_CHECKING

__all__ = ["Bools", "Floats", "Ints", "Small", "np"]


def _lazy(name: str) -> ModuleType:
    loaded = sys.modules.get(name)
    if loaded is not None:
        return loaded
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None:
        raise ImportError(f"No module named {name!r}")
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    loader.exec_module(module)
    return module


if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    Ints = npt.NDArray[np.int64]
    Floats = npt.NDArray[np.float64]
    Bools = npt.NDArray[np.bool_]
    Small = npt.NDArray[np.int8]
else:
    np = _lazy("numpy")
    Ints = Floats = Bools = Small = "array"
