"""Reading tool exports: each reading rule, each tool's file, each aggregate, partial periods."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from smart_tui.domain.models import Unit
from smart_tui.measures import Aggregate, Choices, MeasureFileError, Period, plan_file, plan_table
from smart_tui.measures.columns import choose
from smart_tui.measures.reader import parse_csv, read_table

EXPORTS = Path(__file__).resolve().parents[1] / "data" / "exports"


def plan_text(tmp_path, text: str, choices: Choices, encoding="utf-8"):
    path = tmp_path / "x.csv"
    path.write_bytes(text.encode(encoding))
    return plan_file(path, choices, Unit.COUNT)


def values(plan):
    return [(p.day, p.value) for p in plan.points]


# -- each tool's export ------------------------------------------------------------------
def test_google_analytics_4_report_with_its_hash_header_and_compact_dates():
    plan = plan_file(EXPORTS / "ga4_traffic_acquisition.csv", Choices(column="sessions"),
                     Unit.COUNT)
    assert plan.choices.column == "Sessions" and plan.choices.date_column == "Date"
    assert values(plan) == [(date(2026, 1, 31), 2154), (date(2026, 2, 28), 2044)]
    # the file stops on 15 March: March is left out of a sum, and named
    assert [(p.start, p.end) for p in plan.left_out] == [(date(2026, 3, 1), date(2026, 3, 31))]


def test_search_console_dates_export_reads_ctr_as_percent_and_newest_first_rows():
    plan = plan_file(EXPORTS / "search_console_dates.csv", Choices(column="CTR"), Unit.PERCENT)
    assert plan.choices.aggregate == Aggregate.MEAN  # a percentage KPI: the mean
    [feb, mar] = plan.points
    assert feb.day == date(2026, 2, 28) and 2.5 < feb.value < 3.5
    clicks = plan_file(EXPORTS / "search_console_dates.csv", Choices(column="clicks"),
                       Unit.COUNT)
    assert values(clicks) == [(date(2026, 2, 28), 789), (date(2026, 3, 31), 991)]


def test_meta_business_suite_export_with_sep_line_title_and_iso_times():
    plan = plan_file(EXPORTS / "meta_business_suite_reach.csv", Choices(), Unit.COUNT)
    assert plan.choices.column == "Primary"  # the only numeric column: no need to name it
    assert values(plan) == [(date(2026, 2, 28), 4794), (date(2026, 3, 31), 5259)]


def test_google_business_profile_monthly_rows_in_french():
    plan = plan_file(EXPORTS / "google_business_profile_performance.csv",
                     Choices(column="vues de la fiche"), Unit.COUNT)
    assert plan.granularity == Period.MONTH  # « janv. 2026 » covers its month: not partial
    assert values(plan) == [(date(2026, 1, 31), 1240), (date(2026, 2, 28), 1315),
                            (date(2026, 3, 31), 1402)]
    with pytest.raises(MeasureFileError) as err:
        plan_file(EXPORTS / "google_business_profile_performance.csv",
                  Choices(column="appels", period=Period.WEEK), Unit.COUNT)
    assert err.value.key == "error.measures_period_too_fine_month"


def test_mailchimp_campaign_report_open_rate_and_text_dates_with_times():
    plan = plan_file(EXPORTS / "mailchimp_campaigns.csv", Choices(column="open rate"),
                     Unit.PERCENT)
    assert plan.choices.column == "Open Rate"
    jan = plan.points[0]
    assert jan.day == date(2026, 1, 31)
    assert jan.value == pytest.approx((42.36 + 40.61) / 2)


def test_french_excel_csv_semicolons_decimal_comma_bom_day_first():
    plan = plan_file(EXPORTS / "excel_fr_ventes.csv", Choices(column="chiffre d affaires"),
                     Unit.CURRENCY)
    assert plan.choices.column == "Chiffre d'affaires (€)"
    assert values(plan) == [(date(2026, 2, 28), 5235.75), (date(2026, 3, 31), 5734.75)]


def test_xlsx_first_sheet_or_the_named_one(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    book.active.title = "Notes"
    book.active.append(["rien ici"])
    sheet = book.create_sheet("Ventes")
    sheet.append(["Jour", "Ventes totales", "Commandes"])
    for day in range(1, 32):
        sheet.append([date(2026, 3, day), 100.5, 2])
    path = tmp_path / "shop.xlsx"
    book.save(path)
    with pytest.raises(MeasureFileError) as err:
        plan_file(path, Choices(), Unit.CURRENCY)
    assert err.value.key == "error.measures_no_table"
    with pytest.raises(MeasureFileError) as err:
        plan_file(path, Choices(sheet="Feuil1"), Unit.CURRENCY)
    assert err.value.key == "error.measures_no_sheet" and "Ventes" in err.value.params["sheets"]
    plan = plan_file(path, Choices(column="ventes totales", sheet="Ventes"), Unit.CURRENCY)
    assert values(plan) == [(date(2026, 3, 31), 31 * 100.5)]


# -- reading rules -----------------------------------------------------------------------
def test_utf16_with_tabs_as_older_analytics_exports(tmp_path):
    text = "# Rapport\nJour\tVisites\n01/03/2026\t10\n02/03/2026\t12\n"
    plan = plan_text(tmp_path, text, Choices(period=Period.DAY), encoding="utf-16")
    assert values(plan) == [(date(2026, 3, 1), 10), (date(2026, 3, 2), 12)]


def test_windows_1252_file_is_read():
    table = read_table(EXPORTS / "excel_fr_ventes.csv")
    assert table.delimiter == ";"
    data = "Date;Clients fidèles\n01/03/2026;3\n".encode("cp1252")
    from smart_tui.measures.reader import decode

    assert "fidèles" in decode(data)


@pytest.mark.parametrize("cell, expected", [
    ("2026-03-01", date(2026, 3, 1)), ("01/03/2026", date(2026, 3, 1)),
    ("20260301", date(2026, 3, 1)), ("1 mars 2026", date(2026, 3, 1)),
    ("1er mars 2026", date(2026, 3, 1)), ("Mar 1, 2026", date(2026, 3, 1)),
    ("2026-03-01T00:00:00", date(2026, 3, 1)), ("Mar 01, 2026 10:00 am", date(2026, 3, 1)),
    ("1.3.2026", date(2026, 3, 1)),
])
def test_each_date_form(cell, expected):
    series = choose(parse_csv(f'Date,V\n"{cell}",5\n'))
    assert series.rows[0].day == expected


def test_month_first_dates_when_the_column_proves_it():
    series = choose(parse_csv("Date,V\n03/15/2026,1\n03/01/2026,2\n"))
    assert [r.day for r in series.rows] == [date(2026, 3, 15), date(2026, 3, 1)]


@pytest.mark.parametrize("cell, delimiter, expected", [
    ("12,5", ";", 12.5), ("1 234,5", ";", 1234.5), ("1\u202f234,5", ";", 1234.5),
    ("1.234,5", ";", 1234.5), ('"1,234.5"', ",", 1234.5), ('"1,234"', ",", 1234),
    ("1.234", ";", 1234), ("3.5%", ",", 3.5), ("3,5 %", ";", 3.5), ("1 200 €", ";", 1200),
    ("$1,200.50", "\t", 1200.5), ("−3", ";", -3),
])
def test_each_number_form(cell, delimiter, expected):
    series = choose(parse_csv(f"Date{delimiter}V\n2026-03-01{delimiter}{cell}\n"))
    assert series.rows[0].value == pytest.approx(expected)


def test_header_matching_ignores_case_and_accents():
    table = parse_csv("Date,Clics vers le site Web,Appels\n2026-03-01,4,2\n")
    assert choose(table, "CLICS VERS LE SITE WEB").value_column == "Clics vers le site Web"
    assert choose(table, "appéls").value_column == "Appels"


def test_the_date_column_is_the_first_holding_dates_unless_named():
    table = parse_csv("Campagne,Envoi,Ouvertures\nA,2026-03-01,4\nB,2026-03-08,6\n")
    assert choose(table).date_column == "Envoi"
    with pytest.raises(MeasureFileError) as err:
        choose(table, date_name="Campagne")
    assert err.value.key == "error.measures_not_dates"


def test_total_rows_without_digits_in_the_date_are_left_out():
    table = parse_csv("Date,V\n2026-03-01,4\n2026-03-02,6\nTotal,10\n")
    assert [r.value for r in choose(table).rows] == [4, 6]


def test_several_numeric_columns_are_listed_for_a_choice():
    with pytest.raises(MeasureFileError) as err:
        choose(parse_csv("Date,A,B\n2026-03-01,1,2\n"))
    assert err.value.key == "error.measures_choose_column"
    assert err.value.params["columns"] == "A, B"


# -- aggregates and periods --------------------------------------------------------------
DAILY = "Date,V\n" + "".join(f"2026-03-{d:02d},{d}\n" for d in range(1, 32))


@pytest.mark.parametrize("aggregate, expected", [
    (Aggregate.SUM, 496), (Aggregate.MEAN, 16), (Aggregate.LAST, 31)])
def test_each_aggregate(aggregate, expected):
    plan = plan_table(parse_csv(DAILY), Path("x.csv"), Choices(aggregate=aggregate), Unit.COUNT)
    assert values(plan) == [(date(2026, 3, 31), expected)]


@pytest.mark.parametrize("unit, expected", [
    (Unit.COUNT, Aggregate.SUM), (Unit.CURRENCY, Aggregate.SUM),
    (Unit.PERCENT, Aggregate.MEAN), (Unit.RATING, Aggregate.LAST)])
def test_the_aggregate_defaults_by_the_kpis_unit(unit, expected):
    plan = plan_table(parse_csv(DAILY), Path("x.csv"), Choices(), unit)
    assert plan.choices.aggregate == expected


def test_weeks_run_monday_to_sunday_and_a_partial_week_is_left_out_of_a_sum():
    plan = plan_table(parse_csv(DAILY), Path("x.csv"), Choices(period=Period.WEEK), Unit.COUNT)
    # 1 March 2026 is a Sunday: its week started in February, so it is partial
    assert plan.points[0].day == date(2026, 3, 8)
    assert plan.points[0].value == sum(range(2, 9))
    assert [(p.start, p.end) for p in plan.left_out] == [
        (date(2026, 2, 23), date(2026, 3, 1)), (date(2026, 3, 30), date(2026, 4, 5))]


def test_partial_keeps_the_period_dated_on_the_files_last_day_in_it():
    text = "Date,V\n" + "".join(f"2026-04-{d:02d},1\n" for d in range(1, 11))
    left = plan_table(parse_csv(text), Path("x.csv"), Choices(), Unit.COUNT)
    assert left.points == [] and len(left.left_out) == 1
    kept = plan_table(parse_csv(text), Path("x.csv"), Choices(partial=True), Unit.COUNT)
    assert values(kept) == [(date(2026, 4, 10), 10)] and kept.points[0].partial
    mean = plan_table(parse_csv(text), Path("x.csv"), Choices(aggregate=Aggregate.MEAN),
                      Unit.COUNT)
    assert values(mean) == [(date(2026, 4, 10), 1)]  # a mean is not distorted by a part


def test_a_month_end_date_in_monthly_rows_covers_its_month():
    text = "Date,V\n2026-01-31,5\n2026-02-28,6\n2026-03-31,7\n"
    plan = plan_table(parse_csv(text), Path("x.csv"), Choices(), Unit.COUNT)
    assert plan.granularity == Period.MONTH and not plan.left_out
    assert [p.value for p in plan.points] == [5, 6, 7]


def test_compact_months_cover_their_month():
    plan = plan_table(parse_csv("Mois,V\n202601,5\n202602,6\n"), Path("x.csv"), Choices(),
                      Unit.COUNT)
    assert values(plan) == [(date(2026, 1, 31), 5), (date(2026, 2, 28), 6)]


def test_the_measures_package_is_pure_and_loads_openpyxl_only_for_a_workbook():
    import subprocess
    import sys

    code = ("import sys, smart_tui.measures, smart_tui.measures_cli; "
            "print(sorted(m for m in ('textual', 'sqlite_utils', 'sqlite3', 'openpyxl') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[]"


def test_a_period_not_over_today_is_partial_whatever_the_rows(tmp_path):
    """Rows every fortnight up to 28 November, read on 28 November: November is not over, so a
    sum leaves it out (named), and --partial dates it on the file's last day, never on the
    30th, which is still to come."""
    path = tmp_path / "s.csv"
    path.write_text("Date;Sessions\n01/10/2026;1 234\n15/10/2026;1 300\n"
                    "01/11/2026;1 400\n15/11/2026;1 500\n28/11/2026;1 600\n", encoding="utf-8")
    today = date(2026, 11, 28)
    plan = plan_file(path, Choices(column="Sessions"), Unit.COUNT, today)
    assert [(p.day, p.value) for p in plan.points] == [(date(2026, 10, 31), 2534)]
    assert [(p.start, p.end) for p in plan.left_out] == [(date(2026, 11, 1),
                                                         date(2026, 11, 30))]
    kept = plan_file(path, Choices(column="Sessions", partial=True), Unit.COUNT, today)
    assert (kept.points[-1].day, kept.points[-1].value) == (date(2026, 11, 28), 4500)
