"""The rebuild's segment builder writes what whoosh's own writer writes, term for term."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from whoosh.codec.whoosh3 import W3TermInfo
from whoosh.filedb.filestore import FileStorage

from readinglog.core.types import Target
from readinglog.search import fence, postings, ranking, segments, terms
from readinglog.search import index as index_module
from readinglog.search.helper import Helper
from readinglog.search.index import INDEX_NAME, SearchIndex, _document, build_schema
from readinglog.search.postings import read_postings
from readinglog.search.query import parse
from readinglog.search.schema import SearchDoc
from readinglog.search.segments import decode_positions, encode_positions

from .conftest import NOTES

WORDS = [
    *("经济", "经济学", "和服", "服务", "学习", "化学", "习题", "长江", "大桥", "的", "是"),
    *("learn", "learned", "tf.keras", "GPU", "C++"),
]


def corpus(count: int = 300, seed: int = 7) -> list[SearchDoc]:
    """The sample notes, then generated ones: common words (in more than a block of 128
    documents), repeats within a note, rare words (inlined) and long notes."""
    rng = random.Random(seed)
    docs = [
        SearchDoc(Target.NOTE, i + 1, title, body, tuple(tags), 1_600_000_000 + i)
        for i, (title, body, tags) in enumerate(NOTES)
    ]
    for i in range(len(docs), count):
        words = [rng.choice(WORDS) for _ in range(rng.randint(1, 60 if i % 50 else 3000))]
        body = ("" if i % 3 else " ").join(words) + f" rare{i}"
        tags = tuple(rng.sample(["历史", "ml", "经济"], rng.randint(0, 2)))
        kind = Target.ITEM if i % 7 == 0 else Target.NOTE
        docs.append(SearchDoc(kind, i + 1, f"标题 {i} {rng.choice(WORDS)}", body, tags, i))
    return docs


def whoosh_written(folder: Path, docs: list[SearchDoc]) -> Any:
    folder.mkdir(parents=True)
    ix = FileStorage(str(folder)).create_index(build_schema(), indexname=INDEX_NAME)
    with ix.writer() as writer:
        for doc in docs:
            writer.add_document(**_document(doc))
    return ix


def bulk_written(folder: Path, docs: list[SearchDoc]) -> Any:
    index = SearchIndex(folder)
    for _ in index.build(iter(docs)):
        pass
    index._open()
    return index._ix


def contents(ix: Any) -> dict[str, Any]:
    """Everything a search can read: postings (ids, weights, positions), statistics, lengths,
    stored fields and columns."""
    with ix.reader() as reader:
        postings = {}
        for fieldname, term in reader.all_terms():
            fmt = reader.schema[fieldname].format
            m = reader.postings(fieldname, term)
            rows = []
            while m.is_active():
                positions = m.value_as("positions") if fmt.supports("positions") else None
                rows.append((m.id(), m.weight(), positions))
                m.next()
            info = reader.term_info(fieldname, term)
            stats = (info.weight(), info.doc_frequency(), info.max_weight(), info.min_id(),
                     info.max_id(), info.min_length(), info.max_length())  # fmt: skip
            postings[(fieldname, term)] = (rows, stats)
        docs = range(reader.doc_count_all())
        updated = reader.column_reader("updated")
        return {
            "postings": postings,
            "lengths": {
                f: ([reader.doc_field_length(d, f) for d in docs], reader.field_length(f))
                for f in ("title", "tags", "body", "han", "key")
            },
            "stored": [reader.stored_fields(d) for d in docs],
            "updated": [updated[d] for d in docs],
        }


@pytest.mark.parametrize("block", [128, postings.BLOCK])
def test_the_builder_writes_what_whoosh_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, block: int
) -> None:
    """whoosh's own matchers read our blocks (arrays, packed values) as their own: the same
    postings, positions, statistics and stored fields, in one block or several."""
    monkeypatch.setattr(segments, "BLOCK", block)
    docs = corpus()
    ours = contents(bulk_written(tmp_path / "bulk", docs))
    theirs = contents(whoosh_written(tmp_path / "whoosh", docs))
    assert ours["stored"] == theirs["stored"]
    assert ours["updated"] == theirs["updated"]
    assert ours["lengths"] == theirs["lengths"]
    assert ours["postings"].keys() == theirs["postings"].keys()
    for key, value in theirs["postings"].items():
        assert ours["postings"][key] == value, key
    counts = [len(rows) for rows, _ in theirs["postings"].values()]
    assert max(counts) > 2 * 128 and 1 in counts  # blocks, several of them, and inlined terms
    with bulk_written(tmp_path / "again", docs).reader() as reader:
        for (field, term), (rows, _) in theirs["postings"].items():
            read = read_postings(reader, field, term)
            assert read is not None
            assert read.ids.tolist() == [row[0] for row in rows], (field, term)
            weights = read.weights.tolist() if read.weights is not None else [1.0] * len(rows)
            assert weights == [row[1] for row in rows], (field, term)
            if rows[0][2] is not None:
                assert read.values is not None
                got = [decode_positions(read.values.value(i)) for i in range(len(rows))]
                assert got == [row[2] for row in rows], (field, term)


QUERIES = ["经济", "经济学", "和服", "学习", "learning", "tf.keras", '"经济 学习"', "长江大桥",
           "rare50", "标题 -和服", "的", "GPU OR C++"]  # fmt: skip


def ranked(index: SearchIndex, text: str) -> tuple[int, list[tuple[str, float]]]:
    total, hits = ranking.top(index.snapshot(), parse(text), limit=50)
    return total, [(hit.key, round(hit.score, 4)) for hit in hits]


def test_searches_rank_the_same_over_several_segments(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    docs = corpus()
    one = SearchIndex(tmp_path / "one")
    for _ in one.build(iter(docs)):
        pass
    monkeypatch.setattr(index_module, "SEGMENT_DOCS", 64)
    many = SearchIndex(tmp_path / "many")
    for _ in many.build(iter(docs)):
        pass
    many._open()
    assert len(many._ix._segments()) == 5
    reference = SearchIndex(tmp_path / "whoosh")
    whoosh_written(tmp_path / "whoosh" / "gen-0", docs)
    (tmp_path / "whoosh" / "CURRENT").write_text("gen-0", encoding="utf-8")
    for text in QUERIES:
        expected = ranked(reference, text)
        assert expected[0] > 0, text
        assert ranked(one, text) == expected, text
        assert ranked(many, text) == expected, text  # statistics are index-wide


def test_whoosh_updates_and_merges_a_built_segment(tmp_path: Path) -> None:
    docs = corpus(120)
    index = SearchIndex(tmp_path)
    for _ in index.build(iter(docs)):
        pass
    changed = SearchDoc(Target.NOTE, 1, "改过的标题", "全新的内容 newword", (), 2_000_000_000)
    for i in range(12):  # enough small commits for whoosh to merge segments
        with index.write_lock(5):
            index.apply([changed] if i == 0 else [], [docs[100 + i].key])
    assert ranked(index, "newword")[1][0][0] == "note:1"
    assert ranked(index, "经济学笔记")[0] == 0  # the old title is gone
    assert index.counts()[Target.NOTE] + index.counts()[Target.ITEM] == len(docs) - 12
    assert len(index._ix._segments()) < 12  # whoosh merged its small segments


def test_whoosh_merges_a_small_built_segment_whole(tmp_path: Path) -> None:
    """Fault 1 of issue 11: a small rebuilt segment (its key, type and han terms inlined, with
    no values) was merged by whoosh after a few commits and the merge failed on every write
    (``AssertionError: vbytes=''``)."""
    docs = corpus(40)
    index = SearchIndex(tmp_path)
    for _ in index.build(iter(docs)):
        pass
    for i in range(index_module.MAX_SEGMENTS + 2):  # small commits, then merges
        extra = SearchDoc(
            Target.NOTE, 1000 + i, f"新笔记 {i}", f"新内容 word{i}", (), 2_000_000_000
        )
        with index.write_lock(5):
            index.apply([extra], [])
    index._ix.optimize()  # and everything merged into one segment
    assert len(index._ix._segments()) == 1
    assert ranked(index, "word3")[1][0][0] == "note:1003"
    assert ranked(index, "rare30")[1][0][0] == "note:31"
    assert sum(index.counts().values()) == len(docs) + index_module.MAX_SEGMENTS + 2


@given(st.lists(st.integers(min_value=0, max_value=1 << 40), max_size=50))
def test_positions_round_trip(values: list[int]) -> None:
    positions = sorted(set(values))
    assert decode_positions(encode_positions(positions)) == positions


@pytest.mark.parametrize(
    ("chunk", "every"), [(terms.TERMS_CHUNK, terms.SAMPLE_EVERY), (64, 1), (64, 3), (200, 1000)]
)
def test_prefix_terms_reads_what_whoosh_iterates(
    tmp_path: Path, chunk: int, every: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The term table parsed in chunks (small ones: items across chunk ends, inlined
    postings longer than a chunk), from the sampled key before a prefix (every key, every
    third, only the first), gives whoosh's terms, document counts and term infos."""
    monkeypatch.setattr(terms, "TERMS_CHUNK", chunk)
    monkeypatch.setattr(terms, "SAMPLE_EVERY", every)
    docs = corpus()
    for ix in (whoosh_written(tmp_path / "w", docs), bulk_written(tmp_path / "b", docs)):
        tables = terms.TermTables()
        with ix.reader() as reader:
            for field in ("title", "tags", "body", "han", "key", "type"):
                for prefix in ("", "l", "learn", "rare1", "^经", "经", "标", "zz", "\uffff"):
                    found = tables.prefix_terms(reader, field, prefix)
                    whoosh = list(reader.iter_prefix(field, prefix))
                    assert [(t.text, t.documents) for t in found] == [
                        (t, i.doc_frequency()) for t, i in whoosh
                    ], (field, prefix)
                    for term, (_, info) in zip(found, whoosh, strict=True):
                        assert term.info is not None
                        assert_same_info(W3TermInfo.from_bytes(term.info), info)


def assert_same_info(ours: W3TermInfo, whoosh: W3TermInfo) -> None:
    assert ours.doc_frequency() == whoosh.doc_frequency()
    assert ours.weight() == whoosh.weight()
    assert ours.is_inlined() == whoosh.is_inlined()
    if ours.is_inlined():
        assert ours.inlined_postings() == whoosh.inlined_postings()
    else:
        assert ours.extent() == whoosh.extent()


@pytest.mark.parametrize("probe", [1, 3, terms._PROBE])
def test_a_term_is_looked_up_as_whoosh_looks_it_up(
    tmp_path: Path, probe: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """terms.term_value (the hash read directly, ``probe`` slots a read, wrapping around a
    bucket's end) finds every term whoosh finds, with the same term info, and nothing for
    terms the segment lacks."""
    monkeypatch.setattr(terms, "_PROBE", probe)
    docs = corpus()
    for ix in (whoosh_written(tmp_path / "w", docs), bulk_written(tmp_path / "b", docs)):
        with ix.reader() as reader:
            table = fence.term_table(reader)
            held = list(reader.all_terms())
            assert len(held) > 100
            missing = [("body", b"zz%d" % i) for i in range(300)] + [("nofield", b"learn")]
            for field, term in held + missing:
                value = terms.term_value(table, table.key(field, term))
                if (field, term) in missing:
                    assert value is None, (field, term)
                    continue
                assert value is not None, (field, term)
                assert_same_info(W3TermInfo.from_bytes(value), reader.term_info(field, term))


def test_a_small_segment_answers_from_memory_as_its_table_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Small segments (what later changes add) keep their whole term table in memory: a
    search gives the same answers with them, and looks up only the big segment's terms."""
    docs = corpus()
    index = SearchIndex(tmp_path)
    for _ in index.build(iter(docs)):
        pass  # one segment of 300 documents: not small
    for i in range(3):  # three small ones
        changed = SearchDoc(Target.NOTE, 1000 + i, "新的", f"经济 learning 学习 small{i}", ())
        with index.write_lock(5):
            index.apply([changed], [docs[10 + i].key])
    index._open()
    with index._ix.reader() as reader:
        for segment, _ in reader.leaf_readers():
            if segment.doc_count_all() > terms.SMALL_SEGMENT_DOCS:
                continue
            small, table = terms.SmallTable(fence.term_table(segment)), fence.term_table(segment)
            for field, term in [*segment.all_terms(), ("body", b"absent"), ("han", b"\xe7\xbb")]:
                assert small.info(field, term) == terms.term_value(table, table.key(field, term))
    looked_up: list[bytes] = []
    real = postings.term_value

    def counted(table: fence.TermTable, key: bytes) -> bytes | None:
        looked_up.append(key)
        return real(table, key)

    monkeypatch.setattr(postings, "term_value", counted)
    queries = ["经济", "learning", "学习", "small1", "rare299", "经济 学习"]
    with_small = [ranked(index, q) for q in queries]
    small_lookups = len(looked_up)
    monkeypatch.setattr(terms, "SMALL_SEGMENT_DOCS", 0)
    fresh = SearchIndex(tmp_path)  # nothing kept from the searches before
    looked_up.clear()
    assert [ranked(fresh, q) for q in queries] == with_small
    assert [key for key, _ in with_small[3][1]] == ["note:1001"]
    assert 0 < small_lookups < len(looked_up) / 3  # one segment's look-ups of four
    fresh.close()


def test_the_term_sample_starts_at_or_before_a_key() -> None:
    sample = terms.TermSample([b"b", b"d", b"f"], [10, 20, 30])
    assert [sample.start(k) for k in (b"a", b"b", b"c", b"d", b"e", b"f", b"g")] == [
        10, 10, 10, 10, 20, 20, 30,
    ]  # fmt: skip
    assert terms.TermSample([], []).start(b"a") is None


@pytest.mark.parametrize("count", [1, 5, 200])
def test_the_newest_holders_of_a_character_without_decoding_the_whole_list(
    tmp_path: Path, count: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """read_newest agrees with the whole list: every title holds 标 and 题 (over two blocks of
    128), some documents deleted (in the blocks they fall in and at the end)."""
    monkeypatch.setattr(segments, "BLOCK", 128)
    docs = corpus()
    index = SearchIndex(tmp_path)
    for _ in index.build(iter(docs)):
        pass
    gone = [docs[i].key for i in (20, 130, 131, 250, 299, 298)]
    with index.write_lock(5):
        index.apply([], gone)
    views = index.snapshot().segments
    assert len(views[0][0].deleted()) == len(gone)
    for seg, _ in views:
        deleted = seg.deleted()
        for char in ("标", "题", "经", "乔", "无"):
            postings = seg.postings("han", char)
            live = [d for d in (postings.ids.tolist() if postings else []) if d not in deleted]
            assert seg.newest("han", char, count) == (len(live), live[::-1][:count]), char


@pytest.mark.parametrize("budget", [500, 20_000])  # a spill every few notes, or a few in all
def test_a_builder_that_spills_writes_the_same_segment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, budget: int
) -> None:
    """Past POOL_BUDGET the builder writes its pool to scratch runs and merges them at the
    end: what a search can read must not change, and no run file may be left behind."""
    docs = corpus()
    whole = contents(bulk_written(tmp_path / "whole", docs))
    monkeypatch.setattr(segments, "POOL_BUDGET", budget)
    spills: list[int] = []
    spill = segments.SegmentBuilder._spill

    def counted(builder: segments.SegmentBuilder) -> None:
        spills.append(1)
        spill(builder)

    monkeypatch.setattr(segments.SegmentBuilder, "_spill", counted)
    spilled_ix = bulk_written(tmp_path / "spilled", docs)
    assert len(spills) > (20 if budget == 500 else 0)
    assert contents(spilled_ix) == whole
    generation = next(p for p in (tmp_path / "spilled").iterdir() if p.is_dir())
    assert not [p.name for p in generation.rglob("*.run")]


@pytest.mark.parametrize("helper_fails", [False, True])
def test_two_processes_write_the_segment_one_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, helper_fails: bool
) -> None:
    """A parallel rebuild's helper pools the first documents and hands them over as runs;
    the segment written is the one a single process writes (one segment, each search
    looks terms up once), and no scratch file is left. When the helper fails, this process
    pools its documents itself."""
    docs = corpus()
    whole = contents(bulk_written(tmp_path / "whole", docs))
    monkeypatch.setattr(index_module, "PARALLEL_MIN_DOCS", 100)
    monkeypatch.setattr(index_module, "can_spawn", lambda: True)
    monkeypatch.setattr(segments, "POOL_BUDGET", 2_000)  # this process spills runs too
    if helper_fails:  # it wrote its runs, but its answer is lost
        result = Helper.result
        monkeypatch.setattr(Helper, "result", lambda helper: result(helper) and None)
    index = SearchIndex(tmp_path / "two")
    for _ in index.build(iter(docs), expected=len(docs)):
        pass
    index._open()
    assert len(index._ix._segments()) == 1
    assert contents(index._ix) == whole
    generation = next(p for p in (tmp_path / "two").iterdir() if p.is_dir())
    left = sorted(p.name for p in generation.rglob("*") if p.suffix not in (".seg", ".toc"))
    assert left == ["SCHEMA"]  # no run, spool or scratch file


def test_a_segment_is_written_only_with_every_document_before_its_own() -> None:
    """A builder numbered from 10 refuses to write without the part holding documents 0-9."""
    builder = segments.SegmentBuilder(None, build_schema(), INDEX_NAME, first=10)
    with pytest.raises(ValueError, match="builder starts at 10"):
        builder.finish()
