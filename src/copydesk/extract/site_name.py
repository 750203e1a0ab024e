"""A page title's site name, told apart by the separators around it ("Headline | Site").

Read by `title` (the title's candidates) and by `page` (the headline the byline and date are
looked for under, where no h1 gives one), so it sits below both.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Chinese, Japanese and Korean titles set the site's name apart without spaces: by a full-width
# bar ("見出し｜サイト名") or an underscore between two of their letters ("标题_栏目_网站名").
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
_SEPARATOR = re.compile(rf"(\s+(?:[|–—•·«»:~/‹›]|-{{1,2}}|::)\s+|\s*｜\s*|(?<=[{_CJK}])_(?=[{_CJK}]))")
# A French quote is part of the headline, not a separator ("Bâle répond « non merci » au projet"):
# its spaces are hidden from `_SEPARATOR` (as private-use characters, one for one) while the title
# is split.  An unclosed "«" and single guillemets set the site's name apart ("Headline « Blog",
# "Headline ‹ Site": WordPress themes' titles).
_FRENCH_QUOTE = re.compile(r"«[^«»]{1,200}»")
_HIDDEN_SPACES = str.maketrans({" ": "\ue000", "\xa0": "\ue001", "\u202f": "\ue002", "\t": "\ue003", "\u2009": "\ue004"})  # French typography's spaces too
_SHOWN_SPACES = str.maketrans({hidden: chr(space) for space, hidden in _HIDDEN_SPACES.items()})


def _hide_quotes(title: str) -> str:
    return _FRENCH_QUOTE.sub(lambda quote: quote[0].translate(_HIDDEN_SPACES), title) if "«" in title else title


SPLIT_CACHE_SIZE = 256  # titles split lately: a page's <title>, og:title and headline are split several times each


@lru_cache(maxsize=SPLIT_CACHE_SIZE)
def _split(title: str) -> tuple[str, ...]:
    hidden = _hide_quotes(title)
    pieces = _SEPARATOR.split(hidden)
    return tuple(pieces if hidden is title else (piece.translate(_SHOWN_SPACES) for piece in pieces))


class _TitleSeparators:
    """`_SEPARATOR`'s `split` and `search`, French quotes kept whole (`_hide_quotes`)."""

    def split(self, title: str) -> tuple[str, ...]:
        """The pieces and the separators between them, as `re.split` gives them (remembered:
        pure, and each page asks for the same few titles' pieces again)."""
        return _split(title)

    def search(self, title: str) -> re.Match[str] | None:
        return _SEPARATOR.search(_hide_quotes(title))  # the positions are the title's: one character for one


TITLE_SEPARATORS = _TitleSeparators()
DANGLING_SEPARATOR = re.compile(r"\s+(?:[|–—•·»~/]|-{1,2}|::)$")  # not ":" ("Update:" is a headline's)


def strip_site_name(title: str) -> str:
    """`title` without its site name: the longest part between separators; a separator left
    dangling at its end ("Headline |": an empty site name) goes too."""
    title = DANGLING_SEPARATOR.sub("", title)
    parts = TITLE_SEPARATORS.split(title)[::2]
    return max(parts, key=len).strip() if len(parts) > 1 else title
