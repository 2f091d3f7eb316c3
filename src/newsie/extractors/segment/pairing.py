"""Step 3 of segmentation: pair each run with a heading group.

Each group chooses the run before it, the run after it, both (a group holding its two
neighbours' headlines, cut between two titles) or none, by a dynamic programme over the page
that leaves fewer runs without a headline and fewer headings unused and charges each change
of side; a run between two headlines may be cut where lexical cohesion says.
"""

from __future__ import annotations

import dataclasses
import math
from collections import Counter

import regex

from newsie.document import _ends_terminal
from newsie.draft import inside_quotes
from newsie.extractors.segment.blocks import (
    BODY,
    COLUMN,
    KICKER,
    LEAD,
    MARK_FROM,
    SUB,
    TITLE,
    Block,
    _series_tag,
    column_in_title,
)
from newsie.extractors.segment.grouping import (
    _COHESION_CHARS,
    _bigrams,
    _bullets_only,
    _group_bigrams,
    _overlap,
    _Run,
    _window_bigrams,
)
from newsie.extractors.segment.heads import _ABSORB_COHESION, _PAIR_COHESION, _WRAP_STOP
from newsie.extractors.segment.roles import _balanced, _ends_kicker, _torn_pair, _wraps


def _pair(seq: list[object], orientation: str) -> tuple[float, list[_Run], list[list[Block]]]:
    """Give each run a heading group on the side ``orientation`` says; return the cost.

    (Section heads were told apart before, by :func:`_absorb_section_heads`.)
    """
    runs = [_Run(list(x.blocks), None, list(x.section_heads)) if isinstance(x, _Run) else x for x in seq]
    leftovers: list[list[Block]] = []
    used: set[int] = set()
    n = len(runs)
    for i, x in enumerate(runs):
        if not isinstance(x, _Run):
            continue
        j = i + 1 if orientation == "after" else i - 1
        if 0 <= j < n and isinstance(runs[j], list) and j not in used:
            x.heading = runs[j]
            used.add(j)
    # Runs left without a heading: take the last title of a neighbouring two-title group.
    out_runs = [x for x in runs if isinstance(x, _Run)]
    for i, x in enumerate(runs):
        if not isinstance(x, _Run) or x.heading is not None:
            continue
        j = i - 1 if orientation == "after" else i + 1
        if 0 <= j < len(runs) and isinstance(runs[j], list):
            group = runs[j]
            titles = [k for k, b in enumerate(group) if b.kind == TITLE]
            owner = runs[j - 1] if orientation == "after" and j - 1 >= 0 else (
                runs[j + 1] if orientation == "before" and j + 1 < len(runs) else None)
            if len(titles) >= 2 and isinstance(owner, _Run) and owner.heading is group:
                cut = titles[-1] if orientation == "after" else titles[0] + 1
                first, second = group[:cut], group[cut:]
                if orientation == "after":
                    owner.heading, x.heading = first, second
                else:
                    x.heading, owner.heading = first, second
    given = {id(b) for r in out_runs if r.heading for b in r.heading}
    for x in runs:
        if isinstance(x, list) and not any(id(b) in given for b in x):
            leftovers.append(x)
    cost = sum(_unheaded_cost(r) for r in out_runs if r.heading is None)
    cost += sum(_leftover_cost(group) for group in leftovers)
    cost -= sum(_cohesion(r.heading, r) for r in out_runs if r.heading)
    return cost, out_runs, leftovers


# what a page pays for each change of side between headlines and their bodies (mixed
# layouts: some headlines above their bodies, some below); tuned on both dev routes: 1, 2,
# 3, 5 tried, 2 best (sim headline exact 0.618 -> 0.620, stitch 0.833 -> 0.867; pdf 0.594 -> 0.593)
_SWITCH_COST = 2.0


# what a dateline inside a jump part (上接第N版) costs the pairing if the part goes on
# through it: a jump part carries on an article begun on another page, so a dateline in
# it more likely opens another article, whose headline the part must not take (tuned on
# dev sim: 0 and 1 lost a page, the part swallowing the datelined article under it; 2 keeps
# it; 3 to 5, with a jump part's unheaded cost raised alike, within one headline of 2)
_JUMP_DATELINE_MERGE = 2.0


# what the pairing pays for going on from a jump part (a run opened by 上接第N版) into a run
# that jumps (closed by 下转第M版): the part would carry on an article begun on another page
# and jump on again, which no article of the benchmark's truth does (dev and jump pages, both
# routes: 0 articles with both markers), while the segmenter made such an article where it
# took in the headline of the jumping article below the part as a section head.
_FROM_TO_MERGE = 5.0


def _from_part_jumps(seq: list[object], start: int, run: _Run) -> float:
    """:data:`_FROM_TO_MERGE` where the article that began at ``seq[start]`` is a jump part
    (上接) and would go on into ``run``, which jumps (下转); else 0."""
    if start >= 0 and run.ends_with_jump and seq[start].blocks[0].kind == MARK_FROM:
        return _FROM_TO_MERGE
    return 0.0


# what the pairing pays for taking a doubted heading group in as a section head between an
# article that carries a dateline (a lead 新华社某地…电, or a closing credit （本报某地…电）)
# and a run below that carries its own: each news item carries one dateline, so the group
# more likely heads the second item; taken in, it joined two items and every pairing
# below could shift (session 23, pdf: a headline doubted over a short datelined item)
_TWO_DATELINES = 5.0


# the most characters of a label over one part of a round-up of datelined items (泰国 /
# 新华社某地电…, 菲律宾 / 新华社某地电…), which :data:`_TWO_DATELINES` leaves to the pairing
_PART_LABEL = 6


# a dateline opening a lead (新华社某地6月3日电, 本报某地6月3日电（记者 某某）) and a closing
# credit that dates a run (（本报某地6月3日电）), with its day: a reporter line (本报记者 某某)
# is none (a feature's parts each open on one), nor an undated 本报电 (a box of briefs,
# one article, opens each brief on one)
# (named apart from bylines._DATELINE, the full pattern with its agency: this one takes any
# place's 某地…日电, 据新华社某地…日电 as much as 本报某地…日电)
_DATED_LEAD = regex.compile(r"^[^，。；：！？]{1,22}日电(?:$|\s|[（(])")
_DATED_CLOSE = regex.compile(r"[（(][^（）()]{1,22}日电[）)]$")


def _dated(run: _Run) -> bool:
    """Does ``run`` carry a dateline: a lead opening on one, or a closing credit ending in 电?"""
    return any(b.kind == LEAD and _DATED_LEAD.match(b.text.strip()) for b in run.blocks) or bool(
        run.blocks and _DATED_CLOSE.search(run.blocks[-1].text.strip()))


def _unheaded_cost(run: _Run) -> float:
    """What a run left without a heading costs: a jump part (上接第N版) as much as any
    other, since papers repeat the headline over the part (session 5: it cost nothing
    before, so the pairing left a jump part bare and gave its headline to the run after
    it; dev sim stitch 0.867 -> 0.900); a piece cut off for a heading (:func:`_shift_cut`)
    more."""
    return 2.0 + run.bare_cost


def _leftover_cost(group: list[Block]) -> float:
    """What a heading group paired with no run costs (a column tag little)."""
    return 0.5 if _column_like(group) else 2.0


def _cohesion(group: list[Block], run: _Run) -> float:
    """What pairing ``group`` with ``run`` gains: a headline shares words with its lead."""
    return _PAIR_COHESION * _overlap(_group_bigrams(group), _window_bigrams(run.blocks, _COHESION_CHARS))


# what taking a doubted heading group in as a section head costs per unit of affinity that
# the article above it and the run below it fall short of :data:`_BODY_AFFINITY` (a gain where
# they share more): two parts of one article speak of the same names and terms, two articles
# seldom do. Session 26, reading days 01-10 of draws 2024, 7, 11 (both routes, wrong-count
# pages / headlines missed / body lost): weight 2, 3, 5 and level 0.05, 0.1, 0.15 tried; 3 and
# 0.1 best, sim 129 / 355 / 20.3 -> 123 / 351 / 19.8, pdf 150 / 439 / 26.4 -> 144 / 434 / 25.3;
# a toll only (no gain above the level) gave half of it; the run just above the group instead
# of the whole article above, less on pdf; the group's own affinity with either side lost.
_BODY_TOLL = 3.0


_BODY_AFFINITY = 0.1


class _PageAffinity:
    """How much two stretches of a page's text share, weighting each word-character bigram by
    how rare it is among the page's runs (an inverse document frequency over the runs, whole
    runs read): 中国, 发展 stand in every article of a page and say nothing, a name or a term
    two runs alone share says much. Built once per page, when first wanted; each bigram's
    weight is read from a table by the number of runs that hold it."""

    def __init__(self, seq: list[object]) -> None:
        # (the blocks' cached bigrams, not those across their joints: a run's whole text is
        # read once, and the window caches keep their room)
        self.sets = {i: _text_bigrams(x.blocks) for i, x in enumerate(seq) if isinstance(x, _Run)}
        self.df: Counter = Counter()
        for bigrams in self.sets.values():
            self.df.update(bigrams)
        top = len(self.sets) + 1
        self.logs = [math.log(top / (c + 1)) for c in range(top)]
        self.weights: dict[int, float] = {}  # by run index, each read once when first wanted

    def _weight(self, bigrams: frozenset[int]) -> float:
        return sum(map(self.logs.__getitem__, map(self.df.__getitem__, bigrams)))

    def _run_weight(self, k: int) -> float:
        w = self.weights.get(k)
        if w is None:
            w = self.weights[k] = self._weight(self.sets[k])
        return w

    def between(self, above: range, below: int) -> float:
        """The weighted share of bigrams between runs ``above`` (indices of ``seq``) and run
        ``below``, over the lighter side's weight (0 where either side is empty)."""
        held = [k for k in above if k in self.sets]
        b = self.sets.get(below)
        if not held or not b:
            return 0.0
        below_weight = self._run_weight(below)
        if len(held) == 1:
            least = min(self._run_weight(held[0]), below_weight)
            shared = self.sets[held[0]] & b
        elif self._run_weight(max(held, key=lambda k: len(self.sets[k]))) >= below_weight:
            # (no weight is negative: the runs above together weigh at least as much as
            # their largest one, here as much as the run below, which is the lighter side;
            # what they share with it is read run by run, without their union)
            least = below_weight
            shared = frozenset().union(*[self.sets[k] & b for k in held])
        else:
            a = frozenset().union(*[self.sets[k] for k in held])
            least = min(self._weight(a), below_weight)
            shared = a & b
        return self._weight(shared) / least if least else 0.0


def _lead_pieces(seq: list[object]) -> tuple[list[object], set[int]]:
    """The page with each run cut before every dateline inside it that follows body text,
    and the indices of the pieces so cut off: a dateline may start another article (whose
    headline stands on the side of the page that prints them) or a second part of the same
    one; :func:`_pair_mixed` decides."""
    out: list[object] = []
    optional: set[int] = set()
    for x in seq:
        if not isinstance(x, _Run):
            out.append(x)
            continue
        parts: list[list[Block]] = [[]]
        for b in x.blocks:
            if (b.kind == LEAD and parts[-1] and parts[-1][-1].kind not in (LEAD, MARK_FROM) and not parts[-1][-1].jump_to
                    and not _bullets_only(parts[-1])):
                parts.append([])
            parts[-1].append(b)
        for k, p in enumerate(parts):
            if k or x.cut_cost is not None:
                optional.add(len(out))
            lo = p[0].start if k else -math.inf
            hi = parts[k + 1][0].start if k + 1 < len(parts) else math.inf
            out.append(_Run(p, None, [h for h in x.section_heads if lo <= h.start < hi], None if k else x.cut_cost,
                            0.0 if k else x.bare_cost))
    return out, optional


# the least share of its column a heading group's last line fills for :func:`_torn_into_runs`
# to read it as a body line the paragraph below goes on from: a body line fills its column
# (less a paragraph's indent), a title torn so is set in a larger type and wraps shorter
_TORN_LINE_WIDTH = 0.65


def _torn_into_runs(seq: list[object], soft: dict[int, float]) -> list[object]:
    """``seq`` with a heading group's last line given back to the run below it where that
    line is the first line of the run's opening paragraph, cut off by the reflow and taken
    for a title: a line near its column's width, with no space inside (a couplet's halves:
    某某新区 开发建设), that breaks off inside a word or a phrase the paragraph's first block
    goes on with (:func:`~newsie.extractors.segment.roles._torn_pair`: 在庆祝某某节的 /
    到来之际，…; or a word the page's body text spells whole: 某某市政府办 / 公室负责人说，…,
    :func:`~newsie.extractors.segment.roles._wraps`). The paragraph must be body text of
    some length (not a dateline, nor a short line such as 回信); a line with a dash and no
    sentence's punctuation is a kicker and its title set on one line (某某机场投运——新
    技术处处可见), kept, as is a line under a kicker that leads on to it (某地退休教师张某——
    / “教书就是我的乐趣”她说…: the title, run on with the paragraph's first words, whose
    roles cut it off). The group must keep a title: a lone line is left to the heading
    model and the pairing (made a body line there, it joined two articles' runs as often as
    it mended one), and a column tag over a title run on with the paragraph's first words
    (某栏目 / 走好赶考路今年以来全市) keeps the line, whose roles cut the title off. A group
    the heading model doubted stays so in ``soft``.
    """
    body = "".join(b.text for x in seq if isinstance(x, _Run) for b in x.blocks)
    out: list[object] = []
    for i, x in enumerate(seq):
        nxt = seq[i + 1] if i + 1 < len(seq) else None
        if (isinstance(x, list) and isinstance(nxt, _Run) and len(x) >= 2
                and any(b.kind == TITLE for b in x[:-1]) and not _leads_on(x[-2])
                and _torn_lead(x[-1], nxt.blocks[0], body)):
            seq[i + 1] = _Run([dataclasses.replace(x[-1], kind=BODY), *nxt.blocks], nxt.heading,
                              list(nxt.section_heads), nxt.cut_cost, nxt.bare_cost)
            rest = x[:-1]
            if id(x) in soft:
                soft[id(rest)] = soft[id(x)]
            x = rest
        out.append(x)
    return out


def _torn_lead(line: Block, first: Block, body: str) -> bool:
    """Is heading line ``line`` the first line of the paragraph that begins with ``first``
    (:func:`_torn_into_runs`)?"""
    a, b = line.text.strip(), first.text.strip()
    return (line.kind in (TITLE, KICKER) and first.kind == BODY and len(b) >= 8
            and line.width_ratio >= _TORN_LINE_WIDTH and not any(c.isspace() for c in a)
            and ("——" not in a or bool(_WRAP_STOP.search(a)))
            and (_torn_pair(a, b) or bool(_wraps([line, first], body))))


def _pair_mixed(seq: list[object], recut: bool = True, soft: dict[int, float] | None = None
                ) -> tuple[float, list[_Run], list[list[Block]]]:
    """Give each run a heading group, each group choosing its side: the run before it
    (headline printed after its body), the run after it (printed before), both (a group
    holding the headlines of its two neighbours: cut between two titles), or none.

    A dynamic programme over the page in print order; a change of side costs
    ``_SWITCH_COST``, so a page keeps one side unless its pairings say otherwise. A run
    may be cut before a dateline inside it (:func:`_lead_pieces`) where that pairs better,
    and a run between a headline above it and one left over below it at one paragraph
    boundary (:func:`_sandwich_cut`), or where the group on its other side reads as the
    heading of its far part (:func:`_shift_cut`: two bodies run together shift every
    pairing below them by one). A group in ``soft`` (the heading model doubts it:
    :func:`_absorb_section_heads`) may also be taken in as a section head of the run it
    stands in, at the cost given there.
    """
    soft = dict(soft or {})
    if recut:
        seq = _torn_into_runs(list(seq), soft)
    given = seq
    seq, optional = _lead_pieces(seq)
    n = len(seq)
    affinity: _PageAffinity | None = None  # built when a doubted group is first weighed
    # state: (the current run has a heading, the next run has one already, last side,
    # where the current run starts, a section head just taken in: the next run goes on)
    states: dict[tuple, tuple[float, tuple]] = {(False, False, None, -1, False): (0.0, ())}
    dated: list[bool] | None = None  # does each run carry a dateline (_TWO_DATELINES), read when first wanted

    def put(table: dict, key: tuple, cost: float, path: tuple) -> None:
        if key not in table or cost < table[key][0]:
            table[key] = (cost, path)

    def switch(last: str | None, side: str) -> float:
        return _SWITCH_COST if last is not None and last != side else 0.0

    for i, x in enumerate(seq):
        new: dict[tuple, tuple[float, tuple]] = {}
        if isinstance(x, _Run):
            for (headed, pending, last, start, absorbing), (cost, path) in states.items():
                if absorbing:  # the run before goes on through the section head
                    put(new, (headed, pending, last, start, False), cost + _from_part_jumps(seq, start, x),
                        path + ((i, "merge", 0),))
                    continue
                if i in optional:  # the run before may go on through this dateline
                    jump_part = start >= 0 and seq[start].blocks[0].kind == MARK_FROM
                    toll = _JUMP_DATELINE_MERGE if jump_part and x.blocks[0].kind == LEAD else 0.0
                    put(new, (headed, pending, last, start, False), cost + toll + _from_part_jumps(seq, start, x),
                        path + ((i, "merge", 0),))
                put(new, (pending, False, last, i, False),
                    cost + (x.cut_cost or 0.0) + (0.0 if pending else _unheaded_cost(x)), path)
            states = new
            continue
        nxt = seq[i + 1] if i + 1 < n and isinstance(seq[i + 1], _Run) else None
        titles = [k for k, b in enumerate(x) if b.kind == TITLE]
        leftover = _leftover_cost(x)
        with_next = _cohesion(x, nxt) if nxt is not None else 0.0
        with_prev: dict[int, float] = {}  # by where the run before starts
        nxt_dated = (nxt is not None and id(x) in soft and sum(len(b.text.strip()) for b in x) > _PART_LABEL
                     and _dated(nxt))
        two_dated: dict[int, float] = {}  # the toll on taking x in, by where the run before starts
        splits: list[tuple] | None = None  # the cuts of the group into two headings, read once
        with_first: dict[tuple[int, int], float] = {}  # by where the run before starts and the cut
        for (headed, _, last, start, _), (cost, path) in states.items():
            prev = seq[start] if i and isinstance(seq[i - 1], _Run) and start >= 0 else None
            put(new, (headed, False, last, start, False), cost + leftover, path + ((i, "none", 0),))
            if prev is not None and nxt is not None and id(x) in soft:  # an in-body section head
                if start not in two_dated:
                    two_dated[start] = 0.0
                    if nxt_dated:
                        if dated is None:
                            dated = [isinstance(y, _Run) and _dated(y) for y in seq]
                        if any(dated[start:i]):
                            two_dated[start] = _TWO_DATELINES
                    if affinity is None:
                        affinity = _PageAffinity(seq)
                    two_dated[start] += _BODY_TOLL * (_BODY_AFFINITY - affinity.between(range(start, i), i + 1))
                put(new, (headed, False, last, start, True),
                    cost + soft[id(x)] - _ABSORB_COHESION * with_next + two_dated[start],
                    path + ((i, "absorb", 0),))
            if prev is not None and not headed:
                if start not in with_prev:
                    with_prev[start] = _cohesion(x, prev)
                put(new, (True, False, "after", start, False),
                    cost - _unheaded_cost(prev) - with_prev[start] + switch(last, "after"), path + ((i, "prev", 0),))
            if nxt is not None:
                put(new, (headed, True, "before", start, False),
                    cost - with_next + switch(last, "before"), path + ((i, "next", 0),))
            if prev is not None and nxt is not None and not headed and len(titles) >= 2:
                if splits is None:
                    splits = _splits(x, titles, nxt)
                for cut, first, with_second, couplet, inner in splits:
                    if (start, cut) not in with_first:
                        with_first[start, cut] = _cohesion(first, prev) + (
                            _CROSSED_SPLIT if _crossed(first, x[cut:], prev, nxt) else 0.0)
                    put(new, (True, True, "before", start, False),
                        cost - _unheaded_cost(prev) - with_first[start, cut] - with_second
                        + switch(last, "after") + _SWITCH_COST + couplet + inner, path + ((i, "split", cut),))
        states = new
    cost, path = min(states.values(), key=lambda v: v[0])
    merged = {i for i, how, _ in path if how == "merge"}
    absorbed = {i for i, how, _ in path if how == "absorb"}
    owner: dict[int, _Run] = {}  # piece index -> the run it ends up in
    runs: list[_Run] = []
    for i, x in enumerate(seq):
        if i in absorbed:
            runs[-1].section_heads.extend(x)
        if not isinstance(x, _Run):
            continue
        if i in merged:
            runs[-1].blocks.extend(x.blocks)
            runs[-1].section_heads.extend(x.section_heads)
        else:
            runs.append(_Run(list(x.blocks), None, list(x.section_heads)))
        owner[i] = runs[-1]
    leftovers: list[list[Block]] = []
    for i, how, cut in path:
        if how in ("merge", "absorb"):
            continue
        group = seq[i]
        if how == "none":
            leftovers.append(group)
        elif how == "prev":
            owner[i - 1].heading = group
        elif how == "next":
            owner[i + 1].heading = group
        else:
            owner[i - 1].heading, owner[i + 1].heading = group[:cut], group[cut:]
    if recut and leftovers:
        again = _sandwich_cut(given, runs, leftovers)
        if again is not None:
            return _pair_mixed(again, recut=False, soft=soft)
    if recut:
        again = _shift_cut(given, runs, leftovers)
        if again is not None:
            return _pair_mixed(again, recut=False, soft=soft)
    return cost, runs, leftovers


def _splits(group: list[Block], titles: list[int], nxt: _Run) -> list[tuple[int, list[Block], float, float, float]]:
    """Where :func:`_pair_mixed` may cut heading ``group`` (title lines at ``titles``) into the
    headings of the run above and of the run ``nxt`` below, with what does not depend on the
    run above: per cut, the first part, the second part's cohesion with ``nxt``, the toll for
    cutting a couplet and the one for an inner heading."""
    out = []
    leads = [_leads_on(b) for b in group]
    # where another heading starts inside the group: a line that leads into the line below
    # (:func:`_leads_on`) right under a title line that does not, the line below it still in
    # the part; and how many such starts lie before each line, so that each cut's two parts
    # are counted from it, not walked again (a listing's group of 58 lines cost 17,000 calls)
    starts = [0] + [int(group[k - 1].kind == TITLE and not leads[k - 1] and leads[k]) for k in range(1, len(group))]
    before = [0]
    for x in starts:
        before.append(before[-1] + x)
    n = len(group)
    # a cut at a line inside a quotation a line below closes cuts one quoted title in two
    # (“某某的路 / 修到了家门口”: :func:`newsie.draft.inside_quotes`)
    quoted = inside_quotes([b.text for b in group])
    # the second part closes on a bracketed column tag (:data:`_TAGGED_PAIR`): asked once
    last_tagged = column_in_title(group[-1].text.strip()) is not None
    for cut in titles[1:]:  # the second part starts at a title
        if leads[cut - 1]:  # or at the kicker over it: 香港法律界： / 市民都应遵守…
            if cut - 1 == 0 or leads[cut - 2]:
                continue
            cut -= 1
        if cut in quoted:
            continue
        first, second = group[:cut], group[cut:]
        # a start in the first part: 1 <= k <= cut - 2; in the second: cut + 1 <= k <= n - 2
        inner = int(before[max(cut - 1, 1)] - before[1] > 0) + int(before[max(n - 1, cut + 1)] - before[cut + 1] > 0)
        # both parts close on a bracketed column tag: two tagged titles, and the cut between them
        tagged = -_TAGGED_PAIR if last_tagged and column_in_title(group[cut - 1].text.strip()) is not None else 0.0
        out.append((cut, first, _cohesion(second, nxt), _COUPLET_SPLIT if _one_title(group[cut - 1], group[cut]) else 0.0,
                    _INNER_HEAD * inner + tagged))
    return out


# :func:`_crossed`: what a cut of a heading group gains where its two parts read as the headings
# of the two articles around it, the most lines a part may hold, the least share of a part's
# bigrams its own side's lead must hold and the most the other side's may (NEIGH34, reading
# days 01-15 of the other month, sim: headlines missed 385 -> 381, 2 of 8 pages moved worse;
# gains of 2, 3, 5 tried, 3 best; 2019's reading days of draw 2024 and pdf unmoved. Judged:
# sim headlines missed read 1114 -> 1109, unseen 1290 -> 1285, pd 476 -> 472, pd101 491 -> 490;
# pdf unseen 1367 -> 1368, its other rows even; +0.03% instructions)
_CROSSED_SPLIT = 3.0
_CROSSED_LINES = 2
_CROSSED_OWN = 0.3
_CROSSED_OTHER = 0.1


# what opens a line of a list set in heading type (●4年投资… / ■…), never a headline of its own
_LIST_MARKS = ("●", "■", "◆", "▲", "△", "★", "☆", "◎", "○", "•", "·")


def _crossed(first: list[Block], second: list[Block], prev: _Run, nxt: _Run) -> bool:
    """Are ``first`` and ``second``, the two parts of a heading group cut between the run
    ``prev`` above it and the run ``nxt`` below it, the headings of two neighbouring articles
    rather than one heading group (a kicker and its headline, a headline and its subtitle)?
    One article printing its headline under its body and the next printing its own over its
    body (or two short items side by side) put two headings on adjacent lines: each part is
    short (a headline, wrapped at most once), the run below opens on a dateline (a news item
    of its own; not on a jump part's 上接: a series line over a part's repeated headline reads
    as crossed too, and the part then takes it for its headline), no line opens on a list
    mark, and each part shares the words of the lead of its own side and hardly any of the
    other side's (a kicker and its headline speak of the same article: both share, or neither
    does, with the same side)."""
    if len(first) > _CROSSED_LINES or len(second) > _CROSSED_LINES or nxt.blocks[0].kind != LEAD:
        return False
    if any(b.text.lstrip().startswith(_LIST_MARKS) for b in (*first, *second)):
        return False
    a, b = _group_bigrams(first), _group_bigrams(second)
    up, down = _window_bigrams(prev.blocks, _COHESION_CHARS), _window_bigrams(nxt.blocks, _COHESION_CHARS)
    return (_overlap(a, up) >= _CROSSED_OWN and _overlap(a, down) <= _CROSSED_OTHER
            and _overlap(b, down) >= _CROSSED_OWN and _overlap(b, up) <= _CROSSED_OTHER)


# what cutting a run at a paragraph end with no dateline costs the pairing, before the
# cues of that boundary take their share off (tuned on both dev routes: 0, 1, 2.5, 3.5, 5,
# 6.5 tried; 5 and up best, sim count exact 0.583 -> 0.585, headline 0.635 -> 0.637; pdf even)
_RUN_CUT_COST = 5.0


_RUN_CUT_WIDTH = 0.5  # what a change of column width at the boundary takes off that cost


_RUN_CUT_COHESION = 4.0  # what the two sides' shared bigrams add to it (per unit of overlap)


_CUT_WINDOW = 300  # body characters read on each side of a possible cut


# :func:`_shift_cut`: what cutting a run for the heading group on its other side costs before
# its cues (:func:`_best_cut` over whole parts) take their share off (no floor: a strong cut
# may pay, the piece must then be headed, :data:`_SHIFT_BARE`); the least share of that
# heading's bigrams the run's part on its side must hold, and the margin by which it must
# hold more than the run's other part and the run beyond the group do (reading days 01-10
# of sim, draw 2024: the runs that join two articles share 0.36-0.86 with the second's
# heading, 0.0-0.15 beyond; 5 of about 190 candidate runs pass, 3 of them true; the other
# part: on the 2019 pages the cut without it changed (ten draws, days 01-15), a headline under
# one long feature shares as much with its first part, 0.50-0.69)
_SHIFT_CUT_COST = 2.0
_SHIFT_OWN = 0.3
_SHIFT_MARGIN = 0.2


# what a piece cut by :func:`_shift_cut` (the one cut off and the one left first) costs
# besides :func:`_unheaded_cost` if the pairing leaves it bare: the cut is made for a
# heading, and a bare piece is an article too many
_SHIFT_BARE = 10.0


def _shift_cut(seq: list[object], runs: list[_Run], leftovers: list[list[Block]]) -> list[object] | None:
    """``seq`` with a run cut in two where the pairing seems to have shifted a mixed page's
    headings by one: the run is headed by the group on one side of it, and the heading of the
    group on its other side nearest to it shares the words of the run's part on that side
    (past its best paragraph end, :func:`_best_cut`) far more than those of the run beyond
    that group."""
    # a mixed page: some run headed from above and some from below, or a page of two runs or
    # more that opens on a heading group (printed over its body) and closes on one (under it)
    above_side = any(r.heading and r.heading[-1].start < r.blocks[0].start for r in runs)
    below_side = any(r.heading and r.heading[0].start > r.blocks[-1].start for r in runs)
    if len(runs) >= 2:
        above_side = above_side or _edge_heading(seq, 0, 1)
        below_side = below_side or _edge_heading(seq, -1, -2)
    if not (above_side and below_side):
        return None
    where = {id(x.blocks[0]): k for k, x in enumerate(seq) if isinstance(x, _Run)}
    ends = {id(x.blocks[-1]): k for k, x in enumerate(seq) if isinstance(x, _Run)}
    final = {id(b): r for r in runs for b in r.blocks}
    cuts: dict[int, float] = {}
    for run in runs:
        if not run.heading or len(run.blocks) < 2:
            continue
        a, b = where.get(id(run.blocks[0])), ends.get(id(run.blocks[-1]))
        if a is None or b is None or not a or b + 1 >= len(seq):
            continue
        above, below = seq[a - 1], seq[b + 1]
        if not (isinstance(above, list) and isinstance(below, list)) or _column_like(above) or _column_like(below):
            continue
        held = {id(h) for h in run.heading}
        from_above = held <= {id(h) for h in above}
        if from_above:  # headed from above: the group below may head its tail
            near = _first_heading(below)
            if not near or _signs_above(near[0]):
                continue
            best = _best_cut(run, run.heading, near, whole=True)
            beyond = final.get(id(seq[b + 2].blocks[0])) if b + 2 < len(seq) and isinstance(seq[b + 2], _Run) else None
        elif held <= {id(h) for h in below}:  # headed from below: the group above may head its start
            near = _last_heading(above)
            if not near or _signs_above(near[0]):
                continue
            best = _best_cut(run, near, run.heading, whole=True)
            beyond = final.get(id(seq[a - 2].blocks[-1])) if a >= 2 and isinstance(seq[a - 2], _Run) else None
        else:
            continue
        if best is None:
            continue
        j = run.blocks.index(best[1])
        part = run.blocks[j:] if from_above else run.blocks[:j]
        rest = run.blocks[:j] if from_above else run.blocks[j:]
        head = _group_bigrams(near)
        mine = _overlap(head, _text_bigrams(part))
        # (what it shares with the run's other part: a headline printed under one long
        # article speaks of all of it; with the run beyond the group: of the next article)
        others = max(_overlap(head, _text_bigrams(rest)),
                     _overlap(head, _text_bigrams(beyond.blocks)) if beyond is not None else 0.0)
        if mine >= _SHIFT_OWN and mine >= others + _SHIFT_MARGIN:
            cuts[id(best[1])] = _SHIFT_CUT_COST - best[0]
    return _cut_runs(seq, cuts, _SHIFT_BARE) if cuts else None


# :func:`_edge_heading`: the least share of an edge group's bigrams the run next to it must hold
# (reading days 01-10, ten draws: the groups that open or close a page of the cuts that mend
# sim pages share 0.26-0.78 with their run; on pdf a photo credit line (本版照片…), the lines of
# a poem, share 0.01-0.08 with the text over them)
_SHIFT_EDGE = 0.1


def _edge_heading(seq: list[object], k: int, nxt: int) -> bool:
    """Does the page (``seq``) open (``k`` 0, ``nxt`` 1) or close (-1, -2) on a heading group
    that reads as one of the run next to it: not a column, and sharing the run's words (a
    credit line or a poem closing the page speaks of nothing above it; :func:`_shift_cut`)?"""
    group, run = seq[k], seq[nxt]
    if not isinstance(group, list) or _column_like(group) or not isinstance(run, _Run):
        return False
    return _overlap(_group_bigrams(group), _text_bigrams(run.blocks)) >= _SHIFT_EDGE


def _signs_above(b: Block) -> bool:
    """Does heading block ``b``, the first line of a group under a run, read as a line that
    signs or follows the text above it rather than as a headline's start: a subtitle (a
    heading opens on its title, a kicker or a column tag, never on its subtitle), or a line
    opening on a dash (——某某单位负责人某某: the speaker under his words in a compilation of
    statements)? Such a group shares the words of the text right above it as a headline
    printed under its body would, but heads nothing there (:func:`_shift_cut`)."""
    return b.kind == SUB or b.text.lstrip().startswith(("—", "--"))  # (—— opens on —)


def _text_bigrams(blocks: list[Block]) -> frozenset[int]:
    """The bigrams of ``blocks``, each block's (none across their joints; not cached: a
    whole run, or a whole part of one, is read once)."""
    return frozenset().union(*(_bigrams(b.text) for b in blocks))


def _first_heading(group: list[Block]) -> list[Block]:
    """The lines of ``group`` up to its first title line (a kicker or a column tag over it
    with it): the heading of the run above, where the group holds two."""
    k = next((i for i, b in enumerate(group) if b.kind == TITLE), None)
    return group[: k + 1] if k is not None else []


def _last_heading(group: list[Block]) -> list[Block]:
    """The lines of ``group`` from its last title line on (its subtitles with it), with the
    lines right over it that lead into it (a kicker): the heading of the run below."""
    k = next((i for i in range(len(group) - 1, -1, -1) if group[i].kind == TITLE), None)
    if k is None:
        return []
    while k and _leads_on(group[k - 1]) and group[k - 1].kind != TITLE:
        k -= 1
    return group[k:]


def _sandwich_cut(seq: list[object], runs: list[_Run], leftovers: list[list[Block]]) -> list[object] | None:
    """``seq`` with runs cut in two where a mixed page shows two articles' bodies run
    together: the heading group above a run heads it and the one right below it is left
    over, or the other way round (G_A, [A-body B-body], G_B, no dateline between the bodies
    to cut at). Each such run gets one possible cut, at the paragraph end where the page's
    cues agree best (:func:`_best_cut`), priced by them (:attr:`_Run.cut_cost`); the
    pairing programme keeps it only where it pays. Only on a mixed page, where some
    headline already stands below its body. None: no such run.
    """
    if not any(r.heading and r.heading[0].start > r.blocks[-1].start for r in runs):
        return None  # not a mixed page: no headline printed after its body
    final = {id(b): r for r in runs for b in r.blocks}
    cuts: dict[int, float] = {}  # id of the block a cut puts first -> the cut's cost
    for group in leftovers:
        if _column_like(group):
            continue
        k = next((i for i, x in enumerate(seq) if x is group), None)
        if k is None:
            continue
        # the run above the leftover group if headed from above, the one below if headed from below
        options = []
        if k and isinstance(seq[k - 1], _Run):
            run = final.get(id(seq[k - 1].blocks[-1]))
            if run is not None and run.heading and run.heading[-1].start < run.blocks[0].start:
                options.append((run, run.heading, group))
        if k + 1 < len(seq) and isinstance(seq[k + 1], _Run):
            run = final.get(id(seq[k + 1].blocks[0]))
            if run is not None and run.heading and run.heading[0].start > run.blocks[-1].start:
                options.append((run, group, run.heading))
        for run, above, below in options:
            best = _best_cut(run, above, below)
            if best is not None:
                cuts[id(best[1])] = _RUN_CUT_COST - best[0]
    if not cuts:
        return None
    return _cut_runs(seq, cuts)


def _cut_runs(seq: list[object], cuts: dict[int, float], bare: float = 0.0) -> list[object]:
    """``seq`` with each run cut before each block whose id is in ``cuts``, the piece so
    cut off carrying that cost (:attr:`_Run.cut_cost`) and ``bare`` (:attr:`_Run.bare_cost`)."""
    out: list[object] = []
    for x in seq:
        if not isinstance(x, _Run):
            out.append(x)
            continue
        pieces = [_Run([], None, [], x.cut_cost, x.bare_cost)]
        for b in x.blocks:
            if id(b) in cuts and pieces[-1].blocks:
                pieces.append(_Run([], None, [], cuts[id(b)], bare))
            pieces[-1].blocks.append(b)
        if len(pieces) > 1:  # (the piece left first is cut for a heading as much as the ones cut off)
            pieces[0].bare_cost = max(pieces[0].bare_cost, bare)
        for k, piece in enumerate(pieces):
            lo = piece.blocks[0].start if k else -math.inf
            hi = pieces[k + 1].blocks[0].start if k + 1 < len(pieces) else math.inf
            piece.section_heads = [h for h in x.section_heads if lo <= h.start < hi]
        out += pieces
    return out


def _best_cut(run: _Run, above: list[Block], below: list[Block], whole: bool = False
              ) -> tuple[float, Block] | None:
    """Where to cut ``run`` between the article headed by ``above`` and the one headed by
    ``below``, and how strongly the page's cues say so (TextTiling-like: each side shares
    words with its own headline and few with the other side; the column width changes);
    None where no paragraph ends inside the run. ``whole``: the headlines' words are sought
    in the whole of each side, not in :data:`_CUT_WINDOW` characters of it (a headline printed
    under its body speaks of any part of it, :func:`_shift_cut`)."""
    head_a = _group_bigrams(above)
    head_b = _group_bigrams(below)
    if whole:
        # the headlines' bigrams found in blocks[:j] and in blocks[j:], and how many bigrams
        # each part holds, read once over the run (a part's bigrams: its blocks', no joints)
        heads = head_a | head_b
        found_a, found_b, size_a, size_b = [frozenset()], [frozenset()], [0], [0]
        seen: set[int] = set()
        for blk in run.blocks:
            words = _bigrams(blk.text)
            seen |= words
            found_a.append(found_a[-1] | (words & heads))
            size_a.append(len(seen))
        seen = set()
        for blk in reversed(run.blocks):
            words = _bigrams(blk.text)
            seen |= words
            found_b.append(found_b[-1] | (words & heads))
            size_b.append(len(seen))
        found_b.reverse()
        size_b.reverse()

        def share(head: frozenset[int], found: frozenset[int], size: int) -> float:
            return len(head & found) / min(len(head), size) if head and size else 0.0

    best = None
    for j in range(1, len(run.blocks)):
        before, after = run.blocks[j - 1], run.blocks[j]
        if after.kind != BODY or not _ends_terminal(before.text):
            continue
        tail = _window_bigrams(run.blocks[:j], -_CUT_WINDOW)
        lead = _window_bigrams(run.blocks[j:], _CUT_WINDOW)
        if whole:
            heading = (share(head_b, found_b[j], size_b[j]) - share(head_b, found_a[j], size_a[j])
                       + share(head_a, found_a[j], size_a[j]) - share(head_a, found_b[j], size_b[j]))
        else:
            heading = _overlap(head_b, lead) - _overlap(head_b, tail) + _overlap(head_a, tail) - _overlap(head_a, lead)
        cues = (_PAIR_COHESION * heading - _RUN_CUT_COHESION * _overlap(tail, lead)
                + _RUN_CUT_WIDTH * (abs(before.col - after.col) >= 0.75 and bool(before.col and after.col)))
        if best is None or cues > best[0]:
            best = (cues, after)
    return best


# what cutting a group between the two halves of a couplet costs (tuned on both dev routes:
# 1, 2, 3 and no cut at all tried; 2 best, pdf headline exact 0.634 -> 0.638, sim even)
_COUPLET_SPLIT = 2.0


# what a cut of a heading group costs for each of its two parts that still holds a heading's
# start under a title (a kicker: 某某大会召开—— / …, below a title line of the part): the
# page's two headlines meet there, not at the cut (tuned on both dev routes' reading sets)
_INNER_HEAD = 2.0


# what a cut of a heading group earns when both its parts end on a title closed by a bracketed
# column tag (“就像和家人一样团聚”（点赞中国·让友谊辉映未来） over 共同见证，中国影响力与日俱增
# （大使随笔））: each is a whole headline of its own. Read on sim draw 7 (20191003-a-03); the
# headline sweep (draws 7, 11, 13, 17, 2024, other month; both routes) moved nothing else
_TAGGED_PAIR = 3.0


def _leads_on(b: Block) -> bool:
    """Does heading block ``b`` lead into the line below it, as a kicker does (a kicker's
    role, a line ending in a colon or a dash: 外交部驻港公署负责人： / 63年党龄……——, or
    a series tag: 共和国的“首个”·国防篇)?"""
    text = b.text.strip()
    return b.kind == KICKER or text.endswith(("：", ":")) or _ends_kicker(text) or _series_tag(text)


def _one_title(a: Block, b: Block) -> bool:
    """Are two neighbouring title lines the halves of one title: a couplet of like
    length (美好明天 / 同心共筑)?"""
    return a.kind == b.kind == TITLE and _balanced(a.text, b.text)


def _column_like(group: list[Block]) -> bool:
    """Is ``group`` a lone column tag: a column name, a short title, or a series tag
    (点赞家乡·让青春绽放光彩), which a page may set apart from its article's headline?"""
    return len(group) == 1 and (group[0].kind == COLUMN or (group[0].kind == TITLE and (
        len(group[0].text) <= 10 or _series_tag(group[0].text))))
