"""Many regular expressions tried on one text in a single pass, with ``re``'s exact answers.

The cleaning rules are dozens of ``re`` patterns tried line by line; a line of article text
matches none of them, yet paid ~25 separate scans (~60 µs a line, a third of cleaning). A
``PatternSet`` compiles a *looser* RE2 version of every pattern into one RE2 set (one DFA scan
of the line says which patterns may match), then asks ``re`` only about those. ``re`` stays the
judge, so results are exactly ``re``'s; RE2 only has to never miss a match ``re`` would find:

- ``\\b`` and ``\\B`` are dropped (no assertion matches more);
- ``\\w``, ``\\d`` and ``\\s`` are ASCII in RE2 and Unicode in ``re``: outside negated classes
  they are widened to Unicode categories; their negations (``\\W``, ``[^\\s…]``) are already
  looser in RE2 as they are;
- look-around assertions are dropped (no assertion matches more), except a negative
  look-behind opening the pattern and a negative look-ahead closing it whose (first)
  alternative is one character class: ``(?<![\\w.])`` becomes ``(?:^|[^\\w.])``, which consumes
  the character before instead of looking at it (a set only says whether there is a match, not
  where), and the class keeps RE2's ASCII shorthands, so it rules out no character ``re``'s
  assertion admits. Dropping those edges let an outlet alias through inside every longer
  word ("Wort" for "RT"): nine in ten lines RE2 passed on to ``re`` then held no alias;
- back-references match any text;
- a pattern RE2 cannot compile all the same is always a candidate.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Callable, Iterator, Sequence

import re2

_WIDE = {"w": r"\pL\pN\pM_", "d": r"\pN", "s": r"\s\pZ\x{85}\x{1c}-\x{1f}"}


def loosen(pattern: str) -> str:
    """An RE2 pattern matching at least every string ``pattern`` matches under ``re``."""
    pattern = _consuming_edges(pattern)
    out: list[str] = []
    i, in_class, negated = 0, False, False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\" and i + 1 < len(pattern):
            code = pattern[i + 1]
            if code in "bB" and not in_class:
                pass  # dropped: looser
            elif code in "123456789" and not in_class:
                out.append("(?s:.*)")  # a back-reference: any text (looser)
            elif code in _WIDE and not negated:
                wide = _WIDE[code]
                out.append(wide if in_class else f"[{wide}]")
            else:
                out.append(pattern[i : i + 2])
            i += 2
            continue
        if not in_class and pattern.startswith("(?P=", i):
            i = pattern.index(")", i) + 1
            out.append("(?s:.*)")  # a named back-reference: any text (looser)
            continue
        if not in_class and pattern.startswith(_LOOKAROUNDS, i):
            i = _group_end(pattern, i)  # dropped: looser
            continue
        if char == "[" and not in_class:
            in_class = True
            negated = pattern.startswith("^", i + 1)
            out.append("[^" if negated else "[")
            i += 2 if negated else 1
            if pattern.startswith("]", i):  # a literal "]" first in the class
                out.append("\\]")
                i += 1
            continue
        if char == "]" and in_class:
            in_class = negated = False
        if char == "{" and not in_class and (wide := _WIDE_COUNT.match(pattern, i)):
            # "[\w .]{2,30}": RE2 unrolls a counted repeat, thirty copies of a class that is
            # Unicode-wide here; "{2,}" is looser and keeps the set's program small
            least = int(wide.group(1) or 0)
            out.append(f"{{{least},}}" if least else "*")
            i = wide.end()
            continue
        out.append(char)
        i += 1
    return "".join(out)


# a counted repeat whose upper bound is 10 or more
_WIDE_COUNT = re.compile(r"\{(\d*),\d{2,}\}")


def _consuming_edges(pattern: str) -> str:
    """``pattern`` with its edge look-arounds over one character class made consuming (see the
    module docstring); any other look-around is left for ``loosen`` to drop."""
    if pattern.startswith("(?<!"):
        end = _group_end(pattern, 0)
        inner = _first_class(pattern[4 : end - 1])
        if inner is not None:
            pattern = f"(?:^|[^{inner}])" + pattern[end:]
    for start in _lookahead_starts(pattern):
        if _group_end(pattern, start) == len(pattern):
            inner = _first_class(pattern[start + 3 : -1])
            if inner is not None:
                pattern = pattern[:start] + f"(?:$|[^{inner}])"
            break
    return pattern


def _first_class(alternatives: str) -> str | None:
    """The inside of the character class (or the class shorthand) that is the whole first
    alternative of a look-around's content; None if it is anything else."""
    if alternatives[:2] in {r"\w", r"\d", r"\s"}:
        inner, rest = alternatives[:2], alternatives[2:]
    elif alternatives.startswith("[") and not alternatives.startswith("[^"):
        i = 2 if alternatives.startswith("[]") else 1
        while i < len(alternatives) and alternatives[i] != "]":
            i += 2 if alternatives[i] == "\\" else 1
        if i >= len(alternatives):
            return None
        inner, rest = alternatives[1:i], alternatives[i + 1 :]
    else:
        return None
    return inner if rest == "" or rest.startswith("|") else None


def _lookahead_starts(pattern: str) -> list[int]:
    """Where each ``(?!`` outside a character class and not escaped begins."""
    return [i for i in _syntax_positions(pattern, 0) if pattern.startswith("(?!", i)]


def _syntax_positions(pattern: str, i: int) -> Iterator[int]:
    """Indexes from ``i`` on of the characters that are regex syntax: not escaped and not
    inside a character class."""
    in_class = False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if pattern.startswith("^]", i + 1) or pattern.startswith("]", i + 1):
                i += 2 if pattern[i + 1] == "]" else 3
                continue
        else:
            yield i
        i += 1


_FLAGS = ((re.IGNORECASE, "i"), (re.MULTILINE, "m"), (re.DOTALL, "s"))
_SUPPORTED = re.IGNORECASE | re.MULTILINE | re.DOTALL | re.UNICODE
_LOOKAROUNDS = ("(?=", "(?!", "(?<=", "(?<!")


def _group_end(pattern: str, i: int) -> int:
    """The index after the group that opens at ``pattern[i]``."""
    depth = 0
    for at in _syntax_positions(pattern, i):
        if pattern[at] == "(":
            depth += 1
        elif pattern[at] == ")":
            depth -= 1
            if depth == 0:
                return at + 1
    raise ValueError(f"unbalanced group in {pattern!r}")


class PatternSet:
    """Patterns to try on a text; ``matching`` answers which do, as ``re.search`` would.

    The RE2 set is compiled on first use, not when the set is made: the line rules' sets are
    ~55 MB, and the run's main process imports them (through the outlet registry) but never
    cleans a page while its workers do. ``build_all`` compiles every set made so far; the
    workers' server calls it before it forks, so the workers share one compiled copy."""

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        self.patterns = tuple(patterns)
        self._always: list[int] = []
        self._index: list[int] = []  # RE2 set index -> pattern index
        self._match: Callable[[bytes], list[int]] = self._build_and_match
        _UNBUILT.add(self)

    def _build_and_match(self, data: bytes) -> list[int]:
        self.build()
        return self._match(data)

    def build(self) -> None:
        """Compile the RE2 set (once)."""
        if self._match != self._build_and_match:
            return
        options = re2.Options()
        # RE2 gives up on a text (and reports no match) if its DFA outgrows this budget: keep it
        # far above what these sets use (a few MB; the budget is not allocated up front).
        options.max_mem = 256 << 20
        options.log_errors = False  # a pattern it cannot compile is handled below
        compiled = re2.Set.SearchSet(options)
        always: list[int] = []
        index: list[int] = []
        for number, pattern in enumerate(self.patterns):
            flags = "".join(letter for flag, letter in _FLAGS if pattern.flags & flag)
            loose = (f"(?{flags})" if flags else "") + loosen(pattern.pattern)
            try:
                if pattern.flags & ~_SUPPORTED:
                    raise re2.error("flags RE2 does not have")
                re2.compile(loose, options)
                compiled.Add(loose)
            except re2.error:
                always.append(number)
                continue
            index.append(number)
        compiled.Compile()
        self._always, self._index = always, index
        # The extension's own method: the Python wrapper's type test and call were a quarter
        # of the cost of a call that finds nothing (~1 µs of ~4).
        self._match = compiled._set.Match
        _UNBUILT.discard(self)

    def candidates(self, text: str) -> list[int]:
        """Indexes (ascending) of the patterns that may match ``text``. Called ~150 times a
        page, mostly to hear "none", so that answer takes the shortest way."""
        found = self._match(text.encode())  # bytes: the wrapper's own encoding is slower
        if not found:
            return list(self._always)
        if not self._always:
            return sorted([self._index[k] for k in found])
        return sorted({*(self._index[k] for k in found), *self._always})


# Sets made but not compiled yet (``build_all``).
_UNBUILT: weakref.WeakSet[PatternSet] = weakref.WeakSet()


def build_all() -> int:
    """Compile every set made so far in this process; how many were compiled."""
    unbuilt = list(_UNBUILT)
    for found in unbuilt:
        found.build()
    return len(unbuilt)


class Prefiltered:
    """One ``re`` pattern whose ``search`` asks RE2 first: a case-insensitive alternation of
    phrases costs ``re`` a scan per alternative at every position (~30 µs a line for the
    donation cues), RE2 one DFA pass; ``re`` still gives the answer where RE2 sees a chance."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self._set = PatternSet([pattern])

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text) if self._set.candidates(text) else None
