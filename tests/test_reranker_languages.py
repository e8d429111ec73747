"""The semantic reranker only reranks questions in languages its model reads (issue 12): docbot's own MiniLM learnt
from English and cuts Chinese and Japanese into single characters, so a question in those is ranked lexically."""

from __future__ import annotations

from pathlib import Path

from retrieval.answer.semantic import SemanticReranker, load_reranker, minilm_encoder
from retrieval.service import AnswerService
from tests.files import open_service, write_docs
from tests.test_semantic import CountingEncoder

ENGLISH = """# Keeping a job running

Start a long job with nohup so that it keeps running after you log out of the server.
A job started this way writes its output to a file called nohup.out in the current folder.
To see which jobs are still running, list them with the jobs command before you log out.
"""
CHINESE = """# 让任务持续运行

用 nohup 启动一个长时间的任务，这样你退出服务器以后它仍然继续运行。
这样启动的任务会把输出写到当前目录下一个叫 nohup.out 的文件里。
想知道哪些任务还在运行，退出之前用 jobs 命令把它们列出来。
"""


def test_docbots_own_model_does_not_read_chinese_or_japanese() -> None:
    reranker = load_reranker("minilm")
    assert reranker is not None
    assert not reranker.reads("zh") and not reranker.reads("ja")
    assert all(reranker.reads(language) for language in ("en", "de", "fr", "ru"))
    # a model the user points at (MODEL_PATH) is taken to read every language: a multilingual one is why
    assert SemanticReranker(minilm_encoder()).reads("zh")


async def test_a_chinese_question_gets_the_lexical_answer_and_an_english_one_is_reranked(tmp_path: Path) -> None:
    docs = write_docs(tmp_path / "docs", {"jobs-en.md": ENGLISH, "jobs-zh.md": CHINESE})
    reranker = load_reranker("minilm")
    assert reranker is not None
    counting = CountingEncoder(minilm_encoder())
    gated = SemanticReranker(counting, model_id=reranker.model_id, unread_languages=reranker.unread_languages)
    async with open_service(docs, tmp_path / "db.sqlite3") as lexical:
        semantic = AnswerService(lexical.store, docs, reranker=gated, embed_in_background=False)
        await semantic.load()
        chinese = "退出服务器以后怎样让任务继续运行？"
        answer, plain = await semantic.ask(chinese), await lexical.ask(chinese)
        assert not answer.not_found and answer.hits[0].text.startswith("用 nohup 启动")
        assert [(h.text, h.score) for h in answer.hits] == [(h.text, h.score) for h in plain.hits]
        assert chinese not in counting.texts  # the model never saw the question
        english = "How do I keep a job running after I log out?"
        reranked, plain = await semantic.ask(english), await lexical.ask(english)
        assert english in counting.texts
        assert not reranked.not_found and all(0.0 <= h.score <= 1.0 for h in reranked.hits)  # the blend's scores
        assert [h.score for h in reranked.hits] != [h.score for h in plain.hits]
