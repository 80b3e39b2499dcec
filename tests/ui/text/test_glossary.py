"""Glossary: the French interface speaks the pôles' words, the English one no French.

Vocabulary from docs/architecture.md: a link is a *maillon* (never "lien"), a stage an *étape*, a flow a
*flux*; statuses fort / faible / manquant / à évaluer; renforcement local, recherche d'alliances,
partenaire candidat, marché final, plan d'action, pôle. French typography: a no-break space
before « : ; ? ! », « guillemets ».
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from valuechain_gui.ui.text import i18n

FR_TS = i18n.ts_path("fr")
EN_TS = i18n.ts_path("en")
NO_BREAK = "\u00a0\u202f"


def _entries(ts):
    """(context, source, [translations]) of every message of ``ts``."""
    root = ET.parse(ts).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            texts = ([f.text or "" for f in translation.iter("numerusform")]
                     if message.get("numerus") == "yes" else [translation.text or ""])
            yield name, message.findtext("source") or "", [t for t in texts if t]


FRENCH = list(_entries(FR_TS))


def _plain(text: str) -> str:
    """``text`` without mnemonics, markup and placeholders, apostrophes made straight."""
    text = re.sub(r"<[^>]+>|\{[a-z_]*\}", " ", text).replace("&&", "\0").replace("&", "")
    return text.replace("\0", "&").replace("’", "'")


def _french(source: str, context: str | None = None) -> str:
    for ctx, src, texts in FRENCH:
        if src == source and (context is None or ctx == context):
            return texts[0]
    raise AssertionError(f"{source!r} not in valuechain_gui_fr.ts")


def test_french_never_says_lien_for_a_maillon():
    offenders = [(c, s, t) for c, s, texts in FRENCH for t in texts
                 if re.search(r"\bliens?\b", _plain(t), re.IGNORECASE)]
    assert not offenders, f"'lien' in French (say maillon, or flux for an arrow): {offenders}"
    assert not any(re.search(r"faibles? liens?", _plain(t), re.IGNORECASE)
                   for _, _, texts in FRENCH for t in texts)


@pytest.mark.parametrize("english, french", [
    ("strong", "fort"), ("weak", "faible"), ("missing", "manquant"), ("unassessed", "à évaluer"),
])
def test_statuses_are_fort_faible_manquant_a_evaluer(english, french):
    contexts = [c for c, s, _ in FRENCH if s == english]
    assert contexts, f"no status word {english!r} in the interface"
    for context in contexts:
        assert _french(english, context) == french, context


@pytest.mark.parametrize("english, french", [
    ("local reinforcement", "renforcement local"),
    ("alliance search", "recherche d'alliances"),
    ("regional", "régional"), ("national", "national"), ("European", "européen"),
    ("international", "international"),
    ("identified", "repéré"), ("contacted", "contacté"),
    ("first joint operations", "premières opérations communes"),
    ("structured alliance", "alliance structurée"),
    ("shared", "partagée"), ("rotating", "alternée"), ("neutral third party", "tiers neutre"),
    ("cluster", "pôle ou cluster"),
])
def test_plan_words_are_the_poles_words(english, french):
    assert _plain(_french(english, "PlanLabels")) == french


#: English words (regular expression on the source) → the French word their translation uses.
#: A few sources say "stage" for something else than a chain stage: listed as exceptions.
VOCABULARY = [
    (r"\blinks?\b", r"maillons?", set()),
    (r"\bflows?\b", r"\bflux\b", set()),
    (r"\bstages?\b", r"étapes?", {"Cooperation stage"}),
    (r"\bend[ -]markets?\b", r"marchés? fina(l|ls|ux)\b", set()),
    (r"\baction plan\b", r"plan d'action", set()),
    (r"\blocal reinforcement\b", r"renforcement local", set()),
    (r"\balliance search\b", r"recherche d'alliances", set()),
    (r"\bcandidate partners?\b", r"partenaires? candidats?", set()),
    (r"\bstrategic\b", r"stratégique", set()),
    (r"\bactors?\b", r"acteurs?", set()),
    (r"\bcluster\b", r"pôle", set()),
]


@pytest.mark.parametrize("english, french, exceptions", VOCABULARY,
                         ids=[v[0] for v in VOCABULARY])
def test_domain_words_are_translated_by_the_glossary_word(english, french, exceptions):
    offenders = []
    for context, source, texts in FRENCH:
        plain_source = _plain(source)
        if source in exceptions or not re.search(english, plain_source, re.IGNORECASE):
            continue
        for text in texts:
            if not re.search(french, _plain(text), re.IGNORECASE):
                offenders.append(f"{context}: {source!r} → {text!r}")
    assert not offenders, f"expected /{french}/ in:\n" + "\n".join(offenders)


def test_french_typography_no_break_spaces_and_guillemets():
    offenders = []
    for context, source, texts in FRENCH:
        for text in texts:
            body = re.sub(r"<[^>]+>|\{[a-z_]*\}|\(\*[^)]*\)|https?://\S+", "", text)
            body = body.replace(";;", "\n")  # file dialog filters
            if re.search(rf"[^\s{NO_BREAK}]:(\s|$)", body) or re.search(r" [:;?!»]|« ", body):
                offenders.append(f"{context}: {text!r} (no-break space before : ; ? ! »)")
            if re.search(rf"[^\s{NO_BREAK}(][;?!](\s|$)", body):
                offenders.append(f"{context}: {text!r} (no-break space before ; ? !)")
            if "“" in text or "”" in text or "'" in text.replace("&apos;", ""):
                offenders.append(f"{context}: {text!r} (« guillemets » and ’ in French)")
    assert not offenders, "\n".join(offenders)


#: French words that must never appear in the English interface (its source strings).
FRENCH_WORDS = [
    "maillons?", "étapes?", "etapes?", "flux", "forts?", "faibles?", "manquants?", "à évaluer",
    "renforcement", "recherche d'alliances", "alliances? structurées?", "partenaires?",
    "candidats?", "stratégiques?", "acteurs?", "marchés?", "pôles?", "plan d'action",
    "régional", "européen", "repérés?", "contactés?", "opérations", "partagée", "alternée",
    "tiers neutre", "projet", "fichier", "enregistrer", "annuler", "oui",
]


def test_english_interface_has_no_french_word():
    english = [(c, s) for c, s, _ in FRENCH]
    english += [(c, t) for c, _, texts in _entries(EN_TS) for t in texts]
    pattern = re.compile(r"\b(" + "|".join(FRENCH_WORDS) + r")\b", re.IGNORECASE)
    offenders = [f"{c}: {s!r}" for c, s in english if pattern.search(_plain(s))]
    accented = [f"{c}: {s!r}" for c, s in english if re.search(r"[éèêàçùâîôûœ]", s)]
    assert not offenders, "French words in English strings:\n" + "\n".join(offenders)
    assert not accented, "accented (French?) words in English strings:\n" + "\n".join(accented)


def test_export_words_follow_the_same_glossary():
    """The Qt-free table of words written into exports (``words.py``) uses the same words."""
    from valuechain_gui.words import WORDS

    french, english = WORDS["fr"], WORDS["en"]
    assert [french[f"link_status.{s}"] for s in ("strong", "weak", "missing", "unassessed")] \
        == ["fort", "faible", "manquant", "à évaluer"]
    assert not [(k, v) for k, v in french.items()
                if re.search(r"\bliens?\b", _plain(v), re.IGNORECASE)]
    pattern = re.compile(r"\b(" + "|".join(FRENCH_WORDS) + r")\b", re.IGNORECASE)
    assert not [(k, v) for k, v in english.items()
                if pattern.search(_plain(v)) or re.search(r"[éèêàçùâîôûœ]", v)]


def test_plan_labels_in_the_french_app_are_the_words_of_the_french_workbook(qapp, tmp_path):
    """The delegate reads the app and then the exported workbook to the board: the same
    enum value must have the same French word in both (``ui/plan/labels.py`` vs ``words.py``)."""
    from PySide6.QtCore import QLocale

    from valuechain_gui import model
    from valuechain_gui.ui.plan import labels as labels
    from valuechain_gui.ui.text.labels import link_status_label
    from valuechain_gui.words import word

    pairs = [(labels.priority_label, model.Priority, "priority"),
             (labels.status_label, model.ActionStatus, "action_status"),
             (link_status_label, model.LinkStatus, "link_status"),
             (labels.scope_label, model.Scope, "scope"),
             (labels.channel_label, model.SearchChannel, "channel"),
             (labels.partner_kind_label, model.PartnerKind, "partner_kind"),
             (labels.coop_stage_label, model.CooperationStage, "coop_stage"),
             (labels.governance_label, model.Governance, "governance")]
    saved = QLocale()
    installed = i18n.install_translators(qapp, "fr", cache_dir=tmp_path)
    try:
        different = [(prefix, value.value, label(value), word("fr", f"{prefix}.{value.value}"))
                     for label, enum, prefix in pairs for value in enum
                     if label(value) != word("fr", f"{prefix}.{value.value}")]
        different += [("action_state", s.value, labels.state_label(s),
                       word("fr", f"action_state.{s.value}"))
                      for s in model.ActionState if s != model.ActionState.OBSOLETE
                      and labels.state_label(s) != word("fr", f"action_state.{s.value}")]
    finally:
        i18n.remove_translators(qapp, installed)
        QLocale.setDefault(saved)
    assert not different, f"(key, value, app, workbook): {different}"
