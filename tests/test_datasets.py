import numpy as np

from salesops import check_customers, datasets


def test_manifest_describes_every_file_truthfully():
    manifest = datasets.manifest()
    assert set(manifest) == {"customers", "messy_customers", "hotline_forecast",
                             "consultations", "complaints", "kpi_periods", "prospects"}
    for name, entry in manifest.items():
        assert entry["synthetic"] is True
        assert datasets.path(name).exists()
        assert entry["generator"] == "data/generate_samples.py"
    customers = datasets.load_customers()
    assert len(customers) == manifest["customers"]["rows"] == 150
    assert len(datasets.list_datasets()) == 7


def test_sample_customers_are_realistic():
    table = datasets.load_customers()
    df = table.data
    assert df["customer_id"].is_unique
    assert set(df["city"]) <= {"开平市", "江门市", "台山市", "鹤山市", "恩平市"}
    assert (df["city"] == "开平市").mean() > 0.5
    # coordinates inside Jiangmen prefecture (which contains Kaiping)
    assert df["latitude"].between(21.9, 22.9).all() and df["longitude"].between(112.2, 113.3).all()
    sales = np.sort(df["annual_sales"].to_numpy())[::-1]
    buyers = sales[sales > 0]
    top20 = buyers[: round(len(buyers) * 0.2)].sum() / buyers.sum()
    assert 0.7 < top20 < 0.9  # heavy tail: ABC comes out near 80/20
    assert df["owner"].nunique() == 2
    assert df["birthday"].notna().all()
    assert check_customers(table, today=np.datetime64("2026-11-22").astype(object)).empty


def test_generator_is_reproducible(tmp_path, monkeypatch):
    import importlib.util

    from tests.conftest import REPO

    spec = importlib.util.spec_from_file_location("gen", REPO / "data" / "generate_samples.py")
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    monkeypatch.setattr(gen, "HERE", tmp_path)
    gen.main()
    for name in ("customers.csv", "messy_customers.csv", "hotline_forecast.csv",
                 "consultations.csv", "complaints.csv", "kpi_periods.csv", "prospects.csv",
                 "manifest.json"):
        assert (tmp_path / name).read_bytes() == (REPO / "data" / name).read_bytes(), name


def test_hotline_forecast_shape():
    f = datasets.load_hotline_forecast()
    assert len(f) == 7 * 28
    assert f["interval_start"].dt.hour.min() == 9 and f["interval_start"].dt.hour.max() == 22
    daily = f.groupby(f["interval_start"].dt.day_of_week)["calls"].sum()
    assert daily.idxmax() == 0 and daily.iloc[5:].max() < daily.iloc[:5].min()  # weekend lower
    hourly = f.groupby(f["interval_start"].dt.hour)["calls"].mean()
    assert hourly.loc[10] > hourly.loc[21]  # morning peak, quiet evening
