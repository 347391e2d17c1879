# The README's two commands: `make run` (the main job) and `make test` (the test suite).
# Both install GSL and gnuplot when missing, then build.

SWIFT ?= swift
RELEASE_BIN := .build/release/vpcsim
OUT ?= results

.PHONY: deps venv build release run test test-slurm bench fuzz clean

deps:
	@scripts/install-deps.sh

# The Python tools of the AWS import tests (the AWS CLI and moto's server, pinned) in
# .venv-test/. Without Python or PyPI the tests that need them skip, saying why.
venv:
	@scripts/python-venv.sh >/dev/null || echo "warning: no .venv-test (see above); the AWS import end-to-end tests will skip" >&2

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --product vpcsim

# The main job: the bundled mesh-versus-hub sweep (2 to 500 VPCs, every strategy, 5
# replications per point), its charts and its report, into $(OUT)/mesh-vs-hub/. The folder
# is rewritten from scratch each time; report.md is the page to read.
MAIN_SWEEP ?= scenarios/sweeps/mesh-vs-hub.yaml
MAIN_OUT := $(OUT)/mesh-vs-hub

run: release
	rm -rf $(MAIN_OUT)
	$(RELEASE_BIN) sweep $(MAIN_SWEEP) --out $(MAIN_OUT)
	$(RELEASE_BIN) plot $(MAIN_OUT)
	$(RELEASE_BIN) report $(MAIN_OUT)
	@echo "read $(MAIN_OUT)/report.md (charts in $(MAIN_OUT)/plots/, data in $(MAIN_OUT)/points.csv and aggregate.csv)"

# Tests run optimised (simulation loops are many times slower in debug);
# -enable-testing keeps @testable imports working.
test: deps venv
	$(SWIFT) build -c release -Xswiftc -enable-testing --build-tests
	$(SWIFT) test -c release -Xswiftc -enable-testing --skip-build

# Not part of `test`: starts a single-node Slurm on this machine (root or sudo), runs a sweep
# as a 4-task array job plus a dependent merge job, and compares it with the unsharded run.
test-slurm: release
	scripts/slurm/test-slurm.sh

# Not part of `test`: libFuzzer on every reader, FUZZ_SECONDS (default 60) per target, one at
# a time; builds with the fuzzer and address sanitizers into .build-fuzz/ (README, "Fuzzing").
FUZZ_SECONDS ?= 60
fuzz: deps
	FUZZ_SECONDS=$(FUZZ_SECONDS) scripts/fuzz/run.sh

bench: release
	$(RELEASE_BIN) bench queue

clean:
	rm -rf .build .build-fuzz
