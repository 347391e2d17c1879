# The README's two commands: `make run` (the main job) and `make test` (the test suite).
# Both install GSL and gnuplot when missing, then build.

SWIFT ?= swift
RELEASE_BIN := .build/release/vpcsim
OUT ?= results

.PHONY: deps build release run test test-slurm bench clean

deps:
	@scripts/install-deps.sh

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --product vpcsim

# The main job. Until the strategies exist: the event-queue benchmark and a queueing example.
run: release
	$(RELEASE_BIN) bench queue --csv $(OUT)/bench/queue.csv
	$(RELEASE_BIN) bench mmc --csv $(OUT)/bench/mmc.csv

# Tests run optimised (simulation loops are many times slower in debug);
# -enable-testing keeps @testable imports working.
test: deps
	$(SWIFT) build -c release -Xswiftc -enable-testing --build-tests
	$(SWIFT) test -c release -Xswiftc -enable-testing --skip-build

# Not part of `test`: starts a single-node Slurm on this machine (root or sudo), runs a sweep
# as a 4-task array job plus a dependent merge job, and compares it with the unsharded run.
test-slurm: release
	scripts/slurm/test-slurm.sh

bench: release
	$(RELEASE_BIN) bench queue

clean:
	rm -rf .build
