from collections.abc import Callable, Iterable
from re import Pattern
from typing import Any

def bind(addresses: dict[str, int | None]) -> None: ...

class Rules:
    def __init__(
        self,
        element_type: type,
        block_type: type,
        concepts_of_value: Callable[[str], int],
        hidden_style: Pattern[str],
        streamed_boundary: Pattern[str],
        block_tags: Iterable[str],
        skip_tags: Iterable[str],
        ancestor_tag_bit: dict[str, int],
        max_elements: int,
        max_attr_chars: int,
    ) -> None: ...

def walk(root_address: int, rules: Rules, seg: Any, honour_hidden: bool = True) -> Any: ...
