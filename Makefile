# Two commands matter: `make run` and `make test`. Both set up what is missing first.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
# `make run` reopens the last session's tabs (the bundled samples on the very first run);
# `make run FILES="a.txt b.html"` opens those instead.
FILES  ?=

.PHONY: run test bench setup sysdeps sysdeps-test clean lock install-desktop

run: setup
	$(PY) -m desktop $(FILES)

# Offscreen, except tests/test_x11_smoke.py, which starts its own Xvfb and a real xcb window.
# Two pytest-xdist workers (each test is isolated: tmp_path, XDG dirs, Xvfb -displayfd); the
# project's bytecode is compiled first, so the ~40 `python -m desktop` processes the tests start
# (and the workers) do not each compile it again when PYTHONDONTWRITEBYTECODE is set. Each file
# goes whole to one worker, slowest files first (tests/conftest.py SLOW_FILES_FIRST; without
# --no-loadscope-reorder xdist would start with the files that have the most tests instead).
TEST_WORKERS ?= 2
test: sysdeps-test setup
	$(PY) -m compileall -q desktop
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -n $(TEST_WORKERS) --dist loadfile --no-loadscope-reorder

bench: setup
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/run_all.py

setup: sysdeps $(STAMP)

sysdeps:
	@PYTHON=$(PYTHON) sh scripts/ensure-system-deps.sh run

sysdeps-test:
	@PYTHON=$(PYTHON) sh scripts/ensure-system-deps.sh test

# Re-install only when the lock changes; the stamp keeps `make test` fast when nothing did.
$(STAMP): requirements.lock
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements.lock
	@touch $(STAMP)

# Launcher, icon and "Open with" associations for the current user.
install-desktop: setup
	sh scripts/install-desktop.sh

# Regenerate the lock from requirements.in (needs pip-tools; not part of normal set-up).
lock:
	$(PY) -m pip install --quiet pip-tools
	$(VENV)/bin/pip-compile --quiet --generate-hashes --allow-unsafe -o requirements.lock requirements.in

clean:
	rm -rf $(VENV) .pytest_cache
