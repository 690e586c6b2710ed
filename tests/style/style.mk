# Project-wide style checks (issue 13 section 3) and the fast inner loop.
#
#   make check-names   nm over the built libraries and programs: every
#                      exported symbol carries its component's prefix
#   make check-fn-length no function over 60 lines in src/template (the
#                      ones still listed in tests/style/fn_length_known.txt
#                      are reported, not failed)

.PHONY: check-names
check-names: $(LIBJX) $(LIBJX_SO) $(ADDIN_SO) $(TPL_BIN) $(AUD_BIN)
	@tests/style/nm_prefix.sh $(BUILD)

CHECK_TARGETS += check-names

.PHONY: check-fn-length
check-fn-length:
	@$(PYTHON) tests/style/fn_length.py 60 tests/style/fn_length_known.txt src/template/*.c

CHECK_TARGETS += check-fn-length

# The inner loop: what an edit to C code can break, without LibreOffice,
# valgrind or seeded fuzz runs (make check runs those).  Under a minute on
# a built tree; the first build of the fuzz targets takes longer.
#   unit tests of the core, the add-in's function table, template and audit;
#   every committed fuzz input replayed once; the template's structure and
#   command-line tests (openpyxl); the rule corpus (check-rules); the nm
#   prefix and function-length checks.
.PHONY: check-fast check-fuzz-replay
check-fuzz-replay: $(FUZZ_BINS) $(ADDIN_FUZZ) $(AUD_FUZZ) $(FUZZ_RULE_SEEDS)
	@set -e; for t in $(FUZZ_NAMES); do \
	  $(FUZZ_SH) replay $$t $(FUZZ_OUT)/$$t $(FUZZ_OUT) "$(FUZZ_CORE_OPTS)" tests/fuzz/corpus/$$t $(FUZZ_OUT)/seeds/$$t; done
	@$(FUZZ_SH) replay fuzz_addin $(ADDIN_FUZZ) $(FUZZ_OUT) "$(ADDIN_FUZZ_OPTS)" tests/fuzz/corpus/fuzz_addin
	@$(FUZZ_SH) replay fuzz_xlsx $(AUD_FUZZ) $(FUZZ_OUT) "$(AUD_FUZZ_OPTS)" tests/fuzz/corpus/fuzz_xlsx

check-fast: check-core check-template-unit check-audit-unit $(ADDIN_UNIT) check-fuzz-replay \
            check-template-structure check-rules check-names check-fn-length
	$(ADDIN_UNIT)
	@echo "== make check-fast: passed (make check adds sanitizers, valgrind, seeded fuzzing, LibreOffice) =="
