"""Turn the command line's INPUT arguments into a sorted list of input files.

An argument is a file, a folder (walked recursively, hidden entries skipped)
or a glob.  Each file gets a kind from its name, or from its first bytes when
the name says nothing.  An argument that names nothing is an unusable
argument: `InputError` before any work starts, never a silent empty run.
"""

from __future__ import annotations

import glob
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from copydesk.errors import InputError
from copydesk.readers.sniff import looks_like_html

FileKind = Literal["warc", "arc", "jsonl", "html", "text"]
CONTAINER_KINDS: frozenset[FileKind] = frozenset({"warc", "arc", "jsonl"})  # files of many records each

# Suffixes (after an optional compression suffix) that name a file's kind.
COMPRESSION_SUFFIXES = (".gz", ".zst")
KIND_BY_SUFFIX: dict[str, FileKind] = {
    ".warc": "warc",
    ".arc": "arc",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".txt": "text",
    ".text": "text",
    ".wet": "warc",  # Common Crawl's WET: a WARC of the pages' scraped text (`readers.warc`)
}
SNIFF_BYTES = 8192  # enough to see markup in an unnamed file


@dataclass(frozen=True, slots=True)
class InputFile:
    path: str
    kind: FileKind
    size: int


def _suffix_kind(path: Path) -> FileKind | None:
    name = path.name.lower()
    for compression in COMPRESSION_SUFFIXES:
        if name.endswith(compression):
            name = name[: -len(compression)]
    return KIND_BY_SUFFIX.get(os.path.splitext(name)[1])


def _sniff_kind(path: Path) -> FileKind:
    """Kind of a file whose name says nothing: WARC magic, then markup, else text."""
    try:
        with path.open("rb") as handle:
            head = handle.read(SNIFF_BYTES)
    except OSError:
        return "text"  # unreadable: the reader turns it into an error row
    if head.startswith(b"\x1f\x8b"):
        return "html"  # gzip of unknown content: extract inflates and sniffs again
    if head.startswith(b"WARC/"):
        return "warc"
    if head.startswith(b"filedesc://"):
        return "arc"
    if head.lstrip().startswith(b"{"):
        return "jsonl"
    return "html" if looks_like_html(head) else "text"


def _file(path: Path) -> InputFile:
    kind = _suffix_kind(path) or _sniff_kind(path)
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    return InputFile(str(path), kind, size)


def _walk(folder: Path) -> list[Path]:
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found += [Path(root) / f for f in sorted(files) if not f.startswith(".")]
    return found


def expand_inputs(arguments: list[str]) -> list[InputFile]:
    """Every file the arguments name, each once, in a stable order."""
    seen: set[str] = set()
    out: list[InputFile] = []
    for argument in arguments:
        path = Path(argument)
        if path.is_dir():
            paths = _walk(path)
        elif path.exists() or os.path.islink(argument):
            paths = [path]
        else:
            paths = [Path(p) for p in sorted(glob.glob(argument, recursive=True)) if not Path(p).is_dir()]
            if not paths:
                raise InputError("input:no_such_path", f"{argument!r} names no file, folder or glob match")
        for p in paths:
            key = os.path.abspath(p)
            if key not in seen:
                seen.add(key)
                out.append(_file(p))
    return out
