"""Issue 12, item 8: a goal closed during the review is counted as closed, not as « en avance »."""

from smart_tui.domain.models import GoalStatus
from smart_tui.domain.review import summarize
from smart_tui.domain.trajectory import Trajectory, TrajectoryStatus
from smart_tui.settings import Settings


def test_closed_goals_are_counted_apart_from_where_active_ones_stand():
    ahead = Trajectory(TrajectoryStatus.AHEAD)
    summary = summarize([ahead], [], 0, [], closed=[GoalStatus.ABANDONED, GoalStatus.ACHIEVED])
    assert summary.reviewed == 3
    assert summary.statuses[TrajectoryStatus.AHEAD] == 1
    assert summary.closed[GoalStatus.ABANDONED] == 1
    assert summary.closed[GoalStatus.ACHIEVED] == 1


def test_the_last_export_folder_is_remembered(tmp_path):
    path = tmp_path / "config.ini"
    Settings(export_dir="/srv/exports").save(path)
    assert Settings.load(path).export_dir == "/srv/exports"
    assert Settings.load(tmp_path / "none.ini").export_dir is None
