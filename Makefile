# The two entry points of the README: `make run` and `make test`. Both first make sure the
# Debian packages the C targets link against are installed (as root: installs them; otherwise
# prints the one apt-get line needed and stops).

DEBIAN_PACKAGES := pkg-config libcurl4-openssl-dev libssl-dev libxml2-dev libopencc-dev \
                   libuchardet-dev libsqlite3-dev python3
CONFIG ?= sources.yaml

.PHONY: run test build deps clean pydeps-metrics

run: deps
	swift build -c release
	.build/release/bureauwatch fetch --config $(CONFIG)

test: deps
	swift test

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

# The /metrics tests check the exposition with the reference parser, Python's prometheus_client.
pydeps-metrics:
	@python3 -c 'import prometheus_client' 2>/dev/null || python3 -m pip install --quiet prometheus_client

clean:
	rm -rf .build
