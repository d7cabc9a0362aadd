"""Survey answers → measurements: rescaling, the t-interval, the report's counts."""

import pytest
import scipy.stats

from journeymap.evidence.mapping import MappingError, parse_mapping
from journeymap.evidence.survey import SurveyError, rescale, survey_measurements, t_interval
from journeymap.evidence.tables import read_answers
from journeymap.model.evidence import Measure, merge_measurements
from tests.evidence.cases import shop

ANSWERS = (
    "Who,Ease of ordering,Feeling at chat,Goal\n"
    "Household,7,Happy,10\n"
    "Household,4,Neutral,\n"
    "Company,1,very  unhappy,0\n"
    "Company,=1+1,Thrilled,5\n"
    "Student,6,Happy,8\n"
    "Household,5 - quite easy,Happy,9\n"
    'Household,"5,5",Unhappy,11\n'
)
MAPPING = {
    "persona": {"column": "Who", "values": {"household": "p-home", "Company": "p-biz"}},
    "questions": [
        {"column": "Ease of ordering", "step": "s-order", "measure": "ease", "scale": [1, 7]},
        {
            "column": "Feeling at chat",
            "step": "s-chat",
            "measure": "emotion",
            "scale": ["Very unhappy", "Unhappy", "Neutral", "Happy", "Very happy"],
        },
        {"column": "Goal", "step": "s-order", "measure": "goal", "scale": [0, 10]},
    ],
}


@pytest.fixture
def table(tmp_path):
    path = tmp_path / "answers.csv"
    path.write_text(ANSWERS, encoding="utf-8")
    return read_answers(path)


def test_answers_are_rescaled_onto_the_measure(table):
    imp = survey_measurements(table, parse_mapping(MAPPING), shop(), "November", "2026-11")
    by_key = {(m.step_id, m.persona_id, str(m.measure)): m for m in imp.measurements}
    home_ease = by_key[("s-order", "p-home", "ease")]
    # 7, 4, 5, 5.5 on 1..7 → 5, 3, 3.667, 4 on 1..5
    expected = [rescale(v, 1, 7, Measure.EASE) for v in (7, 4, 5, 5.5)]
    assert home_ease.n == 4
    assert home_ease.mean == pytest.approx(sum(expected) / 4, abs=1e-6)
    assert home_ease.sd == pytest.approx(scipy.stats.tstd(expected), abs=1e-6)
    assert home_ease.counts is None  # 3.667 is not a whole point
    assert (home_ease.source, home_ease.label, home_ease.period) == (
        "survey",
        "November",
        "2026-11",
    )
    chat = by_key[("s-chat", "p-home", "emotion")]
    assert chat.n == 4 and chat.mean == pytest.approx((1 + 0 + 1 - 1) / 4)
    assert chat.counts == (0, 1, 1, 2, 0)
    assert by_key[("s-chat", "p-biz", "emotion")].mean == -2  # case and spacing ignored


def test_the_report_counts_blank_unmapped_and_unreadable_with_rows(table):
    imp = survey_measurements(table, parse_mapping(MAPPING), shop())
    ease, feeling, goal = imp.questions
    assert (ease.used, ease.blank, ease.unmapped) == (5, 0, 1)
    assert ease.unreadable == [(5, "=1+1")]  # formula-like text is never evaluated
    assert feeling.unreadable == [(5, "Thrilled")]
    assert (goal.used, goal.blank, goal.unmapped, goal.unreadable) == (4, 1, 1, [(8, "11")])
    assert imp.unmapped_personas == {"Student": 1}
    assert imp.steps == ["s-chat", "s-order"] and imp.personas == ["p-biz", "p-home"]


def test_the_interval_is_the_two_sided_95_percent_t_interval():
    values = [4.0, 5.0, 3.0, 4.5, 2.5]
    low, high = t_interval(values)
    expected = scipy.stats.t.interval(
        0.95, len(values) - 1, loc=sum(values) / 5, scale=scipy.stats.sem(values)
    )
    assert (low, high) == pytest.approx(expected)
    assert t_interval([3.0]) is None


def test_missing_columns_steps_and_personas_are_all_named(table):
    wrong = {
        "persona": {"column": "Whom", "values": {"x": "p-nobody"}},
        "questions": [{"column": "Ease", "step": "s-gone", "measure": "ease", "scale": [1, 5]}],
    }
    with pytest.raises(SurveyError) as caught:
        survey_measurements(table, parse_mapping(wrong), shop())
    text = str(caught.value)
    assert "column 'Ease' does not exist" in text
    assert "column 'Whom' does not exist" in text
    assert "step 's-gone'" in text and "persona 'p-nobody'" in text


def test_a_mapping_with_a_wrong_field_names_it():
    with pytest.raises(MappingError, match=r"questions\.0\.measure"):
        parse_mapping(
            {"questions": [{"column": "a", "step": "s", "measure": "joy", "scale": [1, 5]}]}
        )
    with pytest.raises(MappingError, match="must differ"):
        parse_mapping(
            {"questions": [{"column": "a", "step": "s", "measure": "ease", "scale": [3, 3]}]}
        )


def test_measurements_merge_beside_other_sources_and_replace_their_own_label(table):
    mapping = parse_mapping(MAPPING)
    first = survey_measurements(table, mapping, shop(), "November")
    journey = merge_measurements(shop(), first.measurements)
    again = merge_measurements(
        journey, survey_measurements(table, mapping, journey, "November").measurements
    )
    assert len(again.measurements) == len(first.measurements)
    december = survey_measurements(table, mapping, journey, "December").measurements
    assert len(merge_measurements(again, december).measurements) == 2 * len(december)
