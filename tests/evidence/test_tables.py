"""Answers tables: the survey exports recognised, encodings, separators, bad files."""

import pytest
from openpyxl import Workbook

from journeymap.evidence.tables import TableError, read_answers

QUALTRICS = (
    "StartDate,ResponseId,Q1,Q2\n"
    "Start Date,Response ID,Who are you?,How easy was it?\n"
    '"{""ImportId"":""startDate""}","{""ImportId"":""_recordId""}",'
    '"{""ImportId"":""QID1""}","{""ImportId"":""QID2""}"\n'
    "2026-11-01,R_1,Household,5\n"
    "2026-11-02,R_2,Company,=1+1\n"
)


def test_a_qualtrics_export_has_three_header_rows(tmp_path):
    path = tmp_path / "q.csv"
    path.write_text(QUALTRICS, encoding="utf-8-sig")
    table = read_answers(path)
    assert table.kind == "qualtrics"
    assert len(table.headers) == 3
    assert table.encoding == "utf-8-sig"
    assert table.names[3] == "Q2 / How easy was it?"
    assert table.column("Q2") == table.column("how easy  was it?") == 3
    assert table.rows[1] == (5, ("2026-11-02", "R_2", "Company", "=1+1"))  # text, not 2


def test_a_surveymonkey_workbook_has_two_header_rows_and_merged_questions(tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["Respondent ID", "Collector ID", "Which step was hardest?", None, "Ease"])
    sheet.append([None, None, "Ordering", "Paying", "Response"])
    sheet.append([1001, 5, "x", None, 4])
    path = tmp_path / "monkey.xlsx"
    book.save(path)
    table = read_answers(path)
    assert table.kind == "surveymonkey"
    assert table.names[3] == "Which step was hardest? / Paying"
    assert table.rows == ((3, ("1001", "5", "x", "", "4")),)
    assert table.column("Ease / Response") == 4


def test_google_and_microsoft_forms_and_a_plain_table_have_one(tmp_path):
    google = tmp_path / "g.csv"
    google.write_text("Timestamp,How easy?\n2026/11/01 10:00:00 EET,4\n", encoding="utf-8")
    assert read_answers(google).kind == "google-forms"
    book = Workbook()
    book.active.append(["ID", "Start time", "Completion time", "Email", "Name", "Ease"])
    book.active.append([1, "11/1/26", "11/1/26", "anonymous", None, 3])
    ms = tmp_path / "ms.xlsx"
    book.save(ms)
    table = read_answers(ms)
    assert table.kind == "microsoft-forms"
    assert table.rows[0][1][-1] == "3"
    plain = tmp_path / "p.csv"
    plain.write_text("persona,ease\nhome,4\n", encoding="utf-8")
    assert read_answers(plain).kind == "plain"
    assert read_answers(plain, header_rows=2).rows == ()


@pytest.mark.parametrize("encoding", ["utf-16", "cp1252", "utf-8-sig", "utf-8"])
def test_encodings_and_a_semicolon_separator(tmp_path, encoding):
    path = tmp_path / "a.csv"
    path.write_text(
        "Asiakastyyppi;Helppous\nYritys, pieni;4,5\nKotitalous ÄÖ;5\n", encoding=encoding
    )
    table = read_answers(path)
    assert table.separator == ";"
    assert table.rows[0][1] == ("Yritys, pieni", "4,5")
    assert table.rows[1][1] == ("Kotitalous ÄÖ", "5")


def test_files_that_are_not_tables_are_refused_by_name(tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(TableError, match=r"empty\.csv: the file is empty"):
        read_answers(empty)
    binary = tmp_path / "picture.csv"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    with pytest.raises(TableError, match="not a table"):
        read_answers(binary)
    fake = tmp_path / "fake.xlsx"
    fake.write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(TableError, match=r"fake\.xlsx"):
        read_answers(fake)
    with pytest.raises(TableError, match="cannot be read"):
        read_answers(tmp_path / "missing.csv")
    blank = tmp_path / "blank.csv"
    blank.write_text("\n\n", encoding="utf-8")
    with pytest.raises(TableError, match="no rows"):
        read_answers(blank)
