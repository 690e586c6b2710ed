# Sample sheets (the five seed reports recomputed) and the demo.
#
#   make check-samples   build every sample in headless LibreOffice with the
#                        add-in, check its @expect lines and compare every
#                        add-in cell with the core (tests/samples)
#   make samples         build them into $(BUILD)/samples (.ods)
#   make demo            the README's main job (see sample-sheets/demo.sh)

JXEVAL := $(BUILD)/jxeval
SAMPLE_SRC := $(wildcard sample-sheets/*.tsv)

$(JXEVAL): tests/samples/jxeval.c $(ADDIN_DIR)/host/functions.o $(ADDIN_DIR)/host/args.o $(LIBJX)
	$(CC) $(CFLAGS_COMMON) -Isrc/addin -o $@ $^ -lm

.PHONY: check-samples samples demo
check-samples: $(ADDIN_OXT) $(JXEVAL)
	$(PYTHON) tests/samples/test_samples.py --oxt $(ADDIN_OXT) --jxeval $(JXEVAL) \
	    --work $(BUILD)/samples-test

samples: $(ADDIN_OXT)
	$(PYTHON) sample-sheets/build.py --oxt $(ADDIN_OXT) --out $(BUILD)/samples

demo:
	bash sample-sheets/demo.sh

ALL_TARGETS   += $(JXEVAL)
CHECK_TARGETS += check-samples

# The README's pictures, from what `make demo` rendered into out/.
DEMO_OUT ?= out
.PHONY: docs-pictures
docs-pictures:
	@test -f $(DEMO_OUT)/samples/003-hengyang.pdf || { echo "docs-pictures: run make demo first" >&2; exit 1; }
	pdftoppm -png -r 80 -f 1 -l 1 -singlefile $(DEMO_OUT)/samples/003-hengyang.pdf docs/sample-003
	pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$(DEMO_OUT)/pdf/衡阳县医疗保障局-部门整体支出绩效自评表.pdf" docs/template-bmzt-zp
	cp "$(DEMO_OUT)/cycle/png/汇总.png" docs/summary-table.png
	cp "$(DEMO_OUT)/cycle/png/grades.png" docs/summary-grades.png
	cp "$(DEMO_OUT)/cycle/png/exec-rate.png" docs/summary-exec-rate.png
