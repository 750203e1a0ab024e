"""A page title's site name, told apart by the separators around it ("Headline | Site").

Read by `title` (the title's candidates) and by `page` (the headline the byline and date are
looked for under, where no h1 gives one), so it sits below both.
"""

from __future__ import annotations

import re

TITLE_SEPARATORS = re.compile(r"(\s+(?:[|–—•·»:~/]|-{1,2}|::)\s+)")
DANGLING_SEPARATOR = re.compile(r"\s+(?:[|–—•·»~/]|-{1,2}|::)$")  # not ":" ("Update:" is a headline's)


def strip_site_name(title: str) -> str:
    """`title` without its site name: the longest part between separators; a separator left
    dangling at its end ("Headline |": an empty site name) goes too."""
    title = DANGLING_SEPARATOR.sub("", title)
    parts = TITLE_SEPARATORS.split(title)[::2]
    return max(parts, key=len).strip() if len(parts) > 1 else title
