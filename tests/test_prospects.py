"""Prospect classes 成熟 / 希望 / 潜在 (seed 000 任务三, 陌生拜访): headers, CLI, panel."""

import json

import pandas as pd
import pytest
from openpyxl import load_workbook

from salesops import SalesopsError, check_prospects, classify_prospects, datasets
from salesops.cli import main


def test_chinese_and_synonym_headers_are_mapped_like_the_customer_table():
    # a table never read by read_customers: 购买意愿 / 购买力 are synonyms of 购买欲望 / 购买能力
    raw = pd.DataFrame({"公司名称": ["甲", "乙", "丙", "丁"], "购买意愿": [5, "高", 2, "低"],
                        "购买力": ["强", 1, 4, 2]})
    out = classify_prospects(raw)
    assert out["prospect_class"].tolist() == ["mature", "hopeful", "hopeful", "potential"]
    assert list(raw.columns) == ["公司名称", "购买意愿", "购买力"]  # the caller's frame unchanged
    english = pd.DataFrame({"Purchase desire": ["high"], "Ability to pay": ["low"]})
    assert classify_prospects(english)["prospect_class"].tolist() == ["hopeful"]


def test_the_sample_read_from_its_file_with_its_own_headers():
    df = datasets.load_prospects()
    assert df.reading.headers["purchase_desire"] == "购买意愿"
    classes = classify_prospects(df)["prospect_class"]
    assert classes.value_counts().to_dict() == {"hopeful": 4, "mature": 3, "potential": 2}
    assert classes.isna().sum() == 1  # desire not judged: no class rather than a guess
    assert check_prospects(df).empty


def test_a_cell_that_cannot_be_judged_names_file_row_and_the_persons_header(tmp_path):
    path = tmp_path / "陌生拜访.csv"
    path.write_text("公司名称,购买意愿,购买力\n甲,高,4\n乙,还行,2\n", encoding="utf-8")
    from salesops import read_customers

    df = read_customers(path)
    problems = check_prospects(df)
    assert problems[["row", "column", "value"]].values.tolist() == [[3, "购买意愿", "还行"]]
    assert "陌生拜访.csv 第 3 行" in problems["message"].item()
    with pytest.raises(SalesopsError, match=r"陌生拜访\.csv 第 3 行：购买意愿「还行」"):
        classify_prospects(df)
    coerced = classify_prospects(df, errors="coerce")["prospect_class"]
    assert coerced.tolist()[0] == "mature" and pd.isna(coerced.tolist()[1])


def test_cli_prospects_exit_codes_json_and_workbook(tmp_path, capsys):
    sample = str(datasets.path("prospects"))
    assert main(["prospects", sample, "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["classes"] == {"mature": 3, "hopeful": 4, "potential": 2}
    first = payload["prospects"][0]
    assert (first["row"], first["name"], first["prospect_class"]) == (
        2, "开平市新宇电子商务有限公司", "mature")
    out = tmp_path / "prospects.xlsx"
    assert main(["prospects", sample, "-o", str(out)]) == 0
    text = capsys.readouterr().out
    assert "第 2 行 开平市新宇电子商务有限公司：成熟客户" in text and "成熟客户 3 个" in text
    ws = load_workbook(out)["客户信息表"]
    header = [c.value for c in ws[4]]
    column = header.index("客户类别") + 1
    assert ws.cell(5, column).value == "成熟客户"
    bad = tmp_path / "bad.csv"
    bad.write_text("公司名称,购买欲望,购买能力\n甲,高,还行\n", encoding="utf-8")
    assert main(["prospects", str(bad)]) == 1  # data errors
    assert "bad.csv 第 2 行：购买能力「还行」" in capsys.readouterr().out
    assert main(["prospects", str(datasets.path("customers"))]) == 2  # nothing to classify
    err = capsys.readouterr().err
    assert "customers.csv" in err and "购买欲望" in err and "Traceback" not in err


def test_customer_panel_shows_a_localised_prospect_table(tmp_path):
    from salesops.labels import language
    from salesops.widgets import StartPanel

    panel = StartPanel(out_dir=tmp_path)
    panel.load_sample("prospects")
    assert "<th>客户类别</th>" in panel.prospect_table.value
    assert "<td>成熟客户</td>" in panel.prospect_table.value
    assert "<td>未能判断</td>" in panel.prospect_table.value
    with language("en"):
        panel.load_sample("prospects")
        assert "<th>Prospect class</th>" in panel.prospect_table.value
    panel.load_sample("customers")
    assert panel.prospects is None and "购买欲望" in panel.prospect_table.value
