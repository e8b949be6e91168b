"""newsdesk: scraped news articles to clean, annotated, quality-checked tables."""

import os as _os

import pyarrow as _pa

__version__ = "0.1.0"

# Arrow's default allocator (mimalloc) keeps freed pages for reuse; newsdesk's Arrow tables are
# batch-sized and short-lived, so the C allocator, which hands them back (with a heap trim after
# each batch), holds ~50 MB less per batch worker at the same speed (measured with
# ``newsdesk bench``). ARROW_DEFAULT_MEMORY_POOL set by the user still wins.
if "ARROW_DEFAULT_MEMORY_POOL" not in _os.environ:
    _pa.set_memory_pool(_pa.system_memory_pool())
