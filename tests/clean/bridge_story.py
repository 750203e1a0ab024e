"""A short news story about a bridge vote, shared by the text-mode tests that build pages
around it (a `<title>` line, menus, bylines, boxes) to see what the cleaner keeps."""

from __future__ import annotations

HEADLINE = "Council votes to replace the old river bridge"
STORY = [
    "The town council voted on Monday to replace the old river bridge, closing a debate that has run for a decade.",
    "The new bridge will carry two lanes of traffic and a cycle path, and work is due to start in the spring.",
    "Residents who opposed the plan said the council had not listened to the people who live closest to the river.",
    "The council said the old bridge had failed two inspections and could not be repaired at a reasonable cost.",
]


def page(*lines: str) -> str:
    """`lines` as a page's text, one paragraph each."""
    return "\n\n".join(lines)
