# The two Quick start commands: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.koers-installed
DEMO_VAULT := .demo-vault
DEMO_PASSPHRASE := koers-demo-2026

.PHONY: run test bench

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	@test -f $(DEMO_VAULT)/koers.vault || KOERS_PASSPHRASE=$(DEMO_PASSPHRASE) $(VENV)/bin/koers demo --vault $(DEMO_VAULT)
	@echo "Demo-wachtwoord / demo passphrase: $(DEMO_PASSPHRASE)"
	$(VENV)/bin/koers gui --vault $(DEMO_VAULT)

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

bench: $(STAMP)
	for b in bench/*.py; do QT_QPA_PLATFORM=offscreen $(PY) $$b; done
