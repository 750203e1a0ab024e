"""The block classifier: gradient-boosted trees, applied without LightGBM.

`scripts/train_blocks.py` trains a LightGBM model and exports its trees to
`models/blocks.json`; this module loads that file once per process and walks
all trees for all blocks, in C (`forest_fast.pyx`) where that is built, else
at once with one numpy step per tree level.  LightGBM
itself is needed only to train, so `import copydesk` stays light (importing
LightGBM pulls in scikit-learn and SciPy: seconds of start-up).  The model's
feature names are checked against `FEATURE_NAMES` at load time, so a stale
model fails loudly, not silently.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np
import numpy.typing as npt

from copydesk.extract.features import FEATURE_NAMES

try:  # the compiled tree walk (forest_fast.pyx); NumPy's walk where it is not built
    from copydesk.extract import forest_fast
except ImportError:  # pragma: no cover - depends on the build
    forest_fast = None  # type: ignore[assignment]

MODEL_DIR = Path(__file__).with_name("models")
BLOCK_MODEL = MODEL_DIR / "blocks.json"


class StaleModelError(RuntimeError):
    """The shipped model was trained on other features than the code makes."""


# Trees no deeper than this are also laid out complete (`complete_trees`): 2**depth leaves a
# tree, however few the tree has (the models here are 6 and 7 deep: 64 and 128 leaves).
MAX_COMPLETE_DEPTH = 10


# Fewer rows than this go down the packed trees (`PackedTrees`), trees side by side; more go
# down the complete ones, rows side by side (COMPLETE_LANES in `forest_fast`: a group of rows
# walks each tree's nodes while they are in the cache).  On the page-type model's one row the
# packed walk takes 48 µs cold and 10 warm against the complete one's 88 and 12; on the block
# model's ~160 rows the complete walk is ~6% faster (fewer loads a step).
PACKED_MAX_ROWS = 12


class CompleteTrees(NamedTuple):
    """A forest's trees as complete binary trees of its depth, in flat arrays: tree t's split
    nodes at ``t * (2**depth - 1)`` on, breadth first (node i's children at 2i + 1 and 2i + 2),
    its leaf values at ``t * 2**depth`` on.  A leaf above the last level becomes splits whose
    two sides lead to copies of it, so every walk takes `depth` steps and no child index
    is read (the walk is a chain of dependent loads: one fewer a step)."""

    feature: npt.NDArray[np.int32]
    threshold: npt.NDArray[np.float64]
    value: npt.NDArray[np.float64]


def complete_trees(forest: Forest) -> CompleteTrees:
    """`forest`'s trees laid out complete, level by level for all trees at once.  A leaf is its
    own child in the flat arrays (threshold +inf, both sides itself), so following both
    sides of it copies it down to the last level."""
    nodes = forest.roots[:, None]  # (trees, nodes on this level)
    features, thresholds = [], []
    for _ in range(forest.depth):
        features.append(forest.feature[nodes])
        thresholds.append(forest.threshold[nodes])
        nodes = np.stack((forest.left[nodes], forest.right[nodes]), axis=2).reshape(len(forest.roots), -1)
    return CompleteTrees(
        np.concatenate(features, axis=1).astype(np.int32).ravel(),
        np.concatenate(thresholds, axis=1).ravel(),
        forest.value[nodes].ravel(),
    )


class PackedTrees(NamedTuple):
    """A forest's trees packed for walks of few rows (`forest_fast.packed_leaf_sums`): tree
    t's nodes breadth first from ``roots[t]``, a node's 16 bytes its threshold (float64),
    feature (int32) and left child's index (int32; the right child is the next node), a
    leaf's threshold NaN and its left child its own index - 1 (every value goes right: the
    walk stays); the leaf values in `value`, at their nodes' indexes (0 at splits)."""

    nodes: npt.NDArray[np.uint8]
    value: npt.NDArray[np.float64]
    roots: npt.NDArray[np.int32]


PACKED_NODE = np.dtype([("threshold", "<f8"), ("feature", "<i4"), ("left", "<i4")])


def packed_trees(forest: Forest) -> PackedTrees:
    """`forest`'s trees packed, each breadth first with siblings side by side."""
    order: list[int] = []  # flat node ids in packed order
    roots: list[int] = []
    for root in forest.roots.tolist():
        roots.append(len(order))
        start = len(order)
        order.append(root)
        k = start
        while k < len(order):  # breadth first: a split's two children are appended together
            node = order[k]
            if forest.left[node] != node:
                order += (int(forest.left[node]), int(forest.right[node]))
            k += 1
    flat = np.asarray(order, dtype=np.int64)
    position = np.empty(forest.feature.size, dtype=np.int64)
    position[flat] = np.arange(flat.size)
    leaf = forest.left[flat] == flat
    packed = np.zeros(flat.size, dtype=PACKED_NODE)
    packed["threshold"] = np.where(leaf, np.nan, forest.threshold[flat])
    packed["feature"] = np.where(leaf, 0, forest.feature[flat])
    packed["left"] = np.where(leaf, np.arange(flat.size) - 1, position[forest.left[flat]])
    return PackedTrees(packed.view(np.uint8), np.where(leaf, forest.value[flat], 0.0), np.asarray(roots, dtype=np.int32))


@dataclass(frozen=True, slots=True)
class Forest:
    """All trees' nodes in flat arrays; a leaf points to itself on both sides."""

    feature: npt.NDArray[np.int64]
    threshold: npt.NDArray[np.float64]
    left: npt.NDArray[np.int64]
    right: npt.NDArray[np.int64]
    value: npt.NDArray[np.float64]
    roots: npt.NDArray[np.int64]
    depth: int
    num_class: int = 1
    children: npt.NDArray[np.int64] = field(init=False, repr=False)  # left and right interleaved, for the C walk
    complete: CompleteTrees | None = field(init=False, repr=False)  # the same trees laid out complete, for the C walk
    packed: PackedTrees = field(init=False, repr=False)  # and packed, for the C walk of few rows

    def __post_init__(self) -> None:
        object.__setattr__(self, "children", np.column_stack((self.left, self.right)).ravel())
        object.__setattr__(self, "complete", complete_trees(self) if 1 <= self.depth <= MAX_COMPLETE_DEPTH else None)
        object.__setattr__(self, "packed", packed_trees(self))

    def _leaf_sums(self, rows: npt.NDArray[np.float64], compiled: bool = True) -> npt.NDArray[np.float64]:
        """Per row and class, the sum of the leaf values reached (rows x classes)."""
        if compiled and forest_fast is not None:
            contiguous = np.ascontiguousarray(rows, dtype=np.float64)
            sums: npt.NDArray[np.float64]
            if len(contiguous) < PACKED_MAX_ROWS:
                packed = self.packed
                sums = forest_fast.packed_leaf_sums(contiguous, packed.nodes, packed.value, packed.roots, self.depth, self.num_class)
                return sums
            if (complete := self.complete) is not None:
                sums = forest_fast.complete_leaf_sums(
                    contiguous, complete.feature, complete.threshold, complete.value, self.roots.size, self.depth, self.num_class
                )
                return sums
            sums = forest_fast.leaf_sums(
                contiguous, self.feature, self.threshold, self.children, self.value, self.roots, self.depth, self.num_class
            )
            return sums
        leaves = self._leaf_values(rows)
        return leaves.reshape(rows.shape[0], -1, self.num_class).sum(axis=1)  # type: ignore[no-any-return]

    def _leaf_values(self, rows: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
        nodes = np.broadcast_to(self.roots, (rows.shape[0], self.roots.size)).copy()
        row_index = np.arange(rows.shape[0])[:, None]
        for _ in range(self.depth):
            go_left = rows[row_index, self.feature[nodes]] <= self.threshold[nodes]
            nodes = np.where(go_left, self.left[nodes], self.right[nodes])
        return self.value[nodes]

    def predict(self, rows: npt.NDArray[np.float64], compiled: bool = True) -> npt.NDArray[np.float64]:
        """Probability of the positive class (LightGBM's binary objective)."""
        raw = self._leaf_sums(rows, compiled)[:, 0]
        return 1.0 / (1.0 + np.exp(-raw))

    def predict_classes(self, rows: npt.NDArray[np.float64], compiled: bool = True) -> npt.NDArray[np.float64]:
        """Class probabilities (LightGBM's multiclass objective: trees cycle through classes)."""
        raw = self._leaf_sums(rows, compiled)
        exp = np.exp(raw - raw.max(axis=1, keepdims=True))
        return exp / exp.sum(axis=1, keepdims=True)  # type: ignore[no-any-return]


def forest_from_lightgbm(dump: dict[str, Any]) -> dict[str, Any]:
    """Flatten `Booster.dump_model()` into the arrays `Forest` walks (used by training)."""
    feature: list[int] = []
    threshold: list[float] = []
    left: list[int] = []
    right: list[int] = []
    value: list[float] = []
    roots: list[int] = []
    depth = 0

    def add(node: dict[str, Any], level: int) -> int:
        nonlocal depth
        index = len(feature)
        feature.append(0)
        threshold.append(0.0)
        left.append(index)
        right.append(index)
        value.append(0.0)
        if "leaf_value" in node:
            depth = max(depth, level)
            threshold[index] = float("inf")
            value[index] = float(node["leaf_value"])
            return index
        if node.get("decision_type", "<=") != "<=":
            raise ValueError("only numerical '<=' splits are supported")
        feature[index] = int(node["split_feature"])
        threshold[index] = float(node["threshold"])
        left[index] = add(node["left_child"], level + 1)
        right[index] = add(node["right_child"], level + 1)
        return index

    for tree in dump["tree_info"]:
        roots.append(add(tree["tree_structure"], 0))
    return {"feature_names": dump["feature_names"], "num_class": dump.get("num_class", 1), "feature": feature, "threshold": threshold,
            "left": left, "right": right, "value": value, "roots": roots, "depth": depth}  # fmt: skip


@cache
def load_forest(path: Path, feature_names: tuple[str, ...]) -> Forest:
    """Load an exported model once per process, checking its feature names."""
    data = json.loads(path.read_text())
    if tuple(data["feature_names"]) != feature_names:
        raise StaleModelError(f"{path} does not match the code's feature names: retrain it (scripts/train_*.py)")
    return Forest(
        np.asarray(data["feature"], dtype=np.int64), np.asarray(data["threshold"], dtype=np.float64),
        np.asarray(data["left"], dtype=np.int64), np.asarray(data["right"], dtype=np.int64),
        np.asarray(data["value"], dtype=np.float64), np.asarray(data["roots"], dtype=np.int64),
        int(data["depth"]), int(data.get("num_class", 1)),
    )  # fmt: skip


def load_model() -> Forest:
    return load_forest(BLOCK_MODEL, FEATURE_NAMES)


def score_blocks(rows: npt.NDArray[np.float64]) -> list[float]:
    """Probability that each block is main content."""
    if not len(rows):
        return []
    return load_model().predict(np.asarray(rows, dtype=np.float64)).tolist()  # type: ignore[no-any-return]
