# The portable formulas in two spreadsheet engines (tests/diff): blank
# templates of every table kind and a grid of actuals per compiled rule,
# recalculated by headless LibreOffice and by Gnumeric (`ssconvert
# --recalc`), compared cell by cell with the core.  Included by the
# top-level Makefile after src/template/template.mk.

.PHONY: check-formula-diff
check-formula-diff: $(TPL_BIN)
	$(PYTHON) tests/diff/test_diff.py $(TPL_BIN) none $(BUILD)/formula-diff

CHECK_TARGETS += check-formula-diff
