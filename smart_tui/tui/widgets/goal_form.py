"""The wizard's fields, one step per SMART criterion, read into a :class:`Goal` plus errors.

A widget: it shows data and reads what was typed; the wizard screen assesses and saves.
"""

from __future__ import annotations

from copy import copy
from datetime import date
from decimal import Decimal

from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.widgets import ContentSwitcher, DataTable, Label, OptionList, Select, Static
from textual.widgets.option_list import Option

from smart_tui.domain.levers import SOURCES as LEVER_SOURCES
from smart_tui.domain.levers import TEMPLATES, template_for
from smart_tui.domain.limits import TEXT_LIMITS
from smart_tui.domain.models import Cadence, Direction, Goal, Lever, Priority, Unit
from smart_tui.i18n import Translator
from smart_tui.typography import typeset

from .fields import DateValidator, Field, NumberValidator

STEPS = ("start", "specific", "measurable", "achievable", "relevant", "time_bound", "review")
FIELD_CRITERION = {
    "intent": "specific", "statement": "specific", "lever": "specific",
    "kpi": "measurable", "unit": "measurable", "direction": "measurable",
    "baseline": "measurable", "target": "measurable", "source": "measurable",
    "budget": "achievable", "hours": "achievable", "resources": "achievable",
    "priority": "relevant", "rationale": "relevant", "audience": "relevant",
    "start": "time_bound", "deadline": "time_bound", "cadence": "time_bound",
}
TEXT_FIELDS = {"intent": "intent", "statement": "statement", "kpi": "kpi", "source": "source",
               "resources": "resources", "rationale": "rationale"}
NUMBER_FIELDS = {"baseline": "baseline", "target": "target", "budget": "budget_per_month",
                 "hours": "hours_per_week"}
SOURCES = [*LEVER_SOURCES, "fiche Google (Google Business Profile)", "outil d'emailing",
           "suivi UTM", "back-office marketplace", "email tool", "UTM tracking",
           "marketplace back office"]
# The audience question's answers and what the goal keeps (None: not sure).
AUDIENCE = {"yes": True, "no": False, "unsure": None}
BLANK = "blank"


def date_text(tr: Translator, day: date | None) -> str:
    if day is None:
        return ""
    return day.strftime("%d/%m/%Y") if tr.french else day.isoformat()


def number_text(value: float | None, lang: str = "en") -> str:
    """A number to pre-fill a field, as the UI shows numbers (``Translator.number``:
    ``2 000``, ``1 234 567,25`` in French; ``2,000``, ``1,234,567.25`` in English), with every
    decimal it holds, so that the field, saved untouched, reads back the same value."""
    if value is None:
        return ""
    exponent = Decimal(repr(float(value))).as_tuple().exponent
    decimals = max(0, -exponent) if isinstance(exponent, int) else 0
    return Translator(lang).number(value, decimals)


class GoalForm(ContentSwitcher):
    def __init__(self, tr: Translator, today: date, goal: Goal, priorities: list[Priority]) -> None:
        super().__init__(initial="step-start" if goal.id is None else "step-specific", id="form")
        self.tr, self.today, self.goal, self.priorities = tr, today, goal, priorities

    # -- layout ------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        tr, g = self.tr, self.goal
        lang = tr.lang
        with VerticalScroll(id="step-start", classes="step"):
            yield Static(tr("wizard.start_intro"), classes="intro")
            options = [Option(Content.assemble((tr(f"lever.{t.lever.value}"), "bold"),
                                               "  " + tr("ui.quote", text=t.intent[lang])),
                              id=t.lever.value)
                       for t in TEMPLATES]
            options.append(Option(Content.styled(tr("wizard.blank"), "bold"), id=BLANK))
            yield OptionList(*options, id="templates")
            yield self._field("intent", g.intent)
        with VerticalScroll(id="step-specific", classes="step"):
            yield Static(tr("wizard.specific_intro"), classes="intro")
            yield self._select("lever", [(tr(f"lever.{lv.value}"), lv) for lv in Lever], g.lever)
            yield self._field("statement", g.statement)
        with VerticalScroll(id="step-measurable", classes="step"):
            yield Static(tr("wizard.measurable_intro"), classes="intro")
            kpis = sorted({t.kpi[lang] for t in TEMPLATES})
            yield self._field("kpi", g.kpi, suggestions=kpis)
            yield self._select("unit", [(tr(f"unit.{u.value}"), u) for u in Unit], g.unit,
                               blank=True)
            yield self._select("direction", [(tr(f"direction.{d.value}"), d) for d in Direction],
                               g.direction)
            yield self._field("baseline", number_text(g.baseline, lang), number=True)
            yield self._field("target", number_text(g.target, lang), number=True)
            yield self._field("source", g.source, suggestions=SOURCES)
        with VerticalScroll(id="step-achievable", classes="step"):
            yield Static(tr("wizard.achievable_intro"), classes="intro")
            yield self._field("budget", number_text(g.budget_per_month, lang), number=True)
            yield self._field("hours", number_text(g.hours_per_week, lang), number=True)
            yield self._field("resources", g.resources)
            yield Static(id="pace", classes="echo")
        with VerticalScroll(id="step-relevant", classes="step"):
            yield Static(tr("wizard.relevant_intro"), classes="intro")
            choices = [(p.title, p.id) for p in self.priorities]
            yield self._select("priority", choices, g.priority_id, blank=True)
            if not self.priorities:
                yield Static(tr("wizard.no_priority"), classes="warning")
            yield self._field("rationale", g.rationale)
            yield Static(tr("audience.question"), classes="subtitle", id="audience-question")
            answers = [(tr(f"audience.{key}"), key) for key in AUDIENCE]
            answered = next((k for k, v in AUDIENCE.items() if v is g.audience_present), None)
            # a goal never asked shows the prompt; "not sure" is an answer it keeps
            yield self._select("audience", answers,
                               answered if g.audience_present is not None else None, blank=True)
        with VerticalScroll(id="step-time_bound", classes="step"):
            yield Static(tr("wizard.time_intro"), classes="intro")
            yield self._field("start", date_text(tr, g.start or self.today),
                              validators=[DateValidator(tr, self.today, "past")])
            yield self._field("deadline", date_text(tr, g.deadline),
                              validators=[DateValidator(tr, self.today, "future")])
            cadences = [(tr(f"cadence.{c.value}"), c) for c in Cadence]
            yield self._select("cadence", cadences, g.cadence, blank=True)
        with VerticalScroll(id="step-review", classes="step"):
            yield Static(tr("wizard.review_intro"), classes="intro")
            yield Static(id="review-sentence", classes="sentence")
            yield Static(tr("wizard.plan_title"), classes="subtitle")
            yield DataTable(id="plan", cursor_type="row", zebra_stripes=True)
            if g.id is not None:
                yield self._field("note", "")

    def _field(self, name: str, value: str, number: bool = False, validators=None,  # noqa: ANN001
               suggestions: list[str] | None = None) -> Field:
        if number:
            validators = [NumberValidator(self.tr)]
        limit = TEXT_LIMITS.get(f"goal.{name}", TEXT_LIMITS["adjustment.note"])
        return Field(self.tr(f"field.{name}"), id=name, value=value,
                     placeholder=self.tr(f"placeholder.{name}"), validators=validators,
                     suggestions=suggestions, max_length=limit)

    def _select(self, name: str, options: list, value: object, blank: bool = False) -> Horizontal:
        known = value is not None and any(v == value for _, v in options)
        select: Select = Select(options, allow_blank=blank, id=name,
                                prompt=self.tr(f"placeholder.{name}"),
                                value=value if known else Select.NULL)
        row = Horizontal(Label(self.tr(f"field.{name}")), select, classes="select-row",
                         id=f"{name}-field")
        return row

    def on_mount(self) -> None:
        table = self.query_one("#plan", DataTable)
        table.add_columns(self.tr("plan.date"), self.tr("plan.expected"))

    # -- reading -----------------------------------------------------------------------
    def text(self, name: str) -> str:
        return self.query_one(f"#{name}-field", Field).value

    def choice(self, name: str) -> object | None:
        value = self.query_one(f"#{name}", Select).value
        return None if value is Select.NULL else value

    def read(self) -> tuple[Goal, dict[str, str]]:
        """The goal as typed so far, and an error message per invalid field."""
        goal, errors = copy(self.goal), {}
        for name, attr in TEXT_FIELDS.items():
            setattr(goal, attr, self.text(name))
        # each field's validator parsed it as it was typed: its value is read, not re-parsed;
        # the baseline and target follow the unit chosen (« 12,5 % » only on a percentage)
        unit = self.choice("unit")
        for name, attr in NUMBER_FIELDS.items():
            field = self.query_one(f"#{name}-field", Field)
            if name in ("baseline", "target"):
                for validator in field.input.validators:
                    if isinstance(validator, NumberValidator):
                        validator.unit = unit if isinstance(unit, Unit) else None
            message = field.error()
            if message:
                errors[name] = message
            setattr(goal, attr, field.number)
        for name in ("start", "deadline"):
            field = self.query_one(f"#{name}-field", Field)
            message = field.error()
            if message:
                errors[name] = message
            setattr(goal, name, field.day)
        goal.start = goal.start or self.today
        goal.lever = self.choice("lever") or Lever.OTHER  # type: ignore[assignment]
        goal.unit = self.choice("unit")  # type: ignore[assignment]
        goal.direction = self.choice("direction") or Direction.INCREASE  # type: ignore[assignment]
        goal.priority_id = self.choice("priority")  # type: ignore[assignment]
        goal.cadence = self.choice("cadence")  # type: ignore[assignment]
        goal.audience_present = AUDIENCE.get(str(self.choice("audience")))
        return goal, errors

    def signature(self) -> tuple[object, ...]:
        """What was typed, to tell whether anything changed."""
        texts = tuple(f.input.value for f in self.query(Field))
        return texts + tuple(s.value for s in self.query(Select))

    def note(self) -> str:
        fields = self.query("#note-field")
        return fields.first(Field).value if fields else ""

    # -- templates ---------------------------------------------------------------------
    def apply_template(self, lever_id: str) -> None:
        if lever_id == BLANK:  # something to sharpen: the wish becomes the first draft
            statement = self.query_one("#statement-field", Field)
            if not statement.value:
                statement.input.value = self.text("intent")
            return
        template = template_for(Lever(lever_id))
        if template is None:
            return
        lang = self.tr.lang

        def words(text: dict[str, str]) -> str:  # set like the app's own French
            return typeset(lang, text.get(lang, ""))

        values = {
            "intent": words(template.intent), "statement": words(template.statement),
            "kpi": words(template.kpi), "source": template.source[lang],
            "baseline": number_text(template.baseline, lang),
            "target": number_text(template.target, lang),
            "deadline": self.tr("wizard.in_months",
                                months=self.tr.plural("count.months", template.months)),
            "budget": number_text(template.budget_per_month, lang),
            "hours": number_text(template.hours_per_week, lang),
            "resources": words(template.resources),
            "rationale": words(template.rationale),
        }
        for name, value in values.items():
            if name == "intent" and self.text("intent"):
                continue  # keep the wish the user typed
            self.query_one(f"#{name}-field", Field).input.value = value
        self.query_one("#lever", Select).value = template.lever
        self.query_one("#unit", Select).value = template.unit
        self.query_one("#direction", Select).value = template.direction
        if template.cadence is not None:
            self.query_one("#cadence", Select).value = template.cadence
