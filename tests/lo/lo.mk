# The shared LibreOffice test harness (tests/lo/office.py) tests itself:
# real cells, errors, file formats, clear start failures, no orphans.
.PHONY: check-lo
check-lo:
	$(PYTHON) tests/lo/test_office.py $(abspath $(BUILD))/lo-test

CHECK_TARGETS += check-lo
