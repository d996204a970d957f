# The two entry points of the README: `make run` and `make test`. Both first make sure the
# Debian packages the C targets link against are installed (as root: installs them; otherwise
# prints the one apt-get line needed and stops).

DEBIAN_PACKAGES := pkg-config libcurl4-openssl-dev libssl-dev libxml2-dev libopencc-dev \
                   libuchardet-dev libsqlite3-dev libyaml-dev zlib1g-dev python3 python3-pip
CONFIG ?= sources.yaml

# The browser test (WebPageBrowserTests) drives Debian's headless Chromium; the CJK font renders
# the page's Chinese in its screenshot.
BROWSER_PACKAGES := chromium fonts-wqy-zenhei

# The tests' throwaway PostgreSQL (.ci/pg-cluster), with pg_trgm from postgresql-contrib. Running
# the daemon needs none of it: `store: postgres://…` points at a server of your own.
POSTGRES_PACKAGES := postgresql postgresql-contrib

.PHONY: run test lint format demo build deps browser-deps postgres-deps pydeps clean quality-gate bench-extract bench

run: deps
	swift build -c release
	.build/release/bureauwatch fetch --config $(CONFIG)

# In-process suites that measure time, or wait for work on the cooperative pool within a
# deadline (CurlSharedLoopTests). They run on their own, after the rest: a test that blocks a
# thread of the pool (two on a 2-core machine) could otherwise hold them back for a minute.
# The shared-state suites (two daemons on one PostgreSQL) wait on leases that expire in seconds.
TIMED_SUITES := SchedulerTests|CurlSharedLoopTests|BudgetTests|DeliveryLaneTests|DeliveryAcceptanceTests|LoudFailureTests|CurlTransportTests|PolitenessTests|RetryTimingTests|HostGateWakeTests|StalledHostTests|BlockingWorkExecutorTests|OverlappingDrainTests|SharedDedupTests|SharedSchedulingTests|SharedDeliveryTests
# Three daemons on one PostgreSQL, killed 30 times (issue 19): alone, last, so that no other
# suite's load makes its daemons fall behind the polling deadline it checks.
FLEET_SUITE := MultiDaemonCrashTests

# The store suites run against a throwaway PostgreSQL too (.ci/pg-cluster), stopped at the end
# whatever the tests did. A cluster that cannot start leaves the URL unset: the PostgreSQL cases
# then skip, or fail under CI=true.
test: deps browser-deps postgres-deps pydeps lint
	swift build --build-tests
	@url="$$(.ci/pg-cluster start)" || url=""; \
	trap '.ci/pg-cluster stop' EXIT; \
	export BUREAUWATCH_TEST_POSTGRES="$$url"; \
	set -e; \
	swift test --skip-build --skip '$(TIMED_SUITES)|$(FLEET_SUITE)'; \
	swift test --skip-build --filter '$(TIMED_SUITES)'; \
	swift test --skip-build --filter '$(FLEET_SUITE)'
	.ci/quality-gate

# The code stays as `swift format` (the toolchain's) writes it with .swift-format: `make format`
# rewrites it, `make lint` (part of `make test`) fails on any difference or rule broken.
FORMATTED := Sources Tests Benchmarks/Sources Package.swift Benchmarks/Package.swift

lint:
	swift format lint --strict --recursive --parallel $(FORMATTED)

format:
	swift format --in-place --recursive --parallel $(FORMATTED)

# One offline fetch cycle against the demo site in Tests/bureauwatchTests/DemoSite.
demo: deps
	.ci/demo

# The extraction quality gate over ../shared/extraction-corpus (see .ci/quality-gate); its
# runner, extract-corpus, builds in the Benchmarks/ package (its own .build).
quality-gate: deps
	.ci/quality-gate

# Speed and F1 against trafilatura and readability-lxml (see .ci/bench-extract, BENCHMARKS.md).
bench-extract: deps
	.ci/bench-extract

# Every benchmark area (extraction, polling, dedup, daemon) and one table at the end (see .ci/bench).
bench: deps
	.ci/bench

build: deps
	swift build

deps:
	@missing=""; \
	for p in $(DEBIAN_PACKAGES); do \
	  dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed$$' || missing="$$missing $$p"; \
	done; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" -eq 0 ]; then \
	  echo "installing Debian packages:$$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	else \
	  echo "missing Debian packages; install them with:"; \
	  echo "  sudo apt-get install -y$$missing"; \
	  exit 1; \
	fi

browser-deps:
	@$(MAKE) --no-print-directory deps DEBIAN_PACKAGES="$(BROWSER_PACKAGES)"

postgres-deps:
	@$(MAKE) --no-print-directory deps DEBIAN_PACKAGES="$(POSTGRES_PACKAGES)"

# Python readers the tests check our outputs with (a real feed parser, a real WARC reader, a
# real YAML parser, the Prometheus reference parser). Tests never install them: they fail naming this target.
pydeps:
	@python3 -c 'import feedparser, warcio, yaml' 2>/dev/null || \
	  python3 -m pip install --quiet feedparser warcio pyyaml 2>/dev/null || \
	  python3 -m pip install --quiet --user --break-system-packages feedparser warcio pyyaml
	@python3 -c 'import prometheus_client' 2>/dev/null || \
	  python3 -m pip install --quiet prometheus_client 2>/dev/null || \
	  python3 -m pip install --quiet --user --break-system-packages prometheus_client

clean:
	rm -rf .build Benchmarks/.build
