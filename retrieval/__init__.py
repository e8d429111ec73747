"""docbot's engine: reading documents, the SQLite store, BM25 ranking and actor summaries.

Nothing here imports discord. The pure modules (text, tokenize, engine, answer, actors) are plain synchronous
functions; `store` holds all SQL and `service` is the one async facade the bot and the command line use.
"""
