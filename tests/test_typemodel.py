"""The learned second opinion on event types: what it ships, what it changes, how it is trained."""

import json
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

from geo import paths
from geo.extract import extract_article
from geo.typemodel import HELD_OUT, MODEL_PATH, TypeModel, features, train, training_samples

ROOT = Path(__file__).resolve().parent.parent


def _types(text, gaz, learned):
    res = extract_article(text, date(2014, 3, 5), gazetteer=gaz, learned_types=learned)
    return [(e["event_type"], e["place"]) for e in res.events]


def test_the_shipped_model_never_learned_from_the_held_out_sets():
    d = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert d["held_out"] == sorted(HELD_OUT)
    assert not set(d["trained_on"]) & set(HELD_OUT)
    assert len(d["trained_on"]) >= 30
    model = TypeModel.load()
    assert model is not None and model.classes[0] == "bombing" and 0 < model.margin < 1


def test_the_model_overrules_the_rules_where_the_words_say_otherwise(gaz):
    shot = ("Former district chief killed in Jalalabad\n\nJALALABAD, Afghanistan - A former district chief "
            "was shot dead by two gunmen on a motorbike outside his home in Jalalabad on Monday, police said.")
    assert _types(shot, gaz, learned=False) == [("armed_clash", "Jalalabad")]
    assert _types(shot, gaz, learned=True) == [("assassination", "Jalalabad")]
    taken = ("Rebels take Saraqib\n\nRebels overran the last army posts in Saraqib on Monday and took full "
             "control of the town, activists said.")
    assert _types(taken, gaz, learned=False) == [("armed_clash", "Saraqib")]
    assert _types(taken, gaz, learned=True) == [("strategic_development", "Saraqib")]


def test_a_clear_rule_type_stands(gaz):
    text = ("Car bomb kills six in Kirkuk\n\nKIRKUK, Iraq - A car bomb exploded near a police station in "
            "Kirkuk on Monday, killing six people, police said.")
    assert _types(text, gaz, learned=True) == _types(text, gaz, learned=False) == [("bombing", "Kirkuk")]


def test_features_name_the_rule_the_trigger_and_the_words_near_it():
    sentence = "Gunmen shot dead a judge in Quetta on Monday."
    t0 = sentence.index("shot dead")
    f = features(sentence, (t0, t0 + len("shot dead")), "armed_clash")
    assert "rule=armed_clash" in f and "trig=shot dead" in f
    assert "n=gunmen" in f and "n=judge" in f and "nb=gunmen__T_" in f and "nb=_T__a" in f
    assert "bg=shot_dead" in f and "w=quetta" in f
    assert "trig=" in features(sentence, None, "armed_clash")


def test_features_say_whether_the_place_is_the_triggers_object_and_a_captured_town_stays_taken(gaz):
    sentence = "Militants captured Marka after overrunning army checkpoints on its edge."
    t0, p0 = sentence.index("captured"), sentence.index("Marka")
    f = features(sentence, (t0, t0 + len("captured")), "strategic_development", (p0, p0 + len("Marka")))
    assert "obj=place" in f and "objt=captured" in f and "subj=place" not in f
    sentence = "In Marka, militants captured two soldiers."
    t0, p0 = sentence.index("captured"), sentence.index("Marka")
    assert "obj=place" not in features(sentence, (t0, t0 + len("captured")), "abduction", (p0, p0 + len("Marka")))
    text = ("Town falls\n\nIn early March, Islamic State fighters captured al-Qaryatayn after overrunning army "
            "checkpoints on the edge of the town.")
    assert _types(text, gaz, learned=True) == [("strategic_development", "al-Qaryatayn")]


def test_training_is_deterministic_and_fits_what_it_learned_from(gaz):
    samples = training_samples([ROOT / "eval" / "dev2"], gazetteer=gaz)
    assert len(samples) > 80
    a, b = train(samples, steps=200), train(samples, steps=200)
    assert a.to_json() == b.to_json()
    rule_right = sum(f"rule={label}" in feats for feats, label in samples)
    model_right = 0
    for feats, label in samples:
        p = a.probabilities(feats)
        model_right += a.classes[max(range(len(p)), key=p.__getitem__)] == label
    assert model_right >= rule_right


def test_a_missing_model_file_leaves_the_rules_alone(tmp_path):
    assert TypeModel.load(tmp_path / "none.json") is None
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    assert TypeModel.load(bad) is None


def test_the_train_command_writes_a_model_from_a_folder_of_gold_sets(tmp_path):
    shutil.copytree(ROOT / "eval" / "dev4", tmp_path / "eval" / "dev4")
    shutil.copytree(ROOT / "eval" / "test5", tmp_path / "eval" / "test5")
    out = tmp_path / "model.json"
    run = subprocess.run([sys.executable, "-m", "geo", "typemodel", "train", "--eval", str(tmp_path / "eval"),
                          "--hold-out", "test5", "--out", str(out)], cwd=paths.ROOT, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    d = json.loads(out.read_text(encoding="utf-8"))
    assert d["trained_on"] == ["dev4"] and d["held_out"] == ["test5"]
    assert "events from 1 gold set " in run.stdout
    empty = subprocess.run([sys.executable, "-m", "geo", "typemodel", "train", "--eval", str(tmp_path / "none"),
                            "--out", str(tmp_path / "x.json")], cwd=paths.ROOT, capture_output=True, text=True)
    assert empty.returncode == 2 and not (tmp_path / "x.json").exists()
