"""The corpus manifest reader, on worked examples: columns by name, TSV or CSV, found inside or
beside the corpus folder, bad dates reported by line and left unknown."""

from assistant.manifest import find_manifest, load_manifest


def test_tsv_beside_the_folder_by_name(tmp_path):
    corpus = tmp_path / "news"
    corpus.mkdir()
    (tmp_path / "news.tsv").write_text(
        "file\tlang\tdate\toutlet\ttitle\turl\n"
        "0001_a.txt\ten\t2021-11-04\tCNN\tSatellite photos\thttps://cnn.com/x\n",
        encoding="utf-8",
    )
    manifest = load_manifest(corpus)
    entry = manifest.get("0001_a.txt")
    assert (entry.published, entry.outlet, entry.title, entry.url) == (
        "2021-11-04",
        "CNN",
        "Satellite photos",
        "https://cnn.com/x",
    )
    assert manifest.get("sub/0001_a.txt") == entry  # by bare name too
    assert manifest.get("other.txt").outlet is None and not manifest.problems


def test_csv_inside_the_folder_wins_and_bad_dates_are_reported(tmp_path):
    (tmp_path / "manifest.csv").write_text(
        "File,Outlet,Date\na.txt,BBC News,2022-13-01\nb.txt,Reuters,2022-02\n", encoding="utf-8"
    )
    (tmp_path.parent / f"{tmp_path.name}.tsv").write_text("file\n", encoding="utf-8")
    assert find_manifest(tmp_path) == tmp_path / "manifest.csv"
    manifest = load_manifest(tmp_path)
    assert manifest.get("a.txt").outlet == "BBC News" and manifest.get("a.txt").published is None
    assert manifest.get("b.txt").published == "2022-02"
    assert len(manifest.problems) == 1 and "line 2" in manifest.problems[0]


def test_a_manifest_without_a_file_column_says_what_to_add(tmp_path):
    (tmp_path / "manifest.tsv").write_text("name\toutlet\n", encoding="utf-8")
    manifest = load_manifest(tmp_path)
    assert not manifest.entries and "no 'file' column" in manifest.problems[0]


def test_no_manifest_is_fine(tmp_path):
    assert load_manifest(tmp_path).entries == {}
