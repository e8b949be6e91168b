"""Imported once by the batch workers' forkserver (``stages.WORKER_PRELOAD``).

Loading fastText's model, the outlet registry (with its compiled patterns) and the story terms'
word lists here, before any worker forks, lets the workers share those pages instead of each
building its own. lingua is deliberately not loaded here: it starts a thread pool, and a process
forked from one that holds threads deadlocks on its first parallel call (measured: the workers
hung). Settings other than the defaults still work: a worker then builds what it needs on first
use.
"""

from __future__ import annotations

import gc

from pipeline import wordrarity
from pipeline.annotate.language import fast_model
from pipeline.config import DEFAULT_LANGUAGES, Settings
from pipeline.stages import _context_parts

_defaults = {name: field.default for name, field in Settings.model_fields.items()}
_identify, _registry = _context_parts(
    tuple(DEFAULT_LANGUAGES),
    _defaults["min_segment_chars"],
    _defaults["language_accuracy"],
    _defaults["language_detector"],
)
fast_model()
_registry.find_aliases("")
_registry.find_domains("")
_registry.find_names("")
_registry.find_signatures("")
# Word-rarity tables of the languages most articles are in (memory-mapped, built on first use
# on this machine); others map in a worker on first use.
for _language in ("de", "en", "fr"):
    wordrarity.table(_language)

# Last: move everything imported so far out of the garbage collector's reach. A collection in
# a worker writes to the header of every object it visits, which copies each page holding one
# from the server into the worker; frozen objects are never visited, so those pages stay shared.
gc.freeze()
