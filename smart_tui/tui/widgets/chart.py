"""The trajectory chart: the planned line, the checkpoints, the projection, today marked."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from textual_plotext import PlotextPlot

from smart_tui.domain.models import Checkpoint, Goal
from smart_tui.domain.trajectory import Trajectory, plan_of
from smart_tui.i18n import Translator
from smart_tui.sentence import format_estimate


class TrajectoryChart(PlotextPlot):
    DEFAULT_CSS = """
    TrajectoryChart { height: 12; min-height: 8; }
    """

    def show(self, tr: Translator, goal: Goal, checkpoints: Sequence[Checkpoint],
             trajectory: Trajectory, today: date) -> None:
        plt = self.plt
        plt.clear_data()
        plt.clear_figure()
        plan = plan_of(goal)
        if plan is None or goal.baseline is None or goal.target is None:
            plt.title(tr("chart.no_plan"))
            self.refresh()
            return
        start, deadline = plan.start, plan.deadline
        total = (deadline - start).days
        # the plan as drawn: bent where a decision changed the target or the deadline
        corners = [start, *plan.bends, deadline]
        # braille markers: 2×4 dots per cell, so a straight plan looks straight, not stairs
        plt.plot([(d - start).days for d in corners], [plan.value(d) for d in corners],
                 label=tr("chart.plan"), marker="braille")
        points = sorted(checkpoints, key=lambda c: c.date)
        if points:
            xs = [(c.date - start).days for c in points]
            ys = [c.value for c in points]
            plt.plot(xs, ys, label=tr("chart.checkpoints"), marker="braille")
            plt.scatter(xs, ys, marker="●")  # each measure stands out on its line
            if trajectory.projected_at_deadline is not None:
                plt.plot([xs[-1], total], [ys[-1], trajectory.projected_at_deadline],
                         label=tr("chart.projection"), marker="braille")
        today_x = min(max((today - start).days, 0), total)
        plt.vline(today_x)
        ticks = sorted({0, today_x, total})
        labels = [tr.date_short(start if x == 0 else deadline if x == total else today)
                  for x in ticks]
        plt.xticks(ticks, labels)
        values = [plan.value(d) for d in corners] + [c.value for c in points]
        if trajectory.projected_at_deadline is not None:
            values.append(trajectory.projected_at_deadline)
        low, high = min(values), max(values)
        if high > low:  # y ticks in the UI language's number format
            steps = [low + (high - low) * k / 4 for k in range(5)]
            plt.yticks(steps, [format_estimate(tr, v, goal.unit) for v in steps])
        unit = tr(f"unit.{goal.unit.value}") if goal.unit else ""
        plt.ylabel(f"{goal.kpi} ({unit})" if unit else goal.kpi)
        plt.xlabel(tr("chart.x_label"))
        self.refresh()
