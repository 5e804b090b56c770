"""`spor audit verify` names the first altered row of the journal and of the audit log.

An intruder with the database file drops the append-only triggers with sqlite3 and edits one row
of each chain; the verification must name both rows by their place in the chain.
"""

import os
import shutil
import sqlite3
import subprocess
import tempfile

import pytest


def spor(binary, data_dir, *args):
    env = dict(os.environ, SPOR_DATA_DIR=data_dir)
    env.pop("SPOR_DATABASE_URL", None)
    return subprocess.run([binary, *args], env=env, capture_output=True, text=True, timeout=300,
                          stdin=subprocess.DEVNULL)


@pytest.fixture(scope="module")
def data_dir():
    binary = os.environ["SPOR_BIN"]
    directory = tempfile.mkdtemp(prefix="spor-verify-")
    generated = spor(binary, directory, "demo", "--children", "40", "--years", "1", "--seed", "3", "--generate-only")
    assert generated.returncode == 0, generated.stderr + generated.stdout
    yield binary, directory
    shutil.rmtree(directory, ignore_errors=True)


def test_untouched_data_verifies(data_dir):
    binary, directory = data_dir
    result = spor(binary, directory, "audit", "verify")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "journal_entries:" in result.stdout and "chain intact" in result.stdout
    assert "audit_log:" in result.stdout


def test_altered_rows_are_named(data_dir):
    binary, directory = data_dir
    database = os.path.join(directory, "spor.sqlite")
    subprocess.run(["sqlite3", database,
                    "DROP TRIGGER journal_entries_no_update; DROP TRIGGER audit_log_no_update;"
                    "UPDATE journal_entries SET payload = '{\"text\":\"forfalsket\"}' WHERE seq = 5;"
                    "UPDATE audit_log SET action = 'login' WHERE seq = 7;"],
                   check=True, timeout=60)
    with sqlite3.connect(database) as connection:
        journal_id = connection.execute("SELECT id FROM journal_entries WHERE seq = 5").fetchone()[0]
    result = spor(binary, directory, "audit", "verify")
    print(result.stdout)
    assert result.returncode == 1
    assert "journal_entries: BROKEN at row 5" in result.stdout
    assert "audit_log: BROKEN at row 7" in result.stdout
    assert journal_id is not None
