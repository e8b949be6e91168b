"""Closed vocabularies: segment kinds, quarantine reasons, date roles.

They are stored as plain strings in the tables; keeping them in one StrEnum each means a typo
fails at import time, and analysts can rely on the values listed in the README.
"""

from __future__ import annotations

from enum import StrEnum


class SegmentKind(StrEnum):
    """What a segment of an article is; only the first four are part of the body."""

    TITLE = "title"
    LEAD = "lead"
    SUBHEADING = "subheading"
    BODY = "body"
    SECTION_LABEL = "section_label"
    BREADCRUMB = "breadcrumb"
    NAVIGATION = "navigation"
    LANGUAGE_PICKER = "language_picker"
    COOKIE_NOTICE = "cookie_notice"
    SHARE = "share"
    BYLINE = "byline"
    AUTHOR_BIO = "author_bio"
    DATELINE = "dateline"
    READING_TIME = "reading_time"
    AUDIO_PLAYER = "audio_player"
    IMAGE_CAPTION = "image_caption"
    IMAGE_CREDIT = "image_credit"
    GALLERY_COUNTER = "gallery_counter"
    RELATED_LIST = "related_list"
    RELATED_LINK = "related_link"
    TAGS = "tags"
    NEWSLETTER = "newsletter"
    PAYWALL = "paywall"
    AD_MARKER = "ad_marker"
    COMMENT_PROMPT = "comment_prompt"
    COMMENT_FORM = "comment_form"
    DONATION_APPEAL = "donation_appeal"
    PAYMENT_DETAILS = "payment_details"
    ORIGINAL_TITLE = "original_title"
    CREDIT_LINE = "credit_line"
    SOURCES = "sources"  # "Verwendete Quellen": what the text was written from, cited
    REPEATED_TITLE = "repeated_title"
    REPEATED_TEXT = "repeated_text"  # a paragraph printed again (an AMP copy above the page)
    CMS_MARKER = "cms_marker"
    SOCIAL_EMBED = "social_embed"
    WIDGET = "widget"  # a data box inside the page: a share price, its day's range
    SUMMARY = "summary"  # a summary box over the text ("Das Wichtigste in Kürze"), often AI-made
    FOOTER = "footer"
    COPYRIGHT = "copyright"
    CONTACT = "contact"
    PAGE_METADATA = "page_metadata"  # a scraping tool's header: "Title: …", "URL Source: …"
    MARKUP = "markup"  # a tool's syntax: markdown's "# " and link targets, lynx's "[12]"


BODY_KINDS = frozenset({SegmentKind.LEAD, SegmentKind.SUBHEADING, SegmentKind.BODY})


class QuarantineReason(StrEnum):
    """Why a file or document was held back instead of published."""

    EMPTY = "empty"
    WHITESPACE_ONLY = "whitespace_only"
    BINARY = "binary"
    UNDECODABLE = "undecodable"
    TOO_LARGE = "too_large"
    UNREADABLE = "unreadable"
    NO_ARTICLE_TEXT = "no_article_text"
    PROCESSING_ERROR = "processing_error"
    QUALITY_CHECK_FAILED = "quality_check_failed"


class DateRole(StrEnum):
    """Where a date mention sits and what it means for the article."""

    PUBLISHED = "published"
    UPDATED = "updated"
    HEADER_TEXT = "header_text"
    RELATIVE = "relative"
    RELATED_LIST = "related_list"
    NARRATIVE = "narrative"
    BOILERPLATE = "boilerplate"
