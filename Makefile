# The two Quick start commands: `make run` and `make test`.
PYTHON ?= python3
# Another Python in its own venv: `make test PYTHON=python3.13 VENV=.venv-newer` (as .ci/run does).
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.koers-installed
DEMO_VAULT := .demo-vault
DEMO_PASSPHRASE := koers-demo-2026

.PHONY: run test bench lock dist

LOCK := requirements/test.lock

# Every install takes the exact, hashed versions of the lock; `make lock` is the only way they change.
$(STAMP): pyproject.toml forms/version.py $(LOCK)
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --require-hashes --no-deps -r $(LOCK)
	$(PY) -m pip install -q --no-deps -e .
	touch $(STAMP)

# Deliberate upgrades: re-resolve both locks (needs uv), then run the whole suite.
lock:
	uv pip compile pyproject.toml --universal --python-version 3.11 --generate-hashes --no-header -o requirements/app.lock
	uv pip compile pyproject.toml --extra test --extra dist --universal --python-version 3.11 --generate-hashes --no-header -o $(LOCK)

run: $(STAMP)
	@test -f $(DEMO_VAULT)/koers.vault || KOERS_PASSPHRASE=$(DEMO_PASSPHRASE) $(VENV)/bin/koers demo --vault $(DEMO_VAULT)
	@echo "Demo-wachtwoord / demo passphrase: $(DEMO_PASSPHRASE)"
	$(VENV)/bin/koers gui --vault $(DEMO_VAULT)

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n auto

bench: $(STAMP)
	for b in bench/*.py; do QT_QPA_PLATFORM=offscreen $(PY) $$b; done

# The frozen one-folder app (dist/koers) and its Debian package (dist/koers_VERSION_ARCH.deb).
dist: $(STAMP)
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller packaging/koers.spec
	$(PY) packaging/linux/build_deb.py
