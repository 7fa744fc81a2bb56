"""The message catalogue: codes render in each language, parameters fill in, Dutch is the fallback."""

import datetime as dt

import pytest

from forms.catalogue import KoersError, Message, date_text, text


def test_a_message_renders_in_the_language_asked_with_its_parameters():
    message = Message("cli.no-passphrase", env="KOERS_PASSPHRASE")
    assert message.render("nl") == "geen wachtwoord: zet KOERS_PASSPHRASE of gebruik een terminal"
    assert message.render("en") == "no passphrase: set KOERS_PASSPHRASE or use a terminal"


def test_a_language_without_the_code_falls_back_to_dutch_and_an_unknown_code_fails():
    assert text("cli.wrong-passphrase", "ro") == "verkeerd wachtwoord"
    with pytest.raises(KeyError):
        text("no.such.code", "nl")


def test_an_error_carries_its_message_and_is_said_in_the_process_language(monkeypatch):
    error = KoersError(Message("cli.wrong-passphrase"))
    monkeypatch.setenv("KOERS_LANG", "en")
    assert str(error) == "wrong passphrase" and error.render("nl") == "verkeerd wachtwoord"


def test_dates_come_from_cldr():
    day = dt.date(2025, 3, 3)
    assert date_text(day, "nl") == "3 maart 2025"
    assert date_text(day, "bg").startswith("3 март 2025")
