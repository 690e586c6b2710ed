# libFuzzer targets for the core's text parsers (clang, ASan + UBSan).
#
#   make fuzz          run each target for FUZZ_SECONDS (default 60)
#   make check-fuzz    run each for FUZZ_CHECK_SECONDS (default 25; CI runs
#                      every target, so at least 60 s of fuzzing in total)
#
# Every tests/fuzz/fuzz_<name>.c is a target; its seed corpus lives in
# tests/fuzz/corpus/fuzz_<name>/ (optional, but the real texts there are
# what lets a short run reach deep into the grammar).
#
# The targets compile CORE_SRC directly with the fuzzer's instrumentation
# rather than linking libjixiao.a, so coverage guides into the library.
# Each run works on a copy of the committed seed corpus under
# $(BUILD)/fuzz/; the committed corpus is never written to.  A crash stops
# the run and leaves its input in $(BUILD)/fuzz/artifacts/.

FUZZ_NAMES         := $(sort $(patsubst tests/fuzz/%.c,%,$(wildcard tests/fuzz/fuzz_*.c)))
FUZZ_BINS          := $(patsubst %,$(BUILD)/fuzz/%,$(FUZZ_NAMES))
FUZZ_SECONDS       ?= 60
FUZZ_CHECK_SECONDS ?= 25
FUZZ_MAX_LEN       ?= 1024
FUZZ_CFLAGS        := $(CSTD) -O1 -g $(WARN) -fsanitize=fuzzer,address,undefined \
                      -fno-sanitize-recover=all -fno-omit-frame-pointer \
                      -Isrc/core -Itests/fuzz

$(BUILD)/fuzz/%: tests/fuzz/%.c tests/fuzz/fuzz_util.h $(CORE_SRC) $(CORE_HDR)
	@mkdir -p $(@D)
	$(CLANG) $(FUZZ_CFLAGS) $< $(CORE_SRC) -o $@ -lm

# $(call fuzz_run,seconds): each target in turn on its corpus copy.
define fuzz_run
	@set -e; for t in $(FUZZ_NAMES); do \
	  run=$(BUILD)/fuzz/corpus/$$t; log=$(BUILD)/fuzz/$$t.log; \
	  mkdir -p $$run $(BUILD)/fuzz/artifacts; \
	  if [ -d tests/fuzz/corpus/$$t ]; then cp tests/fuzz/corpus/$$t/* $$run/; fi; \
	  echo "== $$t: $(1) s, $$(ls $$run | wc -l) inputs in $$run"; \
	  rc=0; ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
	  $(BUILD)/fuzz/$$t -max_total_time=$(1) -max_len=$(FUZZ_MAX_LEN) \
	    -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
	    -artifact_prefix=$(BUILD)/fuzz/artifacts/$$t- $$run >$$log 2>&1 || rc=$$?; \
	  grep -E '^(stat::number_of_executed_units|stat::average_exec_per_sec|stat::new_units_added|Done)' $$log || true; \
	  if [ $$rc -ne 0 ]; then tail -n 60 $$log; \
	    echo "fuzz: $$t failed (exit $$rc); input saved in $(BUILD)/fuzz/artifacts/" >&2; exit 1; fi; \
	done
endef

.PHONY: fuzz-core check-fuzz
fuzz-core: $(FUZZ_BINS)
	$(call fuzz_run,$(FUZZ_SECONDS))

check-fuzz: $(FUZZ_BINS)
	$(call fuzz_run,$(FUZZ_CHECK_SECONDS))

FUZZ_TARGETS  += fuzz-core
CHECK_TARGETS += check-fuzz
