"""newsie.ner: the shipped model, the spaCy and HanLP backends, and the errors of load().

The backend tests train a real (tiny) model in a few seconds on a handful of invented
sentences and load it the way a user would; nothing of spaCy or HanLP is mocked. A
missing extra is simulated by hiding the module from the import system.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

import newsie.ner as ner
from newsie.errors import ConfigError, MissingExtraError

# Invented sentences: (text, [(name, label)]) in the label scheme of the model being trained.
TRAIN = [
    ("王小明在北京工作。", [("王小明", "PERSON"), ("北京", "GPE")]),
    ("李华去上海开会。", [("李华", "PERSON"), ("上海", "GPE")]),
    ("张伟在新华社上班。", [("张伟", "PERSON"), ("新华社", "ORG")]),
    ("赵敏昨天从南京回来。", [("赵敏", "PERSON"), ("南京", "GPE"), ("昨天", "DATE")]),
    ("刘洋加入了国务院。", [("刘洋", "PERSON"), ("国务院", "ORG")]),
]


def spans_of(text: str, names: list[tuple[str, str]]) -> list[tuple[int, int, str]]:
    out = []
    for name, label in names:
        start = text.index(name)
        out.append((start, start + len(name), label))
    return out


@pytest.fixture(autouse=True)
def fresh_cache():
    """load() caches sources by spec; each test starts without them."""
    ner._CACHE.clear()
    yield
    ner._CACHE.clear()


# --- the shipped default model -------------------------------------------------------


def test_default_model_finds_names_no_list_holds():
    source = ner.load()
    assert isinstance(source, ner.EntitySource) and source.spec == "default"
    texts = [
        "国务院总理李鹏今天在人民大会堂会见了日本客人。",
        "新华社记者张晓东报道，湖北省武汉市召开大会。",
    ]
    found = source(texts)
    assert len(found) == 2
    got = [{(t[s:e], lab) for s, e, lab in spans} for t, spans in zip(texts, found)]
    assert {("李鹏", "PER"), ("人民大会堂", "LOC"), ("日本", "LOC")} <= got[0] | {("国务院", "ORG")}
    assert ("李鹏", "PER") in got[0]
    assert ("张晓东", "PER") in got[1]
    assert ("新华社", "ORG") in got[1]


def test_default_model_offsets_are_the_callers_with_spaces_and_breaks():
    text = "本报记者 王  平\r\n报道：福建省厦门市\n今天开会。"
    [spans] = ner.load()([text])
    for s, e, lab in spans:
        assert lab in ("PER", "LOC", "ORG")
        assert 0 <= s < e <= len(text) and text[s:e] == text[s:e].strip()
    assert any(text[s:e] == "厦门市" or text[s:e] == "福建省厦门市" for s, e, _ in spans)


def test_default_model_on_no_text():
    source = ner.load("default")
    assert source([]) == []
    assert source(["", "   "]) == [[], []]


def test_load_is_cached_per_spec():
    assert ner.load() is ner.load("default")


def _refused(tmp_path, monkeypatch, spoil, match: str) -> None:
    """The shipped model copied, ``spoil(folder)`` applied to the copy, the copy made the
    default: loading it is refused with ``match`` in the message and the folder named."""
    folder = tmp_path / "ner-zh"
    shutil.copytree(ner._default_folder(), folder)
    spoil(folder)
    monkeypatch.setattr(ner, "_default_folder", lambda: folder)
    with pytest.raises(ner.ModelError, match=match) as info:
        ner.load()
    assert str(folder) in str(info.value)


def _set_meta(key: str, value):
    def spoil(folder):
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        meta["newsie"][key] = value
        (folder / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    return spoil


def test_default_model_of_another_format_is_refused(tmp_path, monkeypatch):
    # the interim spaCy model's format
    _refused(tmp_path, monkeypatch, _set_meta("format", "newsie-ner-spacy-1"), r"newsie-ner-spacy-1.*newsie-ner-crf-1")


def test_default_model_of_other_features_is_refused(tmp_path, monkeypatch):
    """A CRF trained on another feature set would run silently wrong: it is refused."""
    _refused(tmp_path, monkeypatch, _set_meta("features_version", -1), r"features version -1")


def test_default_model_without_its_clusters_is_refused(tmp_path, monkeypatch):
    """The features read the character clusters of the model's own folder; without them the
    model would run on features it was not trained on: refused, the path named."""
    _refused(tmp_path, monkeypatch, lambda folder: (folder / "clusters.tsv").unlink(), r"lacks clusters\.tsv")


def test_default_model_with_a_broken_decoding_block_is_refused(tmp_path, monkeypatch):
    _refused(tmp_path, monkeypatch, _set_meta("decode", {"org_heads": "部", "org_ratio": 0.3}),
             r"newsie\.decode must hold org_heads")


def test_decoding_step_makes_a_place_and_its_head_one_organisation(tmp_path):
    """The shipped model's decoding step (meta.json's ``decode``) extends a place into the
    organisation it begins; a folder without the block tags with the CRF's best sequence."""
    import pycrfsuite

    from newsie.ner._crf import Clusters, features, spans_of_tags

    text = "澳大利亚游泳协会正在调查。"  # invented
    assert (0, 8, "ORG") in ner.load()([text])[0]
    folder = tmp_path / "plain"
    shutil.copytree(ner._default_folder(), folder)
    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    del meta["newsie"]["decode"]
    (folder / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    tagger = pycrfsuite.Tagger()
    tagger.open(str(folder / "model.crfsuite"))
    best = spans_of_tags(tagger.tag(features(text, Clusters.read(folder / "clusters.tsv"))))
    assert ner.load(str(folder))([text])[0] == best


class _Paths:
    """A stand-in tagger: the probability of a tag sequence from a table (default 0.01)."""

    def __init__(self, table):
        self.table = {tuple(k): v for k, v in table}

    def probability(self, tags):
        return self.table.get(tuple(tags), 0.01)


def test_extend_orgs_keeps_the_likeliest_reading_above_the_ratio():
    from newsie.ner._decode import extend_orgs

    text = "美国财政部长说"
    best = ["B-LOC", "E-LOC", "O", "O", "O", "O", "O"]
    org5 = ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "E-ORG", "O", "O"]
    org6 = ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "E-ORG", "O"]
    heads = {"部", "部长"}
    tagger = _Paths([(best, 0.5), (org5, 0.2), (org6, 0.1)])
    assert extend_orgs(tagger, text, best, heads, ratio=0.3) == org5  # 0.2 >= 0.3 * 0.5, the likelier
    assert extend_orgs(tagger, text, best, heads, ratio=0.5) == best  # 0.2 < 0.5 * 0.5
    assert extend_orgs(tagger, text, best, {"司"}, ratio=0.01) == best  # no head there
    assert extend_orgs(tagger, text, best, heads, ratio=0.01, max_chars=2) == best  # 财政部 is 3 on


def test_extend_orgs_stops_at_punctuation_and_never_cuts_a_span():
    from newsie.ner._decode import extend_orgs

    flat = _Paths([])  # every reading equally likely
    assert extend_orgs(flat, "美国、财政部", ["B-LOC", "E-LOC", "O", "O", "O", "O"], {"部"}, 0.3)[:2] == ["B-LOC", "E-LOC"]
    # 国防部 would cut the person 部长青 (an invented name) in two: not taken
    tags = ["B-LOC", "E-LOC", "O", "O", "B-PER", "I-PER", "E-PER"]
    assert extend_orgs(flat, "美国国防部长青", tags, {"部"}, 0.3) == tags
    # a predicted organisation right after the place is taken in whole
    tags = ["B-LOC", "E-LOC", "B-ORG", "I-ORG", "E-ORG", "O"]
    assert extend_orgs(flat, "英国内政部说", tags, {"部"}, 0.3) == ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "E-ORG", "O"]


def test_cluster_features_name_the_clusters_around_each_character():
    from newsie.ner._crf import Clusters, features

    cl = Clusters({"王": ("1", "11"), "李": ("1", "11"), "说": ("4", "40")}, {"王李": "7"})
    f = features("王李说了", cl)
    assert len(f) == 4 and len({len(x) for x in f}) == 1
    assert {"q011", "q+11", "Q+11|11", "r+7", "q#4"} <= set(f[0])  # 王: itself, 李 after it, 说 at +2
    assert {"q040", "q-11", "r=7"} <= set(f[2])  # 说: after the bigram 王李
    assert {"q0?", "q-40", "r-?"} <= set(f[3])  # 了: no cluster, nor the bigram 说了
    assert features("王李说了", None) == [x[: len(features("王", None)[0])] for x in f]


def test_shipped_clusters_group_family_names_and_transliterations():
    from newsie.ner._crf import CLUSTERS_FILE, Clusters

    cl = Clusters.read(ner._default_folder() / CLUSTERS_FILE)
    assert cl.fine["王"] == cl.fine["李"] == cl.fine["张"] == cl.fine["刘"]
    assert cl.coarse["斯"] == cl.coarse["克"] == cl.coarse["尔"] == cl.coarse["拉"] != cl.coarse["王"]
    assert cl.fine["省"] != cl.fine["王"]


def test_crf_folder_by_path(tmp_path):
    folder = tmp_path / "my-crf"
    shutil.copytree(ner._default_folder(), folder)
    source = ner.load(str(folder))
    assert isinstance(source, ner.CrfSource) and source.spec == str(folder)
    text = "国务院总理李鹏今天在人民大会堂会见了日本客人。"
    assert source([text]) == ner.load()([text])
    (folder / "model.crfsuite").unlink()
    ner._CACHE.clear()
    with pytest.raises(ner.ModelError, match=r"neither a spaCy .* nor a newsie CRF model folder \(model\.crfsuite"):
        ner.load(str(folder))


def test_crf_model_file_that_is_not_one_is_refused(tmp_path, monkeypatch):
    _refused(tmp_path, monkeypatch, lambda folder: (folder / "model.crfsuite").write_bytes(b"not a model"),
             "crfsuite cannot open this model")


def test_default_model_folder_missing_is_an_error_not_a_fallback(monkeypatch, tmp_path):
    monkeypatch.setattr(ner, "_default_folder", lambda: tmp_path / "gone")
    with pytest.raises(ner.ModelError, match="no such folder") as info:
        ner.load()
    assert "gone" in str(info.value)


def test_model_for_another_spacy_version_is_refused(tmp_path, spacy_model):
    folder = tmp_path / "old"
    shutil.copytree(spacy_model, folder)
    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    meta["spacy_version"] = ">=2.3.0,<2.4.0"
    (folder / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    with pytest.raises(ner.ModelError, match=r"spacy>=2\.3\.0,<2\.4\.0") as info:
        ner.load(str(folder))
    assert str(folder) in str(info.value)


# --- bad specs ------------------------------------------------------------------------


@pytest.mark.parametrize("spec", ["", "  ", None, 3])
def test_spec_must_be_a_nonempty_string(spec):
    with pytest.raises(ConfigError, match="entity source must be"):
        ner.load(spec)


@pytest.mark.parametrize("spec", ["stanza:zh", "ltp", "spacy:", "hanlp:"])
def test_unknown_or_empty_spec(spec):
    with pytest.raises(ConfigError):
        ner.load(spec)


def test_missing_folder_names_the_path(tmp_path):
    missing = tmp_path / "no-model-here"
    for spec in (str(missing), f"spacy:{missing}"):
        with pytest.raises(ner.ModelError, match="no such") as info:
            ner.load(spec)
        assert str(missing) in str(info.value)


def test_folder_that_is_no_model_names_what_was_expected(tmp_path):
    (tmp_path / "readme.txt").write_text("not a model", encoding="utf-8")
    with pytest.raises(ner.ModelError, match=r"neither a spaCy pipeline folder .* nor a HanLP"):
        ner.load(str(tmp_path))
    with pytest.raises(ner.ModelError, match=r"expected config\.cfg and meta\.json"):
        ner.load(f"spacy:{tmp_path}")


def test_unknown_spacy_package_name():
    pytest.importorskip("spacy")  # a package name means nothing without spaCy (extra newsie[spacy])
    with pytest.raises(ner.ModelError, match="neither an installed package nor a folder"):
        ner.load("spacy:zz_no_such_pipeline_sm")


# --- missing extras -------------------------------------------------------------------


@pytest.mark.parametrize(("module", "spec"), [("spacy", "spacy:zh_core_web_sm"), ("hanlp", "hanlp:MSRA_NER_ELECTRA_SMALL_ZH")])
def test_missing_extra_gives_the_install_command(monkeypatch, module, spec):
    monkeypatch.setitem(sys.modules, module, None)  # `import module` now raises ImportError
    with pytest.raises(ner.BackendMissingError) as info:
        ner.load(spec)
    assert isinstance(info.value, ConfigError) and isinstance(info.value, MissingExtraError)
    assert f'pip install "newsie[{module}]"' in str(info.value)


# --- the spaCy backend ----------------------------------------------------------------


@pytest.fixture(scope="module")
def spacy_model(tmp_path_factory) -> Path:
    """A spaCy ner pipeline with OntoNotes-style labels, trained here in a few seconds."""
    spacy = pytest.importorskip("spacy")
    from spacy.training import Example

    spacy.util.fix_random_seed(0)
    nlp = spacy.blank("zh")
    nlp.add_pipe("ner")
    examples = []
    for text, names in TRAIN:
        doc = nlp.make_doc(text)
        examples.append(Example.from_dict(doc, {"entities": spans_of(text, names)}))
    nlp.initialize(lambda: examples)
    for _ in range(60):
        nlp.update(examples, drop=0.0)
    folder = tmp_path_factory.mktemp("spacy") / "tiny-ner"
    nlp.to_disk(folder)
    return folder


@pytest.mark.parametrize("form", ["spacy:{}", "{}"])
def test_spacy_pipeline_by_path(spacy_model, form):
    source = ner.load(form.format(spacy_model))
    assert isinstance(source, ner.SpacySource)
    text, names = TRAIN[3]
    [spans] = source([text])
    # PERSON -> PER, GPE -> LOC; DATE is not an entity newsie keeps
    assert spans == [(0, 2, "PER"), (5, 7, "LOC")]
    texts = [t for t, _ in TRAIN]
    got = source(texts)
    assert len(got) == len(texts)
    assert (3, 6, "ORG") in got[2]


def test_spacy_pipeline_without_ner_is_refused(tmp_path):
    spacy = pytest.importorskip("spacy")
    nlp = spacy.blank("zh")
    nlp.add_pipe("sentencizer")
    nlp.to_disk(tmp_path / "no-ner")
    with pytest.raises(ner.ModelError, match="has no 'ner' component"):
        ner.load(f"spacy:{tmp_path / 'no-ner'}")


# --- the HanLP backend ----------------------------------------------------------------


@pytest.fixture(scope="module")
def hanlp_model(tmp_path_factory) -> Path:
    """A HanLP RNN NER model (MSRA-style NR/NS/NT labels), trained here in a few seconds."""
    pytest.importorskip("hanlp")
    torch = pytest.importorskip("torch")
    from hanlp.components.ner.rnn_ner import RNNNamedEntityRecognizer

    hanlp_labels = {"PERSON": "NR", "GPE": "NS", "ORG": "NT", "DATE": "T"}
    root = tmp_path_factory.mktemp("hanlp")
    blocks = []
    for text, names in TRAIN:
        tags = ["O"] * len(text)
        for s, e, label in spans_of(text, names):
            tags[s] = "B-" + hanlp_labels[label]
            for i in range(s + 1, e):
                tags[i] = "I-" + hanlp_labels[label]
        blocks.append("\n".join(f"{c}\t{t}" for c, t in zip(text, tags)))
    data = root / "train.tsv"
    data.write_text("\n\n".join(blocks * 8) + "\n", encoding="utf-8")
    import random

    random.seed(0)
    torch.manual_seed(0)
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        RNNNamedEntityRecognizer().fit(
            str(data), str(data), str(root / "model"), epochs=60, patience=60, embed=64,
            rnn_hidden=64, crf=False, batch_size=8, lr=0.01, tagging_scheme="BIO", verbose=False,
        )  # fmt: skip
    finally:
        torch.set_num_threads(threads)
    return root / "model"


@pytest.mark.parametrize("form", ["hanlp:{}", "{}"])
def test_hanlp_model_by_path(hanlp_model, form):
    source = ner.load(form.format(hanlp_model))
    assert isinstance(source, ner.HanlpSource)
    texts = [t for t, _ in TRAIN]
    got = source(texts)
    assert got[0] == [(0, 3, "PER"), (4, 6, "LOC")]  # NR -> PER, NS -> LOC
    assert (3, 6, "ORG") in got[2]  # NT -> ORG
    assert all(lab != "T" for spans in got for _, _, lab in spans)  # T (time) is dropped


def test_hanlp_offsets_skip_whitespace(hanlp_model):
    source = ner.load(f"hanlp:{hanlp_model}")
    text = "王 小明\n在北京工作。"
    [spans] = source([text])
    assert (0, 4, "PER") in spans and text[0:4] == "王 小明"
    assert (6, 8, "LOC") in spans


def test_hanlp_folder_without_config_is_refused(tmp_path):
    pytest.importorskip("hanlp")
    with pytest.raises(ner.ModelError, match=r"not a HanLP model folder: expected config\.json"):
        ner.load(f"hanlp:{tmp_path}")


def test_a_long_text_is_read_in_pieces():
    """A page that is one long paragraph is tagged in pieces cut after sentence ends, and
    the spans come back in the whole text's offsets."""
    src = ner.load("default")
    text = "俄罗斯总统普京在莫斯科会见了来访的法国总统马克龙。" * 12
    whole = src([text])[0]
    saved = src.max_chars
    try:
        src.max_chars = 60  # the text is 300 characters
        pieced = src([text, "", text[:50]])
    finally:
        src.max_chars = saved
    assert pieced[0] == whole and len(whole) >= 12
    assert pieced[1] == [] and pieced[2] == whole[: len(src([text[:50]])[0])]
    for s, e, _ in pieced[0]:
        assert text[s:e] in ("俄罗斯", "莫斯科", "法国", "马克龙", "普京")
