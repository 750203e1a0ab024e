from collections.abc import Callable, Iterable
from typing import Any

def bind(addresses: dict[str, int | None]) -> None: ...

class Element:
    tag: str
    parent: int
    depth: int
    own_concepts: int
    concepts: int
    tags: int
    chars: int
    link_chars: int
    blocks: int
    def __init__(
        self, tag: str, parent: int, depth: int, own_concepts: int, concepts: int, tags: int,
        chars: int = 0, link_chars: int = 0, blocks: int = 0,
    ) -> None: ...

class TextBlock:
    text: str
    owner: int
    link_chars: int
    in_pre: bool
    phrases: frozenset[str]
    def __init__(self, text: str, owner: int, link_chars: int, in_pre: bool, phrases: frozenset[str] = ...) -> None: ...

class Rules:
    def __init__(
        self,
        concept_literals: Iterable[tuple[bytes, int, bool, bool]],
        concepts_of_value: Callable[[str], int],
        hiding: Callable[[bool, str | None, str | None, str | None, str | None], int],
        block_text: Callable[[str, bool], str],
        block_tags: Iterable[str],
        skip_tags: Iterable[str],
        unwrap_tags: Iterable[str],
        ancestor_tag_bit: dict[str, int],
        max_elements: int,
        max_attr_chars: int,
        paragraph_breaks: int,
    ) -> None: ...

def walk(root_address: int, rules: Rules, seg: Any, honour_hidden: bool = True) -> Any: ...
def collapse(pieces: list[bytes], in_pre: bool = False) -> tuple[str, list[int]]: ...
def class_holders(root_address: int, words: tuple[bytes, ...], limit: int) -> list[int]: ...
def deep_text(address: int, separator: bytes, max_bytes: int = -1) -> str | None: ...
def heading_pieces(address: int, break_tags: frozenset[str], label_class: bytes = b"", hidden_classes: tuple[bytes, ...] = ()) -> str: ...
def attribute_words(root_address: int, rules: tuple[tuple[bytes, bytes], ...]) -> int: ...

class TagSet:
    names: frozenset[str]
    def __init__(self, names: Iterable[str]) -> None: ...

def strip_elements(root_address: int, tags: TagSet, popup_words: tuple[bytes, ...], headings: list[tuple[int, int]] | None = None) -> int: ...
def container_links(root_address: int, class_words: tuple[bytes, ...], id_words: tuple[bytes, ...], limit: int) -> list[int]: ...
def attribute_of(address: int, name: bytes) -> str | None: ...
def href_of(address: int) -> str: ...
def attribute_rows(root_address: int, tags: TagSet, names: tuple[bytes, ...], limit: int) -> list[tuple[str | None, ...]]: ...
def check_element_slots(element_address: int) -> bool: ...
def attribute_slots_agree(root_address: int) -> bool: ...
def head_facts(
    root_address: int,
    media_limit: int,
    time_limit: int = 0,
    class_words: tuple[bytes, ...] = (),
    id_words: tuple[bytes, ...] = (),
    attribute_rules: tuple[tuple[bytes, bytes], ...] = (),
    folded_class_words: tuple[bytes, ...] = (),
    folded_id_words: tuple[bytes, ...] = (),
) -> tuple[
    str | None,
    list[str],
    list[tuple[str | None, str | None, str | None, str | None, str | None]],
    str | None,
    list[tuple[str, str, str | None, str | None]] | None,
    list[tuple[str | None, ...]],
    int,
    int,
    bool,
    int,
]: ...
def short_headings(root_address: int, tags: TagSet, max_bytes: int, limit: int) -> list[tuple[str, int]]: ...
def links_in(address: int, limit: int) -> list[int]: ...
