# jixiao-template: the official-table workbook writer (src/template) and its
# tests (tests/template).  Included by the top-level Makefile.
#
#   make templates        the six tables with defaults in $(BUILD)/templates/
#   make check-template   unit tests (plain and ASan/UBSan), xlsx structure
#                         tests (openpyxl), LibreOffice recalculation tests
#   make bench-template   1000 workbooks: this tool vs Python XlsxWriter

TPL_SRC      := $(wildcard src/template/*.c)
TPL_HDR      := $(wildcard src/template/*.h) src/audit/mapwrite.h
TPL_LIBSRC   := $(filter-out src/template/main.c,$(TPL_SRC))
TPL_OBJ      := $(patsubst src/template/%.c,$(BUILD)/template/%.o,$(TPL_SRC))
TPL_LIBOBJ   := $(patsubst src/template/%.c,$(BUILD)/template/%.o,$(TPL_LIBSRC))
TPL_ASANOBJ  := $(patsubst src/template/%.c,$(BUILD)/template-asan/%.o,$(TPL_LIBSRC))
TPL_BIN      := $(BUILD)/jixiao-template
# A spec may be an .xlsx: read with the audit's reader (libzip, libxml2).
TPL_XLSX     := $(patsubst src/audit/%.c,%.o,$(wildcard src/audit/xlsx_*.c))
TPL_OBJ      += $(addprefix $(BUILD)/template/,$(TPL_XLSX))
TPL_LIBOBJ   += $(addprefix $(BUILD)/template/,$(TPL_XLSX))
TPL_ASANOBJ  += $(addprefix $(BUILD)/template-asan/,$(TPL_XLSX))
# The _jixiao map is written by src/audit/mapwrite.c, the one writer (the
# audit's fixtures use it too, with veryhide.o and diag.o from here).
TPL_OBJ      += $(BUILD)/template/mapwrite.o
TPL_LIBOBJ   += $(BUILD)/template/mapwrite.o
TPL_ASANOBJ  += $(BUILD)/template-asan/mapwrite.o
TPL_PKGS     := xlsxwriter zlib libzip libxml-2.0
TPL_LIBS     := $(shell pkg-config --libs $(TPL_PKGS) 2>/dev/null || echo -lxlsxwriter -lz -lzip -lxml2) -lm
TPL_CFLAGS   := $(CFLAGS_COMMON) -Isrc/audit \
                $(shell pkg-config --cflags $(TPL_PKGS) 2>/dev/null || echo -I/usr/include/libxml2)

TPL_TEST_SRC  := $(wildcard tests/template/test_*.c)
TPL_TEST_BIN  := $(patsubst tests/template/%.c,$(BUILD)/tests-template/%,$(TPL_TEST_SRC))
TPL_TEST_ASAN := $(patsubst tests/template/%.c,$(BUILD)/tests-template-asan/%,$(TPL_TEST_SRC))

$(BUILD)/template/%.o: src/template/%.c $(TPL_HDR) $(CORE_HDR)
	@mkdir -p $(@D)
	$(CC) $(TPL_CFLAGS) -c $< -o $@

$(BUILD)/template-asan/%.o: src/template/%.c $(TPL_HDR) $(CORE_HDR)
	@mkdir -p $(@D)
	$(CC) $(CSTD) $(WARN) -Isrc/core -Isrc/audit $(filter -I%,$(TPL_CFLAGS)) $(SAN_FLAGS) -c $< -o $@

$(BUILD)/template/xlsx_%.o: src/audit/xlsx_%.c src/audit/xlsx.h src/audit/xlsx_int.h
	@mkdir -p $(@D)
	$(CC) $(TPL_CFLAGS) -c $< -o $@

$(BUILD)/template-asan/xlsx_%.o: src/audit/xlsx_%.c src/audit/xlsx.h src/audit/xlsx_int.h
	@mkdir -p $(@D)
	$(CC) $(CSTD) $(WARN) -Isrc/core $(filter -I%,$(TPL_CFLAGS)) $(SAN_FLAGS) -c $< -o $@

$(BUILD)/template/mapwrite.o: src/audit/mapwrite.c src/audit/mapwrite.h
	@mkdir -p $(@D)
	$(CC) $(TPL_CFLAGS) -c $< -o $@

$(BUILD)/template-asan/mapwrite.o: src/audit/mapwrite.c src/audit/mapwrite.h
	@mkdir -p $(@D)
	$(CC) $(CSTD) $(WARN) -Isrc/core $(filter -I%,$(TPL_CFLAGS)) $(SAN_FLAGS) -c $< -o $@

$(TPL_BIN): $(TPL_OBJ) $(LIBJX)
	$(CC) $(TPL_CFLAGS) -o $@ $(TPL_OBJ) $(LIBJX) $(TPL_LIBS)

$(BUILD)/tests-template/%: tests/template/%.c $(TPL_LIBOBJ) $(LIBJX)
	@mkdir -p $(@D)
	$(CC) $(TPL_CFLAGS) -Isrc/template $< -o $@ $(TPL_LIBOBJ) $(LIBJX) $(TPL_LIBS) -lcmocka

$(BUILD)/tests-template-asan/%: tests/template/%.c $(TPL_ASANOBJ) $(LIBJX_ASAN)
	@mkdir -p $(@D)
	$(CC) $(CSTD) $(WARN) -Isrc/core -Isrc/template -Isrc/audit $(SAN_FLAGS) $< -o $@ \
	    $(TPL_ASANOBJ) $(LIBJX_ASAN) $(TPL_LIBS) -lcmocka

ALL_TARGETS += $(TPL_BIN)
.SECONDARY: $(TPL_ASANOBJ)

# The whole tool under ASan/UBSan, run over every table and a batch.
TPL_BIN_ASAN := $(BUILD)/jixiao-template-asan
$(TPL_BIN_ASAN): $(TPL_ASANOBJ) $(BUILD)/template-asan/main.o $(LIBJX_ASAN)
	$(CC) $(SAN_FLAGS) -o $@ $^ $(TPL_LIBS)

# The tests ask the core for the numbers a workbook must show, through
# ctypes, from the project's libjixiao.so (it exports every jx_ function).
TPL_CORE_SO := $(LIBJX_SO)

TPL_TABLES := xmzc-zp bmzt-zp bmzt-jcsj xmzc-pj bmzt-pj kh-pf
# Provinces' variants of the tables above (data only, src/template/zp_kinds.c).
TPL_VARIANTS := xmzc-zp-sc

.PHONY: templates check-template check-template-unit check-template-asan \
        check-template-structure check-template-lo bench-template
templates: $(TPL_BIN)
	@mkdir -p $(BUILD)/templates
	@set -e; for t in $(TPL_TABLES); do \
	  $(TPL_BIN) $$t -o $(BUILD)/templates/$$t.xlsx --force; \
	  echo "$(BUILD)/templates/$$t.xlsx"; done

check-template-unit: $(TPL_TEST_BIN)
	@set -e; for t in $^; do echo "== $$t"; $$t; done

check-template-asan: $(TPL_TEST_ASAN) $(TPL_BIN_ASAN)
	@set -e; export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1; \
	for t in $(TPL_TEST_ASAN); do echo "== $$t (asan+ubsan)"; $$t; done; \
	export LSAN_OPTIONS=suppressions=$(CURDIR)/tests/template/lsan.supp; \
	d=$(BUILD)/tpl-asan; rm -rf $$d; mkdir -p $$d/out; \
	for t in $(TPL_TABLES) $(TPL_VARIANTS); do \
	  $(TPL_BIN_ASAN) $$t -o $$d/$$t.xlsx --year 2024 --unit 测试 --budget 10 --spent 9 --received 9 --password x; done; \
	$(TPL_BIN_ASAN) xmzc-zp -o $$d/spec.xlsx --spec tests/template/data/spec-003-hengyang.csv --formulas addin; \
	for f in tests/template/data/bad-*.csv; do \
	  if $(TPL_BIN_ASAN) xmzc-zp -o $$d/bad.xlsx --spec $$f 2>/dev/null; then echo "accepted $$f"; exit 1; fi; done; \
	printf '单位,项目名称,年度,全年预算数,全年执行数,指标表\n甲,乙,2024,1,1,spec-002-yiliao.csv\n甲,乙,2024,1,1,\n' \
	  > tests/template/data/.asan-batch.csv; \
	$(TPL_BIN_ASAN) --batch tests/template/data/.asan-batch.csv --out-dir $$d/out --jobs 2 -q; \
	rm -f tests/template/data/.asan-batch.csv; \
	echo "jixiao-template under ASan/UBSan: six tables, a variant, a spec, bad inputs, a batch: clean"

# Structure (openpyxl + raw XML) and command-line behaviour, no office needed.
check-template-structure: $(TPL_BIN) $(TPL_CORE_SO)
	$(PYTHON) tests/template/test_structure.py $(TPL_BIN) $(TPL_CORE_SO) $(BUILD)/tpl-structure
	$(PYTHON) tests/template/test_cli.py $(TPL_BIN) $(BUILD)/tpl-cli

# Real LibreOffice: fill inputs with the seeds' numbers, recalculate, compare.
# With the add-in and jixiao-audit built, --formulas addin workbooks are
# recalculated by the add-in and a Calc-filled workbook is audited through
# its map.  Both belong to other components (audit.mk is even included after
# this file), so they are built from the recipe and their own failures do
# not hide this test's results (the test says when it skipped them).
check-template-lo: $(TPL_BIN) $(TPL_CORE_SO)
	-$(if $(ADDIN_OXT),$(MAKE) --no-print-directory $(ADDIN_OXT))
	-$(if $(AUD_BIN),$(MAKE) --no-print-directory $(AUD_BIN))
	$(PYTHON) tests/template/test_lo.py $(TPL_BIN) $(TPL_CORE_SO) $(BUILD)/tpl-lo \
	    $(or $(ADDIN_OXT),none) $(or $(AUD_BIN),none)

# Specs as .xlsx (budget systems' 绩效目标表) saved by XlsxWriter, LibreOffice and Gnumeric.
.PHONY: check-template-spec-xlsx
check-template-spec-xlsx: $(TPL_BIN)
	$(PYTHON) tests/template/test_spec_xlsx.py $(TPL_BIN) $(BUILD)/tpl-spec-xlsx

check-template: check-template-unit check-template-asan check-template-structure check-template-lo \
                check-template-spec-xlsx

bench-template: $(TPL_BIN)
	$(PYTHON) tests/template/bench.py $(TPL_BIN) $(BUILD)/tpl-bench

CHECK_TARGETS += check-template
BENCH_TARGETS += bench-template
