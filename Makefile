# make run: set up everything and serve on http://127.0.0.1:5000
# make test: the same set-up, then lint and the whole suite (SQLite, then PostgreSQL)
SHELL := /bin/bash
.DEFAULT_GOAL := run

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export FLASK_APP := wsgi.py
PG_TEST_URL ?= postgresql+psycopg2://postgres@127.0.0.1:5432/test
PYTEST_ARGS ?=
PG_BENCH_URL ?= postgresql://postgres@127.0.0.1:5432/m4eg_bench
PG_BENCH_LIBRARY_URL ?= postgresql://postgres@127.0.0.1:5432/m4eg_bench_library

.PHONY: run dev test bench lint format setup setup-dev assets translations db seed messages jobs-loop clean

$(BIN)/activate:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed (found " + sys.version.split()[0] + ")")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.runtime: requirements.txt | $(BIN)/activate
	$(BIN)/pip install --quiet -r requirements.txt
	@touch $@

$(VENV)/.dev: requirements-dev.txt requirements.txt $(VENV)/.runtime
	$(BIN)/pip install --quiet -r requirements-dev.txt
	@touch $@

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

app/static/vendor/.copied: node_modules/.package-lock.json
	rm -rf app/static/vendor
	mkdir -p app/static/vendor/bootstrap app/static/vendor/socket.io
	cp node_modules/bootstrap/dist/css/bootstrap.min.css* app/static/vendor/bootstrap/
	cp node_modules/bootstrap/dist/js/bootstrap.bundle.min.js* app/static/vendor/bootstrap/
	cp node_modules/socket.io-client/dist/socket.io.min.js* app/static/vendor/socket.io/
	@touch $@

assets: app/static/vendor/.copied

translations: $(VENV)/.runtime
	@$(BIN)/pybabel compile -d app/translations -D messages 2>&1 | grep -v '^compiling' || true

setup: $(VENV)/.runtime assets translations
	@mkdir -p instance

setup-dev: setup $(VENV)/.dev

db: setup
	$(BIN)/flask db upgrade

seed: db
	@$(BIN)/flask demo seed --if-empty
	@$(BIN)/flask search sync

# The periodic jobs (digests, email queue), every minute, as cron would run them.
jobs-loop:
	@while true; do $(BIN)/flask jobs run > instance/jobs.log 2>&1; sleep 60; done

run: seed
	@echo ""
	@echo "  M4EG network: http://127.0.0.1:5000"
	@echo "  Demo sign-in: admin@demo.test, facilitator@demo.test, member@demo.test"
	@echo "  Password:     $${DEMO_PASSWORD:-demo-password}"
	@echo "  Emails are written to instance/mail/ (no MAIL_SERVER set)."
	@echo ""
	@trap 'kill 0' EXIT; $(MAKE) --no-print-directory jobs-loop & \
	  $(BIN)/gunicorn -c gunicorn.conf.py wsgi:app

dev: seed
	SOCKETIO_ASYNC_MODE=threading $(BIN)/flask run --debug --host 127.0.0.1 --port 5000

lint: setup-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: setup-dev
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

test: setup-dev lint
	@echo "== Test suite on SQLite =="
	$(BIN)/pytest $(PYTEST_ARGS)
	@echo "== Test suite on PostgreSQL ($(PG_TEST_URL)) =="
	TEST_DATABASE_URL=$(PG_TEST_URL) $(BIN)/pytest -m "not browser" $(PYTEST_ARGS)

# Speed of the forums (needs wrk) and of the library search on SQLite and PostgreSQL;
# record results in benchmarks/README.md.
bench: setup-dev
	@command -v wrk >/dev/null || { echo "make bench needs wrk: apt-get install wrk"; exit 1; }
	$(BIN)/python benchmarks/forums.py --database sqlite
	$(BIN)/python benchmarks/forums.py --database $(PG_BENCH_URL)
	$(BIN)/python benchmarks/library.py --database sqlite
	$(BIN)/python benchmarks/library.py --database $(PG_BENCH_LIBRARY_URL)
	$(BIN)/python benchmarks/rooms.py --database $(PG_BENCH_URL)

# Developers: after changing user-visible strings, update every catalog.
messages: setup-dev
	$(BIN)/pybabel extract -F babel.cfg -k _l -k lazy_gettext --ignore-dirs ".*" --no-location --sort-by-file --project "M4EG Network" --version 1.0 -o app/translations/messages.pot .
	$(BIN)/pybabel update -i app/translations/messages.pot -d app/translations --ignore-obsolete --no-wrap -N
	$(BIN)/python scripts/english_catalog.py

clean:
	rm -rf $(VENV) node_modules app/static/vendor
