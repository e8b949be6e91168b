"""Imported once by the batch workers' forkserver (``stages.WORKER_PRELOAD``).

Everything a worker would otherwise load on its first batch is loaded here, before any worker
forks, so the workers share those pages instead of each building its own copy: fastText's
model, lingua's models, the outlet registry and the cleaning rules (with their compiled RE2
sets), the story terms' word lists and rensa's MinHash parameters. Great Expectations is not:
only the gate process (``stages.process_batches``) validates, and it imports GX itself while the
workers start.
lingua's models are loaded one text at a time: its bulk calls start a thread pool, and a
process forked from one that holds that pool deadlocks on its first parallel call (measured:
the workers hung). Settings other than the defaults still work: a worker then builds what it
needs on first use.
"""

from __future__ import annotations

import gc

from pipeline import links, patternset, wordrarity
from pipeline.annotate.dates import find_dates
from pipeline.annotate.language import fast_model, preload_models
from pipeline.config import Settings
from pipeline.stages import _context_parts, _trim_heap

_defaults = Settings.model_construct()  # the defaults, not this process's environment
_identify, _registry = _context_parts(
    tuple(_defaults.languages),
    _defaults.min_segment_chars,
    _defaults.language_accuracy,
    _defaults.language_detector,
)
fast_model()
preload_models(_identify.languages, _identify.accuracy)
_registry.find_aliases("")
_registry.find_domains("")
_registry.find_names("")
_registry.find_signatures("")
# Word-rarity tables of the languages most articles are in (memory-mapped, built on first use
# on this machine); others map in a worker on first use.
for _language in ("de", "en", "fr"):
    wordrarity.table(_language)
links.signatures(["a first page to sign"])  # one sketch: rensa's shared parameters, no threads
# The cleaning rules' and the dates' RE2 sets compile on first use (the run's main process never
# uses them): compile them here, once for every worker.
find_dates("am 12. März 2025 um 14:30 Uhr")
patternset.build_all()
# RE2's compiler frees ~30 MB of scratch memory that glibc would keep in this server's heap
# (measured: 308 MB unique to the server without this, 279 with the sets compiled at import)
_trim_heap()

# Last: move everything imported so far out of the garbage collector's reach. A collection in
# a worker writes to the header of every object it visits, which copies each page holding one
# from the server into the worker; frozen objects are never visited, so those pages stay shared.
gc.freeze()
