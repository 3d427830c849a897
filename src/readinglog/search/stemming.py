"""English inflection folding: learned, learning, learns -> learn; libraries -> library.

Only the inflectional part of Porter2 (steps 0, 1a, 1b, 1c and the final-e rule of step 5),
plus a table of common irregular forms: full Porter2 also strips derivational suffixes
(developer -> develop, general -> gener), which cost precision on the labelled set
(benchmarks/search_eval.md) for no recall we need.

A half-typed word (the search box's prefix mode) is looked up by the index terms that begin
with it, since a key is its word with only the ending changed (economics -> economic,
economy -> economi: both begin with econom). ``prefix_keys`` adds the few keys that do not
begin with it because the typing stopped inside the ending that folding removes or changes.
"""

from __future__ import annotations

import re
from functools import lru_cache

_VOWELS = "aeiouy"
_R_EXP = re.compile(r"[^aeiouy]*[aeiouy]+[^aeiouy](\w*)")
_SHORT1 = re.compile(r"^[aeiouy][^aeiouy]$")
_SHORT2 = re.compile(r".*[^aeiouy][aeiouy][^aeiouywxY]$")
_CCY = re.compile(r"([aeiouy])y")
_S1A = re.compile(r"[aeiouy].")
_S1B = re.compile(r"[aeiouy]")
_DOUBLES = ("bb", "dd", "ff", "gg", "mm", "nn", "pp", "rr", "tt")
_KEEP = frozenset(
    {
        "news",
        "always",
        "atlas",
        "cosmos",
        "bias",
        "andes",
        "inning",
        "outing",
        "canning",
        "herring",
        "earring",
        "proceed",
        "exceed",
        "succeed",
        "this",
        "was",
        "has",
        "is",
        "its",
        "us",
        "yes",
        "thus",
        "series",
        "species",
        "during",
        "nothing",
        "something",
        "anything",
        "everything",
        "morning",
        "evening",
        "thing",
        "things",
        "string",
        "strings",
        "king",
        "bring",
        "spring",
        "ring",
        "wing",
        "sing",
        "swing",
        "sting",
        "ceiling",
    }
)
_SPECIAL = {
    "skis": "ski",
    "skies": "sky",
    "sky": "sky",
    "dying": "die",
    "lying": "lie",
    "tying": "tie",
    "idly": "idl",
    "gently": "gentl",
    "ugly": "ugli",
    "early": "earli",
    "only": "onli",
    "singly": "singl",
    "things": "thing",
    "strings": "string",
}

# Irregular forms -> lemma (the lemma is then folded like any word).
_IRREGULAR_TEXT = """
be: was were been am is are
go: went gone goes
do: did done does
have: had has
say: said
make: made
build: built
run: ran
write: wrote written
teach: taught
think: thought
buy: bought
bring: brought
find: found
give: gave given
take: took taken
know: knew known
see: saw seen
get: got gotten
begin: began begun
feel: felt
keep: kept
mean: meant
send: sent
spend: spent
tell: told
understand: understood
win: won
choose: chose chosen
drive: drove driven
eat: ate eaten
fall: fell fallen
forget: forgot forgotten
grow: grew grown
hold: held
lead: led
lose: lost
pay: paid
rise: rose risen
sell: sold
show: shown
sing: sang sung
speak: spoke spoken
stand: stood
throw: threw thrown
wear: wore worn
learn: learnt
spell: spelt
dream: dreamt
burn: burnt
catch: caught
fight: fought
seek: sought
sleep: slept
leave: left
meet: met
come: came
become: became
break: broke broken
draw: drew drawn
fly: flew flown
hide: hid hidden
ride: rode ridden
shake: shook shaken
steal: stole stolen
tear: tore torn
child: children
man: men
woman: women
mouse: mice
foot: feet
tooth: teeth
person: people
analysis: analyses
thesis: theses
"""


def _get_r1(word: str) -> int:
    for prefix in ("gener", "commun", "arsen"):
        if word.startswith(prefix):
            return len(prefix)
    match = _R_EXP.match(word)
    return match.start(1) if match else len(word)


def _get_r2(word: str, r1: int) -> int:
    match = _R_EXP.match(word, r1)
    return match.start(1) if match else len(word)


def _is_short(word: str, r1: int) -> bool:
    ends_short = bool(_SHORT1.match(word) or _SHORT2.match(word))
    return ends_short and r1 >= len(word)


def _step_1a(word: str) -> str:
    if word.endswith("sses"):
        return word[:-2]
    if word.endswith(("ied", "ies")):
        return word[:-3] + ("i" if len(word) > 4 else "ie")
    if word.endswith(("us", "ss")):
        return word
    if word.endswith("s") and _S1A.search(word[:-1]):
        return word[:-1]
    return word


def _step_1b(word: str, r1: int) -> str:
    if word.endswith("eedly"):
        return word[:-3] if len(word) - 5 >= r1 else word
    if word.endswith("eed"):
        return word[:-1] if len(word) - 3 >= r1 else word
    for suffix in ("ed", "edly", "ing", "ingly"):
        if word.endswith(suffix):
            stem = word[: -len(suffix)]
            if not _S1B.search(stem):
                return word
            if stem.endswith(("at", "bl", "iz")):
                return stem + "e"
            if stem.endswith(_DOUBLES):
                return stem[:-1]
            if _is_short(stem, _get_r1(stem)):
                return stem + "e"
            return stem
    return word


def _step_1c(word: str) -> str:
    if len(word) > 2 and word[-1] in "yY" and word[-2] not in _VOWELS:
        return word[:-1] + "i"
    return word


def _fold(word: str) -> str:
    if len(word) <= 2:
        return word
    if word in _SPECIAL:
        return _SPECIAL[word]
    if word.startswith("'"):
        word = word[1:]
    if word in _KEEP:
        return word
    word = word[0].replace("y", "Y") + word[1:]
    word = _CCY.sub(r"\g<1>Y", word)
    r1 = _get_r1(word)
    for tail in ("'s'", "'s", "'"):
        if word.endswith(tail):
            word = word[: -len(tail)]
            break
    word = _step_1a(word)
    if word in _KEEP:
        return word.lower()
    word = _step_1b(word, r1)
    word = _step_1c(word)
    word = _drop_final_e(word, r1, _get_r2(word, r1))
    return word.lower()


def _drop_final_e(word: str, r1: int, r2: int) -> str:
    """Porter2's step 5 e-rule, so change and changed share ``chang``."""
    if not word.endswith("e"):
        return word
    at = len(word) - 1
    if at >= r2 or (at >= r1 and not (_SHORT1.match(word[:-1]) or _SHORT2.match(word[:-1]))):
        return word[:-1]
    return word


_IRREGULAR: dict[str, str] = {}
for _line in _IRREGULAR_TEXT.strip().splitlines():
    _lemma, _forms = _line.split(":")
    for _form in _forms.split():
        _IRREGULAR[_form] = _fold(_lemma)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The key every inflection of ``word`` (lower case) shares; other tokens pass unchanged."""
    if not word.isalpha() or not word.isascii():
        return word
    irregular = _IRREGULAR.get(word)
    return irregular if irregular is not None else _fold(word)


def irregular_forms(keys: frozenset[str]) -> set[str]:
    """The irregular forms whose key is one of ``keys`` (ran, runs' key run; was, been: be)."""
    return {form for form, key in _IRREGULAR.items() if key in keys}


# Inflections a half-typed word may stop inside (prefix_keys completes it with the rest).
_SUFFIXES = ("s", "es", "ies", "ed", "ied", "ing", "edly", "ingly")
PREFIX_KEYS_MIN = 3  # shorter beginnings: only the terms that begin with them


def prefix_keys(prefix: str) -> set[str]:
    """Keys of words that begin with ``prefix`` (folded, lower case) that do not begin with it
    themselves: ``prefix`` completed by the rest of an inflection (changi -> changing -> chang,
    runn -> running -> run, librarie -> libraries -> librari), and the lemmas of the irregular
    forms it begins (childr -> children -> child). Empty below three letters."""
    if len(prefix) < PREFIX_KEYS_MIN or not prefix.isalpha() or not prefix.isascii():
        return set()
    found = {
        stem(prefix + suffix[cut:])
        for suffix in _SUFFIXES
        for cut in range(len(suffix))
        if prefix.endswith(suffix[:cut])
    }
    found.update(key for form, key in _IRREGULAR.items() if form.startswith(prefix))
    return {key for key in found if not key.startswith(prefix)}
