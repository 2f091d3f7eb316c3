"""The document: reflow, normalisation, and the offset map (examples and properties)."""

from __future__ import annotations

from decimal import Decimal

import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsie
from newsie.document import Document, fold_width

# -- examples ---------------------------------------------------------------------------


def test_letter_spaced_title_collapses():
    doc = Document("正文最后一句。\n\n登 高 望 远 ，穿 云 破 雾\n")
    assert "登高望远，穿云破雾" in doc.text.split("\n")


def test_letter_spaced_quoted_title_collapses():
    assert Document("“ 通 关 只 用 几 秒 钟 ”").text == "“通关只用几秒钟”"


def test_a_letter_spaced_list_of_leaders_keeps_its_word_gaps():
    # the names are set with the same gap as the letters; a country and its leader's
    # title after a name open the next item (and no gap inside one item)
    doc = Document("正文最后一句。\n\n会 见 法 国 总 统 马 克 龙 德 国 总 理 默 克 尔\n")
    assert "会见法国总统马克龙 德国总理默克尔" in doc.text.split("\n")
    assert Document("法 国 总 统 马 克 龙 会 见 德 国 客 人").text == "法国总统马克龙会见德国客人"


def test_digit_spacing_removed_and_mapped_back():
    src = "研讨会 10 月 22 日召开"
    doc = Document(src)
    assert doc.text == "研讨会10月22日召开"
    i = doc.text.index("10月22日")
    s, e = doc.to_source(i, i + len("10月22日"))
    assert src[s:e] == "10 月 22 日"


def test_word_gaps_between_names_are_kept():
    assert Document("新华社记者 李学仁 摄").text == "新华社记者 李学仁 摄"


def test_full_width_digits_and_letters_fold_but_punctuation_stays():
    doc = Document("１０月２３日，ＧＤＰ增长５．８％，中国－金砖国家")
    assert doc.text == "10月23日，GDP增长5.8%，中国－金砖国家"


def test_fold_width_is_one_for_one():
    s = "ＡＢＣ１２３％ａｂ\u3000"
    assert len(fold_width(s)) == len(s)


def _wrap(text: str, width: int) -> list[str]:
    return [text[i : i + width] for i in range(0, len(text), width)]


PARA1 = "全国工会提升职工生活品质交流研讨会召开，总结工会提升职工生活品质工作成果，就工会帮扶中心赋能增效提升服务职工能力进行研讨交流，并对下一阶段工作进行部署。"
PARA2 = "各级工会推进开展提升职工生活品质工作，以工会帮扶中心赋能增效打造服务职工综合体，在建设服务阵地、开展服务项目运作、建立工作机制等方面积极实践。"


def test_hard_wrapped_paragraphs_reflow_with_blank_lines_between_lines():
    # Column 16 ems; the first line of each paragraph is indented (2 ems short).
    lines = [PARA1[:14]] + _wrap(PARA1[14:], 16) + [PARA2[:14]] + _wrap(PARA2[14:], 16)
    doc = Document("\n\n".join(lines) + "\n")
    assert doc.text.split("\n") == [PARA1, PARA2]


def test_short_line_ending_a_paragraph_breaks_it():
    lines = _wrap(PARA1, 16) + _wrap(PARA2, 16)
    doc = Document("\n".join(lines))
    assert doc.text.split("\n") == [PARA1, PARA2]


def test_one_paragraph_per_line_input_keeps_lines():
    src = "\u3000\u3000" + PARA1 + "\r\n\u3000\u3000" + PARA2 + "\r\n"
    doc = Document(src)
    assert doc.text.split("\n") == [PARA1, PARA2]


def test_headline_after_body_is_its_own_paragraph():
    lines = _wrap(PARA1, 16) + ["全国总工会部署深化提升职工生活品质工作"]
    doc = Document("\n\n".join(lines))
    assert doc.text.split("\n")[-1] == "全国总工会部署深化提升职工生活品质工作"


def test_a_short_article_in_a_wider_column_gets_its_own_column_width():
    # A four-line article set 18 ems wide between articles set 12 wide: the lines around
    # it are mostly the narrow column's, yet its lines are not wider than their column
    # (the mark of a caption set across the page).
    def para(text: str, width: int) -> list[str]:
        return [text[: width - 2]] + _wrap(text[width - 2 :], width)

    wide = para(PARA2, 18)
    lines = para(PARA1, 12) + para(PARA2, 12) + wide + para(PARA1, 12) + para(PARA2, 12)
    doc = Document("\n".join(lines))
    start = len(para(PARA1, 12) + para(PARA2, 12))
    for k in range(start, start + len(wide) - 1):  # the last line is a short tail
        assert doc.lines[k].width <= doc.column_widths[k] + 1.25, (doc.lines[k].text, doc.column_widths[k])
    assert PARA2 in doc.text.split("\n")


def test_latin_words_wrapped_across_lines_get_a_space():
    words = ("newsie reads pages of newspapers printed in many columns and keeps every "
             "offset of every record it finds so that users can point back into the raw "
             "text of the page without losing their place in it at all").split()
    lines, line = [], ""
    for w in words:  # wrap at 40 characters, as a column of Latin text
        if len(line) + len(w) + 1 > 40:
            lines.append(line)
            line = w
        else:
            line = f"{line} {w}".strip()
    lines.append(line)
    doc = Document("\n".join(lines))
    assert doc.text == " ".join(words)


# A column set in CJK type with full-width digits and letters (as pages of the 1990s are), each
# line about 21 ems (a full-width character takes one, an ASCII letter half): the line ends tear
# numbers and abbreviations anywhere, and the wrap joins them with no space, as it joins Han
# characters; ASCII words wrapped in the same column keep their space.
FULL_WIDTH_COLUMN = [
    "　　某县供水站今年全力推进“清水入户”工程，",
    "全县自来水用户达到５０万户，通水村已增至５",
    "１５个，自来水普及率达每百人１２户，比上一年",
    "提高了两倍。该站今年还从外地引进新的ＣＤＭ",
    "Ａ系统，并且还同外地的一家名为Ｓｏｆｔｗａ",
    "ｒｅ ＡＧ的公司合作，又同当地一家名叫Open",
    "Source Lab的机构签约，通话质量明显提高了",
    "许多。",
]


def test_a_wrap_inside_a_full_width_number_or_word_joins_with_no_space():
    doc = Document("\n".join(FULL_WIDTH_COLUMN))
    assert "通水村已增至515个" in doc.text and "每百人12户" in doc.text and "新的CDMA系统" in doc.text
    assert "名为Software AG的公司" in doc.text and "名叫Open Source Lab的机构" in doc.text
    page = newsie.parse("某县清水入户见成效\n" + "\n".join(FULL_WIDTH_COLUMN), issue_date="1998-01-07")
    figures = [(f.span.text, f.value) for a in page.articles for f in a.figures]
    assert ("515个", Decimal("515")) in figures and ("50万户", Decimal("500000")) in figures


# Two items of a page set in CJK type with full-width digits (as the 1990s are), each body
# wrapped at 20 characters: a full-width digit takes a whole em of its line, as a Han character
# does (invented text).
FULL_WIDTH_ITEMS = (
    "据某县统计局最新资料表明：１９９７年全县农民人均纯收入首次超过２０００元，城镇居民人均可支配收入突破"
    "５０００元，人均收入按１９８０年可比价格计算，提前３年实现翻两番的目标。",
    "某县污水处理厂工程日前开工。该厂是某省水污染防治重点工程之一，总投资概算７·６亿元，日处理污水"
    "２０万吨，预计１９９９年底建成投产，工程建成后某河某县段水质将明显改善。",
)


def test_full_width_digits_take_a_whole_em_of_their_line():
    body = _wrap(FULL_WIDTH_ITEMS[0][18:], 20)
    doc = Document("\n".join(body))
    han = Document("某" * 20).lines[0].width
    # every full line as wide as twenty Han characters, less its punctuation's half ems at most
    for line, raw in zip(doc.lines[:-1], body):
        assert han - 0.5 * sum(ch in "，。：·" for ch in raw) <= line.width <= han, (line.text, line.width)
    # the folded text is ASCII all the same
    assert "1980年" in doc.text and "１" not in doc.text


def test_a_body_line_of_full_width_digits_runs_on_in_its_paragraph():
    # measured with its digits half an em wide, 6亿元，日处理污水20万吨，预计1999 read four ems short
    # of its column and ended a paragraph there
    lines = ["某县城乡居民收入稳步增长", *_para(FULL_WIDTH_ITEMS[0], 20),
             "某县新建一座污水处理厂", *_para(FULL_WIDTH_ITEMS[1], 20)]
    page = newsie.parse("\n".join(lines), issue_date="1998-01-05")
    assert [a.headline.text for a in page.articles] == ["某县城乡居民收入稳步增长", "某县新建一座污水处理厂"]
    assert [len(a.paragraphs) for a in page.articles] == [1, 1]
    assert page.articles[1].paragraphs[0].text.endswith("预计1999年底建成投产，工程建成后某河某县段水质将明显改善。")


def test_spaces_beside_a_score_a_ratio_or_a_unit_sign_are_dropped():
    # the PDF's text layer sets spaces around the narrow signs a number stands close to
    doc = Document("某队以2 ∶ 1取胜，男子4 × 100米接力第三，气温18.5 ℃，误差± 6%")
    assert doc.text == "某队以2∶1取胜，男子4×100米接力第三，气温18.5℃，误差±6%"
    # an ASCII colon keeps them (15 : 00; Note: 5 items), as an English word gap
    assert Document("Note: 5 items").text == "Note: 5 items"


def test_empty_and_whitespace_documents():
    for src in ("", "   ", "\n\n\r\n", "\u3000"):
        doc = Document(src)
        assert doc.text == ""
        assert doc.paragraphs == []


def test_spans_are_trimmed_of_edge_whitespace_and_read_as_one_line():
    doc = Document(" 甲乙 丙丁\n戊\nend\nof line ")
    assert doc.text == "甲乙 丙丁\n戊\nend\nof line"
    span = doc.span(0, len(doc.text))
    assert span.text == "甲乙 丙丁戊end of line"
    assert (span.start, span.end) == (1, len(doc.source) - 1)


# -- properties -------------------------------------------------------------------------

ALPHABET = st.sampled_from(
    list("新华社北京电记者王群月日年版下转第上接本报讯摄中国－") + list("0123456789０１２３ＡＢａｂABab")
    + list("，。、：；“”（）()《》——％%.．") + [" ", " ", "  ", "\u3000", "\n", "\n\n", "\r\n", "\t", "\r"]
)
TEXTS = st.lists(ALPHABET, max_size=400).map("".join)
WS = regex.compile(r"\s+")


def _squeeze(s: str) -> str:
    return WS.sub("", fold_width(s))


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_clean_text_only_drops_whitespace(src):
    doc = Document(src)
    assert _squeeze(doc.text) == _squeeze(src)


@settings(max_examples=300)
@given(TEXTS)
def test_every_clean_character_maps_to_its_source_character(src):
    doc = Document(src)
    previous = -1
    for i, ch in enumerate(doc.text):
        j = doc.source_index(i)
        assert j > previous  # strictly monotonic
        previous = j
        raw = src[j]
        if ch in " \n":
            assert raw.isspace()
        else:
            assert fold_width(raw) == ch


@settings(max_examples=300)
@given(TEXTS, st.data())
def test_any_clean_span_maps_to_raw_offsets_and_back(src, data):
    doc = Document(src)
    n = len(doc.text)
    a = data.draw(st.integers(0, n))
    b = data.draw(st.integers(a, n))
    s, e = doc.to_source(a, b)
    assert 0 <= s <= e <= len(src)
    if a < b:
        # the raw slice holds exactly the clean characters plus dropped whitespace
        assert _squeeze(src[s:e]) == _squeeze(doc.text[a:b])
        assert doc.to_clean(s, e) == (a, b)
    span = doc.span(a, b)
    assert _squeeze(src[span.start : span.end]) == _squeeze(span.text)
    assert span.text == span.text.strip(" \n") and "\n" not in span.text


@settings(max_examples=200)
@given(TEXTS, st.data())
def test_source_ranges_map_to_the_clean_characters_they_keep(src, data):
    doc = Document(src)
    a = data.draw(st.integers(0, len(src)))
    b = data.draw(st.integers(a, len(src)))
    cs, ce = doc.to_clean(a, b)
    assert 0 <= cs <= ce <= len(doc.text)
    assert _squeeze(doc.text[cs:ce]) == _squeeze(src[a:b])


# -- the whole pipeline never fails on odd text, and its records slice the source ----------

ODD = st.sampled_from(
    list("本报讯北京电记者王群月日年版下转第上接新华社摄标题正文。，、：；“”（）——")
    + list("0123456789１２ＡＢ") + ["\n", "\n\n", "\r\n", " ", "  ", "\u3000\u3000", "\f", "\v", "\u200b",
                               "\x00", "😀", "體", "é", "\t", "（下转第3版）", "（上接第1版）",
                               "新华社北京10月23日电", "本报记者 张三", "新华社记者 李四 摄", "登 高 望 远"]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(ODD, max_size=120).map("".join))
def test_parse_never_fails_and_every_record_slices_the_source(src):
    import newsie

    page = newsie.parse(src, issue_date="2024-10-24")
    for kind, _, span in page.iter_spans():
        assert 0 <= span.start <= span.end <= len(src), (kind, span)
        assert _squeeze(src[span.start : span.end]) == _squeeze(span.text), (kind, span)


def test_the_break_scorer_gives_the_break_models_own_score():
    # _BreakScorer sums the model's weights without building feature dicts; the
    # training script reads break_features: both must give the same score everywhere.
    from pathlib import Path

    from newsie import document as D
    from newsie._resources import linear, load_model

    model = load_model("reflow_breaks.json")
    seed = (Path(__file__).parents[1] / "seeds" / "000_62b33d8008ef756f.txt").read_text(encoding="utf-8")
    for text in (seed, "\n\n".join(_wrap(PARA1, 16) + ["工会部署深化提升职工生活品质工作"] + _wrap(PARA2, 14))):
        doc = Document(text)
        for marks in ((False, False), (True, False), (False, True)):
            score = D._BreakScorer(model["weights"], model["bias"], doc.lines, doc.column_widths, *marks)
            got = score.scores(list(range(len(doc.lines) - 1)))
            for i in range(len(doc.lines) - 1):
                want = linear(model["weights"], model["bias"], D.break_features(doc.lines, doc.column_widths, i, *marks))
                assert abs(got[i] - want) < 1e-9


def test_s15_speed6_raw_lines_cr_offsets_and_trailing_break():
    """Lines split at \\r\\n, \\r and \\n keep their source offsets; a break ending the text
    opens no line after it (the split done in one C pass must read as the per-line regex did)."""
    from newsie.document import _raw_lines_cr

    text = "甲乙\r\n丙\r丁戊\n\r\n己"
    assert list(_raw_lines_cr(text)) == [(0, "甲乙"), (4, "丙"), (6, "丁戊"), (9, ""), (11, "己")]
    assert list(_raw_lines_cr("甲\r")) == [(0, "甲")]
    assert list(_raw_lines_cr("\r")) == [(0, "")]
    for text in ("甲乙\r\n丙\r丁戊\n\r\n己", "甲\r", "\r", "\r\n\r\n", "a\rb\r\n"):
        assert all(text[pos : pos + len(line)] == line for pos, line in _raw_lines_cr(text))


def test_s15_speed6_fold_width_replaces_only_folding_characters():
    """fold_width folds full-width digits, letters, ％, ． and the wide spaces one for one,
    and leaves a text with none of them the same object."""
    from newsie.document import fold_width

    assert fold_width("编号Ａｂ１２，增长３．５％\u3000完") == "编号Ab12，增长3.5% 完"
    plain = "没有要折的字。"
    assert fold_width(plain) is plain


def test_s22_speed22_line_facts_and_runs_read_as_line_by_line():
    """The reflow's per-line facts read in page-wide passes (_LineFacts), the clean text's runs
    joined by where the last one ends (_build), and the paragraphs read from the breaking lines
    only, give what the line-by-line reading gives. An invented page: a dateline broken before
    its 电, brackets left open across a line end, a photo credit, a jump marker's 版, a line of
    Latin and digits, a blank line, indented lines."""
    import newsie.document as D

    page = "\r\n".join([
        "青石镇建起乡村书屋",
        "本报青石镇3月5日",
        "电（记者 林小禾）镇上的老粮站改成了书屋，村民",
        "晚饭后常来借书（每人每次可借三本",
        "书）。书屋还开了 AI 阅读课，报名有 120 人。",
        "",
        "\u3000\u3000管理员说，下个月再添一批新书。（下转第2版）",
        "书屋一角。 青禾摄",
        "“读书让日子有了盼头。”",
    ])
    doc = Document(page)
    lines = doc.lines
    facts = D._LineFacts(lines)
    for i, ln in enumerate(lines):
        t = ln.text
        assert facts.firsts[i] == t[:1] and facts.lasts[i] == t[-1:]
        assert facts.depth[i] == D._bracket_depth(t)
        term = D._ends_terminal(t)
        assert facts.quote_open[i] == D._quote_left_open(t, term)
        assert facts.props[i] == D._props(ln)
        m = D._DATELINE_HEAD.search(t)
        assert facts.head[i] == (m is not None) and facts.head_first[i] == (m is not None and m.start() == 0)
        assert facts.tail[i] == (D._DATELINE_TAIL.match(t) is not None)
    assert facts.marked == [i for i, ln in enumerate(lines) if "版" in ln.text]
    assert facts.credited == [i for i, ln in enumerate(lines) if "credit_end" in D._props(ln)]
    assert facts.head[1] and facts.tail[2] and facts.depth[3] == 1 and facts.credited == [6]
    # every clean character maps back to its own character of the source
    for i, ch in enumerate(doc.text):
        if ch not in " \n":
            assert page[doc.source_index(i)] == ch
    # the runs tile the clean text (what _build's joining of runs rests on), and a line's pieces that
    # follow on in the source are one run: here every line but the split ones is one run at most
    assert doc._seg_clean[0] == 0 and sum(doc._seg_len) == len(doc.text)
    for k in range(1, len(doc._seg_src)):
        assert doc._seg_clean[k] == doc._seg_clean[k - 1] + doc._seg_len[k - 1]
    assert len(doc._seg_src) <= 2 * len(lines) + sum(len(ln.pieces) for ln in lines)
    # paragraphs run from the line after a break to the next line that breaks (the last line closes one)
    want, first = [], 0
    for i, ln in enumerate(lines):
        if ln.breaks_after or i + 1 == len(lines):
            if ln.clean_end > lines[first].clean_start:
                want.append((first, i))
            first = i + 1
    assert doc.paragraph_lines == want
    assert doc.paragraphs == [(lines[a].clean_start, lines[b].clean_end) for a, b in want]


@given(st.text(alphabet="（）()《》【】〔〕［］城市a1，", max_size=24))
@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
def test_s34_speed34_bracket_depth_counts_each_bracket_once(text):
    # SPEED34: _pair_depth finds a line's brackets in one scan, each counted +1 or -1, where it
    # counted each of the twelve brackets over the line: the same depth
    from newsie import document as D

    assert D._pair_depth(text, 2) == 2 + sum(text.count(a) - text.count(b) for a, b in D._PAIRS)
    assert D._bracket_depth("城市（更新（试点）") == 1 and D._bracket_depth("《城市》") == 0


# REFLOW36: a page printing each headline after its body, the title set as wide as the column
# and run on into the next article's indented first line (on the pages where the reflow ran them
# together: a layout the break model reads as one paragraph; here the join is set by hand and
# the rule alone is asked)
BRIDGE1 = "青禾县跨河大桥日前建成通车，大桥全长八百米，连接县城南北两岸，两岸居民过河的时间由半小时缩短到五分钟。"
BRIDGE2 = "跨河大桥建成以前，两岸居民只能乘渡船往来，雨季河水上涨时渡船常常停航，大桥建成通车后这一难题得到解决。"
BRIDGE_TITLE = "青禾县跨河大桥建成通车便利两岸"  # as wide as the 15-em column
ORCHARD1 = "深秋时节，山坡上的果园迎来丰收，果农们忙着采摘、分拣和装箱，一车车苹果从村口运往城里的超市。"
ORCHARD2 = "村里成立合作社以后，果农统一购买农资、统一销售果品，每亩果园的收入比过去提高了三成。"


def _para(text: str, width: int) -> list[str]:
    """A paragraph hard-wrapped at ``width``, its first line indented two ems (set short)."""
    return [text[: width - 2]] + _wrap(text[width - 2 :], width)


def _rule_on_a_join(lines: list[str], k: int) -> bool:
    """Line ``k`` of the page run on into the line below it, as the reflow left it on the pages
    it failed on: does :func:`_end_titles_after_their_bodies` end its paragraph?"""
    from newsie.document import _end_titles_after_their_bodies, _LineFacts

    doc = Document("\n".join(lines))
    assert doc.lines[k].text == lines[k]
    doc.lines[k].breaks_after = False
    doc.lines[k - 1].breaks_after = True
    _end_titles_after_their_bodies(doc.lines, doc.column_widths, _LineFacts(doc.lines))
    return doc.lines[k].breaks_after


def test_a_title_after_its_body_run_into_the_next_opening_ends_its_paragraph():
    above = _para(BRIDGE1, 15) + _para(BRIDGE2, 15)
    lines = above + [BRIDGE_TITLE] + _para(ORCHARD1, 15) + _para(ORCHARD2, 15)
    assert _rule_on_a_join(lines, len(above))
    # and the whole page reads the title as a paragraph of its own, the next article's opening whole
    paragraphs = Document("\n".join(lines)).text.split("\n")
    assert paragraphs[2:4] == [BRIDGE_TITLE, ORCHARD1]


def test_a_paragraph_opening_that_carries_on_the_words_above_runs_on():
    above = _para(BRIDGE1, 15) + _para(BRIDGE2, 15)
    # the same line opening a paragraph whose sentence goes on with the words it began: however
    # many of its words the text above held, the text below holds them too
    opening = BRIDGE_TITLE + "以后，跨河大桥两侧又修建了步行道，两岸居民傍晚常到大桥上散步。"
    lines = above + [opening[:15]] + _wrap(opening[15:], 15) + _para(ORCHARD2, 15)
    assert not _rule_on_a_join(lines, len(above))
    assert Document("\n".join(lines)).text.split("\n")[2] == opening
    # a title whose words the text above never held: no cue either
    lines = _para(ORCHARD2, 15) + [BRIDGE_TITLE] + _para(ORCHARD1, 15)
    assert not _rule_on_a_join(lines, len(_para(ORCHARD2, 15)))
    # nor over a one-line paragraph that closes a sentence (short as a tail is, not indented)
    lines = above + [BRIDGE_TITLE, "大桥通车了。"] + _para(ORCHARD2, 15)
    assert not _rule_on_a_join(lines, len(above))


def _paragraph_texts(page: str) -> list[str]:
    """The clean text of each paragraph the reflow makes of ``page``."""
    doc = Document(page)
    return [doc.text[s:e] for s, e in doc.paragraphs]


def test_s45_dateline_broken_between_month_and_day():
    """A dateline broken between its month and its day (本报某镇 3 月 / 5 日电…) is one
    paragraph with the body it opens, not the tail of the headline above it: the line after
    the break opens on the day and 日电. Before, only breaks before the month, after the day
    or before 电 were joined, and the reflow ran the head into the title above it."""
    page = "\n\n".join([
        "前一篇报道的最后一段话写到这里。",
        "青石镇乡村书屋开门迎客",
        "本报青石镇 3 月",
        "5 日电 （记者林小禾）镇上的老粮站改",
        "成了书屋，村民晚饭后常来借书。",
    ])
    paras = _paragraph_texts(page)
    assert "青石镇乡村书屋开门迎客" in paras
    assert any(p.startswith("本报青石镇3月5日电") for p in paras), paras
    import newsie.document as D

    assert D._DATELINE_TAIL.match("5日电（记者林小禾）")
    assert D._DATELINE_TAIL.match("12日电")
    assert not D._DATELINE_TAIL.match("5日，镇上")


def test_s45_title_after_its_body_runs_into_an_unindented_opening():
    """A title set after its article's body (…加强经贸合作。 / 某某会见某国第一副总理某某某) runs into
    the next article's opening on a page that indents no first line: the widths do not tell, the
    words do (the title's pairs all in the text above, none in the text below): the title ends its
    paragraph. Before, it became the first words of the next article."""
    page = "\n".join([
        "国务院副总理林某14日在京会见青国第一副",
        "总理白某某一行。林某表示，中方愿同青方",
        "共同努力，落实好两国领导人达成的重要共",
        "识，推动中青全面合作伙伴关系向前发展。",
        "白某某表示，青方高度重视发展对华关系，",
        "愿加强两国经贸和投资合作。",
        "林某在京会见青国第一副总理白某某一行",
        "金秋十月，桂子飘香。",
        "为庆祝两市结好四十周年，远方某市市长一",
        "行来到南京出席有关纪念活动。这是她就任",
        "市长以来首次出访，她说此行收获很多。",
    ])
    paras = _paragraph_texts(page)
    assert "林某在京会见青国第一副总理白某某一行" in paras, paras
    assert any(p.startswith("金秋十月") for p in paras)


# s46: a title closed by its series tag, whose comma is the tag's (某某（70年，共同走过·某某某某）),
# run on into the indented first line of the text below it, ends its paragraph (invented text)
_SERIES_TAGGED_TITLE_OVER_OPENING = '村里的老人们说，这些年最大的变化就是路修\r\n\r\n到了家门口，孩子上学再也不用蹚泥水了。乡\r\n\r\n亲们的日子一年比一年好，大家心里也更亮堂\r\n\r\n了。\r\n\r\n山路弯弯\r\n一路欢歌（70 年，共同走过·对话两代养路人）\r\n\r\n不能忽视农村公路为更多乡亲致富带来的\r\n\r\n多种好处。在此基础上，修好管好用好每一条路\r\n\r\n乡村振兴的底子也会一年比一年更扎实\r\n\r\n'


def test_s46_a_series_tagged_title_ends_its_paragraph():
    texts = _paragraph_texts(_SERIES_TAGGED_TITLE_OVER_OPENING)
    assert "一路欢歌（70年，共同走过·对话两代养路人）" in texts, texts
    assert any(t.startswith("不能忽视农村公路") for t in texts)


# s81: a break the widths put inside a word of a prose sentence is joined (纪念碑前，4000 多名各 /
# 界代表…: the indented first line, short by its indent and its half-width digits, read as a
# paragraph's last); a title over the body, a photo credit over the next caption item and a line
# the page never runs on across keep theirs (invented text)
_SPLIT_WORD_PAGE = """某地各界公祭某某烈士
本报某地9月30日电（记者某
某）30日上午，某地烈士纪念
日公祭活动在人民公园烈士纪
念碑前举行，现场庄严肃穆。
纪念碑前，4000 多名各
界代表手捧菊花，默立两旁，
向长眠于此的烈士们表达深切
缅怀。各界代表依次走上台
阶，向烈士敬献花篮。
"""


def _lines_broken_after(text, k):
    from newsie import document as D

    doc = D.Document(text)
    lines = doc.lines
    lines[k].breaks_after = True  # what the widths decide where they read the line as a last one
    D._join_split_words(lines, doc.column_widths, D._LineFacts(lines))
    return lines


def test_s81_a_break_inside_a_word_of_a_sentence_is_joined():
    lines = _lines_broken_after(_SPLIT_WORD_PAGE, 5)
    assert lines[5].text.endswith("多名各") and not lines[5].breaks_after
    # the title over the dateline ends on a word too, but holds no clause's mark: a heading
    assert _lines_broken_after(_SPLIT_WORD_PAGE, 0)[0].breaks_after
    # a pair of characters the page prints nowhere else unbroken: no word known to be split
    odd = _SPLIT_WORD_PAGE.replace("多名各\n界代表", "多名来\n宾代表")
    assert _lines_broken_after(odd, 5)[5].breaks_after
    # a photo credit over the next caption item
    credit = "图①：某地民众在纪念碑前敬献鲜花，缅怀先烈。某某摄\n图②：少先队员向烈士纪念碑敬礼，某某摄\n"
    assert _lines_broken_after(credit * 3, 0)[0].breaks_after


# s81: no paragraph opens on a closing quote or a clause's mark: a break before such a line (the
# typesetter carried ” past the line's end) is joined; a jump marker's line keeps its break, and
# an apostrophe opening a year (’97…) is no closing quote (invented text)
_CLOSING_QUOTE_PAGE = """某地各界公祭某某烈士
本报某地9月30日电（记者某
某）30日上午，公祭活动在人
民公园举行。一位老兵说：“这
是咱们该尽的心意，也是必须做
的。
”他说完向纪念碑敬了个礼。
老人们纷纷点头。活动结束后，
大家依次离场。
"""


def test_s81_no_paragraph_opens_on_a_closing_quote():
    from newsie import document as D

    def broken_before(text, k):
        doc = D.Document(text)
        doc.lines[k - 1].breaks_after = True
        D._join_closing_openers(doc.lines, D._LineFacts(doc.lines))
        return doc.lines[k - 1].breaks_after

    assert not broken_before(_CLOSING_QUOTE_PAGE, 6)
    assert broken_before("（上接第1版）\n，应按某某要求征求意见。\n", 1)
    assert broken_before("某某会议闭幕。\n’97某某十大新闻评出\n", 1)
    # the same set with a blank line under every line: blanks that do not mark the paragraphs
    for text in (_CLOSING_QUOTE_PAGE, _CLOSING_QUOTE_PAGE.replace("\n", "\n\n")):
        page = newsie.parse(text, issue_date="2019-09-30")
        texts = [p.text for p in page.articles[0].paragraphs]
        assert any("必须做的。”他说完向纪念碑敬了个礼。" in t for t in texts), texts
        assert not any(t.startswith("”") for t in texts), texts
