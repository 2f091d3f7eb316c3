"""The build scripts of the segmentation models learn from what newsie reads at run time
(train/inference parity): the reflow's break model from the boundaries `_revise_breaks`
judges, with the rules' decisions it sees there. Invented pages, no data needed."""

from __future__ import annotations

from conftest import needs_pure

from newsie import document as D
from newsie._resources import linear, load_model
from newsie.document import Document

P1 = ("全国工会提升职工生活品质交流研讨会召开，总结工会提升职工生活品质工作成果，"
      "就工会帮扶中心赋能增效提升服务职工能力进行研讨交流，并对下一阶段工（下转第2版）")
P2 = ("各级工会推进开展提升职工生活品质工作，以工会帮扶中心赋能增效打造服务职工综合体，"
      "在建设服务阵地、开展服务项目运作、建立工作机制等方面积极实践。")


def _wrap(text: str, width: int) -> list[str]:
    return [text[i : i + width] for i in range(0, len(text), width)]


def _jump_page() -> str:
    # a part closed by （下转第2版） at the column's full width, the next article's lines below
    return "\n".join([P1[:14]] + _wrap(P1[14:], 16) + _wrap(P2, 16)) + "\n"


def test_break_examples_read_the_rules_before_the_model_not_the_rules_after_it():
    text = _jump_page()
    doc, judged = D.break_examples(text)
    k = next(i for i, ln in enumerate(doc.lines) if ln.text.endswith("（下转第2版）"))
    features = dict(judged)
    # the width rules join the marker's full line to the next; only _end_jump_markers, which
    # runs after the model, breaks there: the model reads the join (it was trained on the break)
    assert k in features and "rule" not in features[k]
    assert Document(text).lines[k].breaks_after


def test_break_examples_are_the_boundaries_the_model_judges(monkeypatch):
    needs_pure("newsie.document")  # (it patches a method of a compiled class)
    dated = "\n".join(["本报北京10月1日电（记者 张三）" + P2[:2]] + _wrap(P2[2:], 16) + ["本报记者 李四"]
                      + _wrap(P1, 16)) + "\n"
    for text in (_jump_page(), dated):
        _, judged = D.break_examples(text)
        calls: list[int] = []
        score = D._BreakScorer.scores
        monkeypatch.setattr(D._BreakScorer, "scores",
                            lambda self, judged, calls=calls, score=score: calls.extend(judged) or score(self, judged))
        Document(text)
        monkeypatch.undo()
        assert [i for i, _ in judged] == calls
        assert calls  # not vacuous


def test_a_short_sentence_tail_is_read_as_one():
    body = ["这场属于近14万人的盛会，从滨江", "公园到老城街巷、远郊的山村，大红灯笼"]  # set a little wide
    lines = _wrap(P2, 16) + body + ["最亮眼！"] + _wrap(P2, 16)
    doc, judged = D.break_examples("\n".join(lines) + "\n")
    k = next(i for i, ln in enumerate(doc.lines) if ln.text.endswith("大红灯笼"))
    assert "tail" in dict(judged)[k]
    # a bracketed note is no sentence's tail; nor a line after a full stop
    note = _wrap(P2, 16) + body + ["（本报记者程焕）"] + _wrap(P2, 16)
    doc, judged = D.break_examples("\n".join(note) + "\n")
    assert "tail" not in dict(judged)[k]
    # the scorer adds the feature's weight as the training script's features count it
    model = dict(load_model("reflow_breaks.json"))
    weights = dict(model["weights"], tail=-2.0)
    doc = Document("\n".join(lines) + "\n")
    score = D._BreakScorer(weights, model["bias"], doc.lines, doc.column_widths, False, False)
    got = score.scores(list(range(len(doc.lines) - 1)))
    for i in range(len(doc.lines) - 1):
        want = linear(weights, model["bias"], D.break_features(doc.lines, doc.column_widths, i, False, False))
        assert abs(got[i] - want) < 1e-9
