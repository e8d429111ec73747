"""`isinstance` against a runtime-checkable protocol of methods, decided once a class.

Why: Python 3.11 checks such a protocol by looking up each of its members on the object (`typing._ProtocolMeta`),
20-40 µs a check, and a question's path made ~8 of them (is the engine paragraph-aware, do the sentences prefetch,
do they read texts alone): ~0.2-0.3 ms of a question at 300,000 sentences. A class either has the methods or not
(nothing in retrieval/ adds methods to an instance or answers them through `__getattr__`), so the answer is kept
by class. Not for protocols with data members (`Structured`): an instance attribute may come and go.
"""

from __future__ import annotations

_DECIDED: dict[tuple[type, type], bool] = {}


def implements(value: object, protocol: type) -> bool:
    """`isinstance(value, protocol)` for a `runtime_checkable` protocol whose members are all methods (each protocol
    gives it a `TypeGuard` of its own beside it: `is_paragraph_aware`, `prefetches`, `_reads_texts`)."""
    key = (type(value), protocol)
    known = _DECIDED.get(key)
    if known is None:
        known = _DECIDED[key] = isinstance(value, protocol)
    return known
