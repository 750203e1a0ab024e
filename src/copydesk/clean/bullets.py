"""The bullets a text renderer prints before a list's items, taken off.

Text browsers and converters print a list item behind a mark: inscriptis and
lynx "* " (and "+ ", an indented "o " deeper in), w3m "• ".  html-text, whose renderings the
line model learnt from, prints none, and the model read a bulleted menu's lines
("* Home", "+ Giving 101") as something other than the menu they are: the
headline was taken as "* Beranda".  Where a renderer bulleted every list (its
menus' items make MIN_BULLET_SHARE of the text's lines or more), each line's
indentation and bullet are taken off before the lines are read; the words stay.
A page's own bullets, typed in its story's lists ("• Intro to Ohm's Law"), are
fewer, and tell the model a list is the story's: they are left (taken off
there, 43 html-text renderings of the dev pages moved, WCXB -0.00001, a course
outline of 13 bulleted lines cut as a menu).

The dev pages as inscriptis prints them: Zyte 0.901 -> 0.919, WCXB 0.836 ->
0.838 (the indented "o " from 0.909: "o Place a Classified Ad" had been the
title); the held-out pages so printed (text mode against HTML mode's text, 180
pages) 0.887 -> 0.892; html-text's renderings: two dev pages move (-0.003,
+0.003).  A dash is no bullet here: a line opening on one may be a line of
dialogue ("- Where are you going?").
"""

from __future__ import annotations

import re

# A bullet mark at a line's start, or the letter "o" indented (inscriptis's and lynx's third level;
# not at the margin, where it is a word: "o Brasil", "o meglio").
_BULLET = re.compile(r"^[ \t]*[*+•◦▪‣][ \t]+(?=\S)|^[ \t]+o[ \t]+(?=\S)", re.M)
# The share of a text's lines that are bulleted where a renderer bulleted them: inscriptis's
# renderings of the dev pages 0.11 or more on nine in ten, html-text's (a page's own bullets)
# under 0.1 on all but four of the 43 with any.
MIN_BULLET_SHARE = 0.1


def without_bullets(text: str) -> str:
    """`text` with each line's list bullet (and the indentation before it) taken off, where a
    renderer bulleted its lists (above)."""
    stripped, bullets = _BULLET.subn("", text)
    if not bullets or bullets < MIN_BULLET_SHARE * sum(1 for line in text.splitlines() if line.strip()):
        return text
    return stripped
