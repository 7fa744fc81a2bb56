"""The retention arithmetic: the term runs from the day her trajectory was closed; a reasoned
decision to keep her dossier longer moves it, until she is closed again."""

import datetime as dt

from forms.retention import keep_until, months_later


def test_months_later_keeps_the_day_or_takes_the_months_last():
    assert months_later(dt.date(2024, 3, 15), 24) == dt.date(2026, 3, 15)
    assert months_later(dt.date(2024, 2, 29), 12) == dt.date(2025, 2, 28)
    assert months_later(dt.date(2024, 11, 30), 3) == dt.date(2025, 2, 28)


def test_a_keep_decision_moves_the_term_until_she_is_closed_again():
    closed = dt.date(2020, 6, 30)
    assert keep_until(closed, [], 24) == dt.date(2022, 6, 30)
    kept = (dt.date(2022, 7, 1), dt.date(2023, 7, 1))
    assert keep_until(closed, [kept], 24) == dt.date(2023, 7, 1)
    assert keep_until(dt.date(2024, 1, 1), [kept], 24) == dt.date(2026, 1, 1)  # decided before the new closing
