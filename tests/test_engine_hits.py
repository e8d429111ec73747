"""The on-disk engine's hits (retrieval/index/engine.py, tantivy_engine.py): plain tuples in field order, best first
with ties by id, and the same evidence whichever of its queries gives it."""

from __future__ import annotations

from retrieval.index.engine import ParagraphHit, SentenceHit
from retrieval.index.tantivy_engine import TantivyEngine

# Made-up sentences in paragraphs of three: 0-2, 3-5, 6-8, 9-11.
CORPUS: list[list[str]] = [
    ["lantern", "harbour", "fog"],
    ["ferry", "lantern", "dock"],
    ["gull", "rope", "tide"],
    ["lantern", "harbour", "fog"],  # ties with 0: same terms, same length
    ["anchor", "chain", "rust"],
    ["harbour", "master", "bell"],
    ["lantern", "lantern", "keeper"],
    ["keeper", "stair", "lamp"],
    ["harbour", "wall", "storm"],
    ["orchard", "pear", "frost"],
    ["lantern", "harbour", "fog"],  # ties with 0 and 3
    ["pear", "cider", "press"],
]
PARAGRAPHS = [position // 3 for position in range(len(CORPUS))]


def engine() -> TantivyEngine:
    return TantivyEngine.from_tokens(CORPUS, PARAGRAPHS)


def test_hits_are_tuples_in_field_order() -> None:
    hit = SentenceHit(3, 1.5, 2)
    assert hit == (3, 1.5, 2) and (hit.position, hit.score, hit.unit) == (3, 1.5, 2)
    position, score, unit = hit
    assert (position, score, unit) == (3, 1.5, 2)
    paragraph = ParagraphHit(6, 2.5, (6, 9))
    assert paragraph == (6, 2.5, (6, 9)) and paragraph.span == (6, 9)


def test_sentence_hits_best_first_ties_by_id_with_units() -> None:
    hits = engine().sentence_hits(["lantern", "harbour"], 20)
    assert all(type(h) is SentenceHit for h in hits)
    scores = [h.score for h in hits]
    assert scores == sorted(scores, reverse=True)
    tied = [h.position for h in hits if h.score == hits[0].score]
    assert tied == sorted(tied) and {0, 3, 10} <= set(tied)
    assert {h.position: h.unit for h in hits} == {h.position: 3 * (h.position // 3) for h in hits}
    # A cut inside the tie group keeps its lowest ids.
    assert [h.position for h in engine().sentence_hits(["lantern", "harbour"], 2)] == tied[:2]


def test_paragraph_hits_spans_and_scores_agree() -> None:
    tantivy = engine()
    paragraphs = tantivy.paragraph_hits(["lantern", "pear"], 10)
    assert all(type(p) is ParagraphHit for p in paragraphs)
    assert {p.unit: p.span for p in paragraphs} == {0: (0, 3), 3: (3, 6), 6: (6, 9), 9: (9, 12)}
    scores = [p.score for p in paragraphs]
    assert scores == sorted(scores, reverse=True)
    chosen = {p.unit: p.score for p in paragraphs if p.unit in (9, 3)}
    assert tantivy.paragraph_scores(["lantern", "pear"], [9, 3]) == chosen


def test_sentence_hits_in_gives_every_match_of_the_paragraphs_with_its_own_score() -> None:
    tantivy = engine()
    terms = ["lantern", "keeper", "harbour"]
    everything = {h.position: h for h in tantivy.sentence_hits(terms, len(CORPUS))}
    chosen = [p for p in tantivy.paragraph_hits(terms, 10) if p.unit in (3, 6)]
    inside = tantivy.sentence_hits_in(terms, chosen)
    assert all(type(h) is SentenceHit for h in inside)
    assert sorted(h.position for h in inside) == [3, 5, 6, 7, 8]
    assert all(everything[h.position] == h for h in inside)
