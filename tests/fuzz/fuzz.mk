# libFuzzer targets for the core's text parsers (clang, ASan + UBSan).
#
#   make fuzz          open-ended: each target FUZZ_SECONDS (default 60),
#                      new inputs kept in $(BUILD)/fuzz/new/<target>/
#   make fuzz-merge    add the new inputs that reach new code to the
#                      committed corpora (tests/fuzz/corpus/), to commit
#   make check-fuzz    deterministic: replay every committed input, then
#                      FUZZ_RUNS runs from seed FUZZ_SEED per target
#
# The workflow (a find becomes a corpus entry and a unit test) is in
# tests/fuzz/README.md; tests/fuzz/fuzz.sh runs one target each way.
# Every tests/fuzz/fuzz_<name>.c is a target; its corpus lives in
# tests/fuzz/corpus/fuzz_<name>/ (the real texts there are what lets a
# short run reach deep into the grammar).  The add-in's and the audit's
# fuzzers (addin.mk, audit.mk) use the same script and corpus folder.
#
# fuzz_ruletext also starts from every case of the 评扣分标准 corpus
# (tests/rules/corpus/*.tsv), written as seeds into $(FUZZ_OUT)/seeds/ by
# tests/fuzz/rules_seeds.py whenever the corpus changes: the grammar the
# corpus reaches is always the fuzzer's starting point.
#
# The targets link libjixiao-fuzz.a (core.mk): the core compiled once with
# the fuzzer's coverage instrumentation, so coverage guides into the library.

FUZZ_NAMES     := $(sort $(patsubst tests/fuzz/%.c,%,$(wildcard tests/fuzz/fuzz_*.c)))
FUZZ_BINS      := $(patsubst %,$(BUILD)/fuzz/%,$(FUZZ_NAMES))
FUZZ_SECONDS   ?= 60
FUZZ_SEED      ?= 1
# runs per core target from the fixed seed: 2-7 s each here
FUZZ_RUNS      ?= 20000
FUZZ_MAX_LEN   ?= 1024
# $(FUZZ_SH) runs; each component puts FUZZ_RUNS=its own count before it.
FUZZ_SH        := FUZZ_SECONDS=$(FUZZ_SECONDS) FUZZ_SEED=$(FUZZ_SEED) sh tests/fuzz/fuzz.sh
FUZZ_OUT       := $(BUILD)/fuzz
FUZZ_CORE_OPTS := -max_len=$(FUZZ_MAX_LEN) -rss_limit_mb=2048
FUZZ_CFLAGS    := $(CSTD) -O1 -g $(WARN) -fsanitize=fuzzer,address,undefined \
                  -fno-sanitize-recover=all -fno-omit-frame-pointer \
                  -Isrc/core -Itests/fuzz

$(BUILD)/fuzz/%: tests/fuzz/%.c tests/fuzz/fuzz_util.h $(LIBJX_FUZZ) $(CORE_HDR)
	@mkdir -p $(@D)
	$(CLANG) $(FUZZ_CFLAGS) $< $(LIBJX_FUZZ) -o $@ -lm

RULE_CORPUS     := $(wildcard tests/rules/corpus/*.tsv)
FUZZ_RULE_SEEDS := $(FUZZ_OUT)/seeds/fuzz_ruletext.stamp

$(FUZZ_RULE_SEEDS): tests/fuzz/rules_seeds.py $(RULE_CORPUS)
	python3 tests/fuzz/rules_seeds.py $(FUZZ_OUT)/seeds/fuzz_ruletext $(RULE_CORPUS)
	@touch $@

# $(call fuzz_core,mode[,extra folders]): each core target in turn; a
# target's seeds folder is read when it exists (fuzz.sh skips the others).
define fuzz_core
	@set -e; for t in $(FUZZ_NAMES); do \
	  FUZZ_RUNS=$(FUZZ_RUNS) $(FUZZ_SH) $(1) $$t $(FUZZ_OUT)/$$t $(FUZZ_OUT) "$(FUZZ_CORE_OPTS)" tests/fuzz/corpus/$$t $(if $(2),$(FUZZ_OUT)/seeds/$$t); \
	done
endef

.PHONY: fuzz-core check-fuzz fuzz-merge fuzz-merge-core
fuzz-core: $(FUZZ_BINS) $(FUZZ_RULE_SEEDS)
	$(call fuzz_core,fuzz,seeds)

check-fuzz: $(FUZZ_BINS) $(FUZZ_RULE_SEEDS)
	$(call fuzz_core,check,seeds)

fuzz-merge-core: $(FUZZ_BINS)
	$(call fuzz_core,merge)

# addin.mk and audit.mk add their own merge goals as prerequisites.
fuzz-merge: fuzz-merge-core

FUZZ_TARGETS  += fuzz-core
CHECK_TARGETS += check-fuzz
