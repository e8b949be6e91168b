"""Writing systems the cleaning and language rules must count differently from Latin text."""

from __future__ import annotations

import re

# Scripts written without spaces between words (Thai, Lao, Myanmar, Khmer, Japanese kana,
# Chinese characters): their text has few "words" between spaces, so it is counted in letters
SPACELESS_LETTER = re.compile(
    r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
    r"\uf900-\ufaff]"
)
# The scripts of India (Devanagari to Sinhala): their vowel signs and viramas are marks, not
# letters, so "नमस्ते" is one word only when the whole block counts
INDIC = r"\u0900-\u0dff"
