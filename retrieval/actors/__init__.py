"""Actors: the people, countries and organisations the documents mention, and the sentences in which they speak.

This package owns the actor algorithm: rules over capitalised word sequences, checked by measurement against a
hand-made gold (`bench/actors.py`). All of it is pure and synchronous but `refresh`, which keeps the stored actors
up to date through the SQL functions of `retrieval.store.actor_tables` (the store never imports this package).

The work is split so that a store can redo only what a changed document touches:

- `lexicon`: the word lists (country gazetteer, titles, speech verbs, common words) and the tokens and merge keys
  of names.
- `analysis`: `analyse_document` reads one document (the only step that reads text) and returns its facts
  (`facts`): how often each form of each name occurs with its evidence, the capitalised common words it has in
  mid-sentence, and per sentence what linking needs. None of it depends on other documents.
- `merge`: `decide_actors` merges the name counts of the whole corpus into actors (surname into full name,
  "al-Assad" = "Assad", an acronym into the organisation it spells) and decides each one's kind or drops it. It
  reads counts per distinct name form, and each name's edges depend on a few other names only.
- `link`: `link_document` resolves one document's facts against the actors: mentions, statements, continuations.
- `corpus`: `find_actors` chains the three over a whole corpus at once.
- `refresh`: incremental upkeep in the store. It keeps each document's facts, the corpus's name counts and the name
  graph; it re-analyses only the documents written since, redoes only the names and components they touch, and
  re-links only the documents whose names now resolve to another actor or kind. The result is `find_actors`'s.
- `directory`: questions about the stored result: look-up by name or alias, suggestions, autocomplete
  (`ActorDirectory`) and the summary of one actor (`summarize`).
"""
