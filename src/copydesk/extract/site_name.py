"""A page title's site name, told apart by the separators around it ("Headline | Site").

Read by `title` (the title's candidates) and by `page` (the headline the byline and date are
looked for under, where no h1 gives one), so it sits below both.
"""

from __future__ import annotations

import re

# Chinese, Japanese and Korean titles set the site's name apart without spaces: by a full-width
# bar ("見出し｜サイト名") or an underscore between two of their letters ("标题_栏目_网站名").
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
TITLE_SEPARATORS = re.compile(rf"(\s+(?:[|–—•·»:~/]|-{{1,2}}|::)\s+|\s*｜\s*|(?<=[{_CJK}])_(?=[{_CJK}]))")
DANGLING_SEPARATOR = re.compile(r"\s+(?:[|–—•·»~/]|-{1,2}|::)$")  # not ":" ("Update:" is a headline's)


def strip_site_name(title: str) -> str:
    """`title` without its site name: the longest part between separators; a separator left
    dangling at its end ("Headline |": an empty site name) goes too."""
    title = DANGLING_SEPARATOR.sub("", title)
    parts = TITLE_SEPARATORS.split(title)[::2]
    return max(parts, key=len).strip() if len(parts) > 1 else title
