"""Imported once by the batch workers' forkserver (``stages.WORKER_PRELOAD``).

Loading fastText's model, the outlet registry (with its compiled patterns) and the story terms'
word lists here, before any worker forks, lets the workers share those pages instead of each
building its own. lingua is deliberately not loaded here: it starts a thread pool, and a process
forked from one that holds threads deadlocks on its first parallel call (measured: the workers
hung). Settings other than the defaults still work: a worker then builds what it needs on first
use.
"""

from __future__ import annotations

from pipeline import links
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
# Word-frequency tables of the languages most articles are in (4-8 MB each, flat arrays);
# others load in a worker on first use.
links.zipf_many(["die"], "de")
links.zipf_many(["le"], "fr")
