"""The encrypted vault: keys, no plaintext on disk, migrations, the audit chain, saving rules."""

import datetime as dt
import json
import os
import subprocess
import tempfile
from pathlib import Path

import pytest

from desktop.vault import FrozenPlanError, KdfParams, Vault, VaultError, WrongPassphrase
from desktop.vault.db import connect
from desktop.vault.migrations import LATEST, migrate
from desktop.vault import keyfile
from desktop.vault.paths import DATABASE, KEYFILE
from desktop.vault.throttle import THROTTLE_FILE
from forms import Contact, Goal, Participant, PhaseChange, Point, Signature, Trajectplan
from tests.conftest import PASSPHRASE, WORKER, require_tool

FAST = KdfParams.fast_for_tests()
SECRET_NAME = "Zanzibarretje Quokkavlinder"
SECRET_NOTE = "vertrouwelijk-kiwi-7781 gesprek"


def _fill(vault: Vault) -> Participant:
    person = Participant(roepnaam=SECRET_NAME, legal_name="Ilona Zwetsloot-Quokka")
    vault.save_all([person, Contact(participant_id=person.id, note=SECRET_NOTE),
                    PhaseChange(participant_id=person.id, phase="uitvoering")])
    return person


def _all_bytes(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())


def test_wrong_passphrase_is_refused_and_nothing_is_written(vault_dir):
    Vault.create(vault_dir, PASSPHRASE, WORKER, kdf=FAST)[0].close()
    before = {p.name: p.read_bytes() for p in vault_dir.iterdir() if p.is_file()}
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_dir, "niet het goede wachtwoord")
    after = {p.name: p.read_bytes() for p in vault_dir.iterdir() if p.is_file()}
    # Only the failure count for slowing down guessing is new; it holds no secret (its lock is empty).
    assert after.pop(THROTTLE_FILE) and after.pop(THROTTLE_FILE + ".lock", b"") == b""
    assert after == before


def test_sqlcipher_says_nothing_on_stderr_for_a_wrong_key(vault_dir, capfd):
    Vault.create(vault_dir, PASSPHRASE, WORKER, kdf=FAST)[0].close()
    with pytest.raises(Exception):
        connect(vault_dir / DATABASE, os.urandom(32))
    assert capfd.readouterr().err == ""


def test_nothing_of_a_dossier_is_plaintext_in_the_folder_or_temp(vault, vault_dir):
    temp_before = set(Path(tempfile.gettempdir()).iterdir())
    _fill(vault)
    # While open, the WAL holds the newest pages: check it too, then after closing.
    assert (vault_dir / (DATABASE + "-wal")).exists()
    for needle in (SECRET_NAME.encode(), SECRET_NOTE.encode(), b"Zwetsloot", b"roepnaam"):
        assert needle not in _all_bytes(vault_dir)
    vault.close()
    for needle in (SECRET_NAME.encode(), SECRET_NOTE.encode()):
        assert needle not in _all_bytes(vault_dir)
    new_temp = set(Path(tempfile.gettempdir()).iterdir()) - temp_before
    assert all(SECRET_NOTE.encode() not in _all_bytes(p) if p.is_dir() else SECRET_NOTE.encode() not in p.read_bytes()
               for p in new_temp if os.access(p, os.R_OK))


def test_files_are_private_to_the_user(vault, vault_dir):
    _fill(vault)
    assert vault_dir.stat().st_mode & 0o077 == 0
    for path in vault_dir.iterdir():
        assert path.stat().st_mode & 0o077 == 0, path.name


def test_the_sqlcipher_tool_cannot_read_the_vault_without_the_key(vault, vault_dir):
    tool = require_tool("sqlcipher")
    _fill(vault)
    vault.close()
    result = subprocess.run([tool, str(vault_dir / DATABASE), "SELECT count(*) FROM records;"],
                            capture_output=True, text=True, timeout=30)
    assert result.returncode != 0
    assert "not a database" in (result.stderr + result.stdout)
    assert SECRET_NAME not in result.stdout


def test_a_wrong_raw_key_cannot_open_the_database(vault, vault_dir):
    vault.close()
    with pytest.raises(Exception, match="koers.vault"):
        connect(vault_dir / DATABASE, os.urandom(32))


def test_recovery_code_sets_a_new_passphrase(vault_dir):
    vault, code = Vault.create(vault_dir, PASSPHRASE, WORKER, kdf=FAST)
    person = _fill(vault)
    vault.close()
    with pytest.raises(WrongPassphrase):
        Vault.recover(vault_dir, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH", "nieuw wachtwoord 2")
    Vault.recover(vault_dir, code.lower().replace("-", " "), "nieuw wachtwoord 2").close()
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_dir, PASSPHRASE)
    reopened = Vault.open(vault_dir, "nieuw wachtwoord 2")
    assert reopened.dossier(person.id).participant.roepnaam == SECRET_NAME
    reopened.close()


def test_changing_the_passphrase_does_not_reencrypt_the_database(vault, vault_dir):
    _fill(vault)
    vault.close()
    reopened = Vault.open(vault_dir, PASSPHRASE)
    before = (vault_dir / DATABASE).read_bytes()
    reopened.change_passphrase("een heel ander wachtwoord")
    assert (vault_dir / DATABASE).read_bytes()[:4096] == before[:4096]
    reopened.close()
    Vault.open(vault_dir, "een heel ander wachtwoord").close()


def test_default_kdf_costs_are_stored_with_the_vault(vault_dir):
    vault, _ = Vault.create(vault_dir, PASSPHRASE, WORKER, kdf=FAST)
    vault.close()
    stored = keyfile.load(vault_dir / KEYFILE).kdf
    assert stored == FAST
    assert KdfParams().memory_kib >= 64 * 1024 and KdfParams().time_cost >= 2


def test_a_vault_made_by_the_first_schema_is_migrated(vault_dir):
    """Build a schema-1 vault with the code (not a blob), store a record as schema 1 did, reopen."""
    vault_dir.mkdir()
    vault_key, _code = keyfile.create(vault_dir / KEYFILE, PASSPHRASE, FAST)
    db = connect(vault_dir / DATABASE, vault_key)
    migrate(db, upto=1)
    person = Participant(roepnaam="Oude Schema")
    with db:
        db.execute("INSERT INTO meta VALUES ('worker_name', ?)", (WORKER,))
        db.execute("INSERT INTO records VALUES (?,?,?,?,?,?)",
                   (str(person.id), "participant", str(person.id), 1, person.updated_at.isoformat(),
                    person.model_dump_json()))
    assert db.execute("PRAGMA user_version").fetchone()[0] == 1
    db.close()

    vault = Vault.open(vault_dir, PASSPHRASE)
    assert vault.db.execute("PRAGMA user_version").fetchone()[0] == LATEST
    assert [p.roepnaam for p in vault.participants(search="oude")] == ["Oude Schema"]
    assert vault.db.execute("SELECT hash FROM records").fetchone()[0] == person.content_hash()
    assert vault.db.execute("SELECT kind, participant_id FROM report_rows").fetchall() == [
        ("participant", str(person.id))]
    assert vault.db.execute("SELECT participant_id, owner FROM dossier_owners").fetchall() == [
        (str(person.id), "local")]
    vault.close()


def test_audit_log_records_actions_never_content(vault):
    person = _fill(vault)
    vault.save(person.model_copy(update={"roepnaam": "Nieuwe Naam"}))
    rows = vault.db.execute("SELECT actor, action, kind, record_id FROM audit ORDER BY seq").fetchall()
    assert rows[0] == (WORKER, "init", None, None)
    assert (WORKER, "update", "participant", str(person.id)) in rows
    dump = repr(vault.db.execute("SELECT * FROM audit").fetchall())
    assert SECRET_NAME not in dump and SECRET_NOTE not in dump and "Nieuwe Naam" not in dump
    assert vault.audit_broken_at() is None


def test_a_changed_audit_entry_breaks_the_chain(vault):
    _fill(vault)
    assert vault.audit_broken_at() is None
    vault.db.execute("UPDATE audit SET actor = 'iemand anders' WHERE seq = 3")
    assert vault.audit_broken_at() == 3


def test_saving_bumps_revision_only_on_change(vault):
    person = vault.save(Participant(roepnaam="Ana")).record
    assert vault.save(person).changed is False
    changed = vault.save(person.model_copy(update={"birth_year": 1990})).record
    assert changed.rev == 2 and vault.get(person.id).birth_year == 1990


def test_save_all_is_one_transaction(vault):
    person = Participant(roepnaam="Ana")
    bad = Contact(participant_id=person.id)
    bad.__dict__["duration_minutes"] = 99_999  # slipped past assignment checks
    with pytest.raises(Exception):
        vault.save_all([person, bad])
    assert vault.participants() == [] and vault.get(person.id) is None


def test_search_by_prefix_of_any_word_ignoring_accents(vault):
    vault.save_all([Participant(roepnaam=n) for n in ("Ștefania", "Réka Szabó", "Десислава", "Ana")])
    assert [p.roepnaam for p in vault.participants(search="ste")] == ["Ștefania"]
    assert [p.roepnaam for p in vault.participants(search="szab")] == ["Réka Szabó"]
    assert [p.roepnaam for p in vault.participants(search="дес")] == ["Десислава"]
    assert [p.roepnaam for p in vault.participants(search="%")] == []


def test_phase_filter_and_next_deadline(vault):
    person = Participant(roepnaam="Ana")
    soon = dt.date.today() + dt.timedelta(days=5)
    plan = Trajectplan(participant_id=person.id, goals=[Goal(text="Ik wil een kamer", deadline=soon + dt.timedelta(days=30))])
    vault.save_all([person, PhaseChange(participant_id=person.id, phase="uitvoering", date=dt.date.today()), plan])
    [row] = vault.participants(phase="uitvoering")
    assert row.next_deadline == soon + dt.timedelta(days=30)
    assert vault.participants(phase="nazorg") == []
    vault.save(PhaseChange(participant_id=person.id, phase="afgesloten", date=dt.date.today(), outcome="ander_werk"))
    assert vault.participants()[0].next_deadline is None  # a closed trajectory has no deadlines


def test_a_signed_version_is_frozen_and_an_edit_makes_a_new_version(vault):
    person = vault.save(Participant(roepnaam="Ana")).record
    plan = vault.save(Trajectplan(participant_id=person.id, goals=[Goal(text="Ik wil werk", start=2, target=6)])).record
    signature = Signature(role="deelnemer", name="Ana", signed_at=dt.datetime.now(dt.timezone.utc),
                          strokes=[[Point(x=0.2, y=0.4)]], plan_hash=plan.plan_content_hash())
    signed = vault.sign_plan(plan.id, signature)
    assert signed.frozen
    with pytest.raises(FrozenPlanError):
        vault.save(signed.model_copy(update={"worker": "Iemand"}))
    with pytest.raises(FrozenPlanError):
        vault.sign_plan(plan.id, signature.model_copy(update={"plan_hash": "0" * 64}))
    second = vault.new_plan_version(plan.id)
    assert (second.version, second.frozen, second.goals[0].id) == (2, False, plan.goals[0].id)


def test_unknown_participant_is_a_clear_error(vault):
    with pytest.raises(VaultError, match="onbekende deelnemer"):
        vault.dossier(Participant(roepnaam="x").id)


def test_changes_are_broadcast(vault):
    seen = []
    vault.subscribe(seen.append)
    person = vault.save(Participant(roepnaam="Ana")).record
    vault.save(person)  # unchanged: no notice
    assert len(seen) == 1 and seen[0].kinds == {"participant"} and seen[0].participant_ids == {person.id}


def test_drafts_survive_reopening(vault, vault_dir):
    vault.save_draft("intake:123", '{"help_request": "Ik wil"}')
    vault.close()
    reopened = Vault.open(vault_dir, PASSPHRASE)
    [(key, _at, body)] = reopened.drafts()
    assert key == "intake:123" and "Ik wil" in body
    reopened.discard_draft(key)
    assert reopened.drafts() == []
    reopened.close()


def test_a_save_from_another_thread_waits_for_a_running_transaction(vault):
    """A background import rolls back: a save made meanwhile on the screen thread must survive."""
    import threading

    inside, release = threading.Event(), threading.Event()

    def failing_import():
        try:
            with vault.transaction():
                vault.save(Participant(roepnaam="Uit de bundel"))
                inside.set()
                release.wait(5)
                raise RuntimeError("bundle refused")
        except RuntimeError:
            pass

    worker = threading.Thread(target=failing_import)
    worker.start()
    inside.wait(5)
    saver = threading.Thread(target=lambda: vault.save(Participant(roepnaam="Op het scherm")))
    saver.start()
    saver.join(0.3)
    assert saver.is_alive()  # it waits for the import's transaction to end
    release.set()
    worker.join(5)
    saver.join(5)
    assert [p.roepnaam for p in vault.participants()] == ["Op het scherm"]


def test_saving_the_same_record_twice_in_one_batch_keeps_both_revisions(vault):
    person = Participant(roepnaam="Ana")
    results = vault.save_all([person, person.model_copy(update={"birth_year": 1991})])
    assert [r.record.rev for r in results] == [1, 2]
    assert vault.get(person.id).birth_year == 1991


def test_report_rows_hold_only_what_figures_read(vault):
    person = Participant(roepnaam=SECRET_NAME, gender="vrouw")
    vault.save_all([person, Contact(participant_id=person.id, note=SECRET_NOTE),
                    PhaseChange(participant_id=person.id, phase="uitvoering", note="geheime notitie")])
    rows = dict(vault.db.execute("SELECT kind, data FROM report_rows").fetchall())
    assert set(rows) == {"participant", "phase", "contact"}
    assert set(json.loads(rows["participant"])) == {"gender", "birth_year", "country_of_birth",
                                                    "stopped_sex_work_on", "updated_at"}
    assert set(json.loads(rows["contact"])) == {"date", "duration_minutes", "signals", "updated_at"}  # no note
    assert SECRET_NAME not in rows["participant"] and "geheime" not in rows["phase"]
    assert SECRET_NOTE not in rows["contact"]


def test_schema_5_gives_every_dossier_of_a_schema_4_vault_its_owner(vault_dir):
    """Owners come from where each participant first came from, or for records whose participant
    has not arrived, from the first of their versions; trusted keys gain revocation."""
    vault_dir.mkdir()
    vault_key, _code = keyfile.create(vault_dir / KEYFILE, PASSPHRASE, FAST)
    db = connect(vault_dir / DATABASE, vault_key)
    migrate(db, upto=4)
    person, waiting = Participant(roepnaam="Gekomen"), Contact(participant_id=Participant(roepnaam="X").id)
    with db:
        for record, origin in ((person, "import:AAAA-BBBB-CCCC-DDDD"), (waiting, "import:EEEE-FFFF-GGGG-HHHH")):
            db.execute("INSERT INTO records VALUES (?,?,?,?,?,?,?,?)",
                       (str(record.id), record.KIND, str(record.dossier_id), 1, record.updated_at.isoformat(),
                        record.model_dump_json(), record.content_hash(), origin))
            db.execute("INSERT INTO record_versions VALUES (?,?,?,?,?)",
                       (str(record.id), 1, record.content_hash(), origin, "2026-01-01T00:00:00"))
        db.execute("INSERT INTO participant_origin VALUES (?, ?)", (str(person.id), "import:AAAA-BBBB-CCCC-DDDD"))
    db.close()
    vault = Vault.open(vault_dir, PASSPHRASE)
    assert sorted(vault.db.execute("SELECT participant_id, owner FROM dossier_owners")) == sorted([
        (str(person.id), "import:AAAA-BBBB-CCCC-DDDD"), (str(waiting.participant_id), "import:EEEE-FFFF-GGGG-HHHH")])
    assert "revoked_at" in [c[1] for c in vault.db.execute("PRAGMA table_info(trusted_keys)")]
    vault.close()
