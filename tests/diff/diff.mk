# The portable formulas in two spreadsheet engines (tests/diff): blank
# templates of every table kind and a grid of actuals per compiled rule
# (gen.c writes it with the core's compiler and the core's scores),
# recalculated by headless LibreOffice and by Gnumeric (`ssconvert
# --recalc`), compared cell by cell with the core.  Included by the
# top-level Makefile after src/template/template.mk.

DIFF_GEN := $(BUILD)/tests-diff/gen

$(DIFF_GEN): tests/diff/gen.c $(LIBJX) $(CORE_HDR)
	@mkdir -p $(@D)
	$(CC) $(TPL_CFLAGS) $< -o $@ $(LIBJX) $(TPL_LIBS)

.PHONY: check-formula-diff
check-formula-diff: $(TPL_BIN) $(DIFF_GEN) $(TPL_CORE_SO)
	$(PYTHON) tests/diff/test_diff.py $(TPL_BIN) $(DIFF_GEN) $(BUILD)/formula-diff $(TPL_CORE_SO)

CHECK_TARGETS += check-formula-diff
