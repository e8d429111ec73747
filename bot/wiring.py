"""The answer service and the feedback record as the settings configure them: the one place the bot and the command
line build them."""

from __future__ import annotations

import os

from bot.settings import Settings
from retrieval.answer.semantic import SemanticReranker
from retrieval.feedback import Feedback
from retrieval.service import AnswerService
from retrieval.store.database import Store

# The command line computes the sentence vectors with a thread per core, up to this many (measured on 2 cores only:
# 1.8x the sentences a second of one thread); the bot, in the background, with a core fewer, so that questions keep
# one (on 2 cores: one thread).
MAX_EMBEDDING_WORKERS = 8


def embedding_workers(serving: bool) -> int:
    """Threads computing the sentence vectors: every core for the command line, all but one for the bot."""
    cores = min(os.cpu_count() or 1, MAX_EMBEDDING_WORKERS)
    return max(1, cores - 1) if serving else cores


def build_service(
    settings: Settings, store: Store, reranker: SemanticReranker | None = None, *, serving: bool = False
) -> AnswerService:
    """The answer service over `store` for `settings` (the reranker is loaded by the caller: it takes a second);
    `serving` (the bot) computes missing sentence vectors in the background after each reindex (`embedding_workers`)."""
    return AnswerService(
        store,
        settings.docs_dir,
        max_file_bytes=settings.max_file_bytes,
        max_question_chars=settings.max_question_chars,
        engine=settings.engine,
        language=settings.language,
        reranker=reranker,
        embed_in_background=serving,
        embedding_workers=embedding_workers(serving),
        guarded=frozenset().union(*settings.collections.values()),
    )


def build_feedback(settings: Settings, store: Store) -> Feedback:
    """The record of questions and votes in `store`'s database, kept QUESTION_RETENTION_DAYS."""
    return Feedback(store.path, settings.question_retention_days)
