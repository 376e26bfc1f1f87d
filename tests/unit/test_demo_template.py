"""--demo builds the example once per version, language and day, then copies it."""

from datetime import date

from smart_tui.demo import create_demo_database, demo_template_path
from smart_tui.paths import data_dir, demo_database_path

TODAY = date(2026, 11, 27)


def goals_and_shop(workspace):
    return len(workspace.goals()), workspace.profile().name


def test_the_example_is_built_once_then_copied_and_never_touches_the_users_database():
    data_dir().mkdir(parents=True, exist_ok=True)
    own = data_dir() / "smart-tui.db"
    own.write_bytes(b"")
    first = create_demo_database(TODAY, "fr")
    built = goals_and_shop(first)
    first.close()
    template = demo_template_path(TODAY, "fr")
    assert template.is_file() and template.parent == demo_database_path().parent
    stamp = template.stat().st_mtime_ns
    again = create_demo_database(TODAY, "fr")
    assert goals_and_shop(again) == built == (7, "Atelier Lumière (bougies artisanales, Lyon)")
    again.close()
    assert template.stat().st_mtime_ns == stamp  # copied, not rebuilt
    assert own.read_bytes() == b""


def test_a_new_day_or_language_gets_its_own_example_and_a_damaged_template_is_rebuilt():
    create_demo_database(TODAY, "fr").close()
    english = create_demo_database(TODAY, "en")
    assert english.profile().name == "Atelier Lumière (hand-made candles, Lyon)"
    english.close()
    assert not demo_template_path(TODAY, "fr").exists()  # only the latest template is kept
    template = demo_template_path(TODAY, "en")
    template.write_bytes(b"not a database at all" * 200)
    rebuilt = create_demo_database(TODAY, "en")
    assert len(rebuilt.goals()) == 7
    rebuilt.close()
    assert template.read_bytes()[:16] == b"SQLite format 3\x00"
