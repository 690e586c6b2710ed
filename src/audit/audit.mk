# jixiao-audit: recompute returned workbooks (src/audit) and its tests
# (tests/audit).  Included by the top-level Makefile.
#
#   make check-audit       unit tests (plain, ASan/UBSan, valgrind), tamper tests,
#                          a LibreOffice round trip, jixiao-template workbooks
#                          filled in LibreOffice and Gnumeric, hostile files and
#                          outputs (check-audit-robust), the fuzz corpus replayed
#                          and a fixed-seed run
#   make fuzz-audit        the xlsx reader fuzzer for FUZZ_SECONDS (60)
#   make bench-audit       audit 1000 generated workbooks, workbooks per second

AUD_XLSXSRC := $(wildcard src/audit/xlsx_*.c)
AUD_LIBSRC  := $(AUD_XLSXSRC) src/audit/map.c src/audit/audit.c src/audit/audit_msg.c src/audit/report.c \
               src/audit/summary.c src/audit/pictures.c
# The tests and fixtures write maps with the template's writer and hide them
# the template's way (mapwrite.c, veryhide.c); jixiao-audit only reads maps.
# veryhide.o says its failures through the template's message table (msg.o).
AUD_MAPW    := $(BUILD)/template/mapwrite.o $(BUILD)/template/veryhide.o $(BUILD)/template/diag.o \
               $(BUILD)/template/msg.o
AUD_MAPW_ASAN := $(BUILD)/template-asan/mapwrite.o $(BUILD)/template-asan/veryhide.o \
               $(BUILD)/template-asan/diag.o $(BUILD)/template-asan/msg.o
AUD_HDR     := $(wildcard src/audit/*.h)
AUD_OBJ     := $(patsubst src/audit/%.c,$(BUILD)/audit/%.o,$(AUD_LIBSRC))
AUD_ASANOBJ := $(patsubst src/audit/%.c,$(BUILD)/audit-asan/%.o,$(AUD_LIBSRC))
AUD_BIN     := $(BUILD)/jixiao-audit
AUD_PKGS    := libzip libxml-2.0 xlsxwriter
AUD_CFLAGS  := $(shell pkg-config --cflags $(AUD_PKGS) 2>/dev/null || echo -I/usr/include/libxml2)
AUD_LIBS    := $(shell pkg-config --libs $(AUD_PKGS) 2>/dev/null || echo -lzip -lxml2 -lxlsxwriter -lz) -lm

$(BUILD)/audit/%.o: src/audit/%.c $(AUD_HDR) $(CORE_HDR)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS_COMMON) $(AUD_CFLAGS) -c $< -o $@

$(BUILD)/audit-asan/%.o: src/audit/%.c $(AUD_HDR) $(CORE_HDR)
	@mkdir -p $(@D)
	$(CC) $(CSTD) $(WARN) -Isrc/core $(AUD_CFLAGS) $(SAN_FLAGS) -c $< -o $@

$(AUD_BIN): src/audit/main.c $(AUD_OBJ) $(LIBJX) $(AUD_HDR)
	$(CC) $(CFLAGS_COMMON) $(AUD_CFLAGS) -o $@ src/audit/main.c $(AUD_OBJ) $(LIBJX) $(AUD_LIBS)

ALL_TARGETS += $(AUD_BIN)

# --- unit tests (cmocka) -------------------------------------------------
AUD_TEST_SRC  := $(wildcard tests/audit/test_*.c)
AUD_TEST_BIN  := $(patsubst tests/audit/%.c,$(BUILD)/tests-audit/%,$(AUD_TEST_SRC))
AUD_TEST_ASAN := $(patsubst tests/audit/%.c,$(BUILD)/tests-audit-asan/%,$(AUD_TEST_SRC))
AUD_FIXTURE   := $(BUILD)/tests-audit/mkfixture

$(BUILD)/tests-audit/test_%: tests/audit/test_%.c tests/audit/ziputil.h $(AUD_OBJ) $(AUD_MAPW) $(LIBJX)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS_COMMON) $(AUD_CFLAGS) -Isrc/audit -Isrc/template -Itests/audit $< -o $@ \
	    $(AUD_OBJ) $(AUD_MAPW) $(LIBJX) $(AUD_LIBS) -lz -lcmocka

$(BUILD)/tests-audit-asan/test_%: tests/audit/test_%.c tests/audit/ziputil.h $(AUD_ASANOBJ) $(AUD_MAPW_ASAN) $(LIBJX_ASAN)
	@mkdir -p $(@D)
	$(CC) $(CSTD) $(WARN) -Isrc/core $(AUD_CFLAGS) -Isrc/audit -Isrc/template -Itests/audit $(SAN_FLAGS) $< -o $@ \
	    $(AUD_ASANOBJ) $(AUD_MAPW_ASAN) $(LIBJX_ASAN) $(AUD_LIBS) -lz -lcmocka

$(AUD_FIXTURE): tests/audit/mkfixture.c $(AUD_MAPW) $(LIBJX)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS_COMMON) $(AUD_CFLAGS) -Isrc/audit -Isrc/template $< -o $@ $(AUD_MAPW) $(LIBJX) $(AUD_LIBS) -lz

.PHONY: check-audit check-audit-unit check-audit-asan check-audit-valgrind check-audit-tamper check-audit-lo \
        check-audit-fuzz fuzz-audit bench-audit
check-audit-unit: $(AUD_TEST_BIN)
	@set -e; for t in $^; do echo "== $$t"; $$t; done

check-audit-asan: $(AUD_TEST_ASAN)
	@set -e; for t in $^; do echo "== $$t (asan+ubsan)"; \
	  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 $$t; done

check-audit-valgrind: $(AUD_TEST_BIN)
	@set -e; for t in $^; do echo "== $$t (valgrind)"; \
	  valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect $$t >/dev/null; done; \
	  echo "valgrind: audit tests clean"

# Fixtures, tampered copies, command line, CSV and xlsx outputs.
check-audit-tamper: $(AUD_BIN) $(AUD_FIXTURE)
	$(PYTHON) tests/audit/test_audit.py $(AUD_BIN) $(AUD_FIXTURE) $(BUILD)/audit-tamper

# A fixture saved again by real LibreOffice must still audit clean.
check-audit-lo: $(AUD_BIN) $(AUD_FIXTURE)
	$(PYTHON) tests/audit/test_audit_lo.py $(AUD_BIN) $(AUD_FIXTURE) $(BUILD)/audit-lo

# Nothing lost, nothing hung (issue 11): reports never over an input, written
# atomically, valid UTF-8 (read back by LibreOffice); hostile workbooks refused
# under timeout and an address-space limit; DTDs in any encoding; pipes.
.PHONY: check-audit-robust
check-audit-robust: $(AUD_BIN) $(AUD_FIXTURE)
	$(PYTHON) tests/audit/test_audit_robust.py $(AUD_BIN) $(AUD_FIXTURE) $(BUILD)/audit-robust

# Workbooks made by jixiao-template (which writes the map), filled in LibreOffice.
.PHONY: check-audit-template
check-audit-template: $(AUD_BIN) $(TPL_BIN)
	$(PYTHON) tests/audit/test_audit_template.py $(AUD_BIN) $(TPL_BIN) $(BUILD)/audit-template

# The bureau's 汇总 workbook and its pictures, read back with openpyxl and
# recalculated by LibreOffice and Gnumeric.
.PHONY: check-audit-summary
check-audit-summary: $(AUD_BIN) $(TPL_BIN)
	$(PYTHON) tests/audit/test_summary.py $(AUD_BIN) $(TPL_BIN) $(BUILD)/audit-summary

# --- fuzzing (clang libFuzzer) -------------------------------------------
AUD_FUZZ      := $(BUILD)/fuzz/fuzz_xlsx
FUZZ_SECONDS  ?= 60

$(AUD_FUZZ): tests/audit/fuzz_xlsx.c $(AUD_LIBSRC) $(AUD_HDR) $(LIBJX_FUZZ)
	@mkdir -p $(@D)
	$(CLANG) $(CSTD) -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
	    -Isrc/core -Isrc/audit $(AUD_CFLAGS) $< $(AUD_LIBSRC) $(LIBJX_FUZZ) -o $@ $(AUD_LIBS)

# Seeds: the fixture as a zip, and unpacked (name NUL content NUL ...) so
# that mutations reach its XML and its map.
$(BUILD)/fuzz/xlsx-seeds/.done: $(AUD_FIXTURE) tests/audit/unpack.py
	@mkdir -p $(@D)
	$(AUD_FIXTURE) $(@D)/fixture.xlsx
	$(PYTHON) tests/audit/unpack.py $(@D)/fixture.xlsx $(@D)/fixture.parts
	@touch $@

# check replays tests/fuzz/corpus/fuzz_xlsx (the fixture as it was
# generated once: the generated one carries the time it was made, which
# would make each clone's run different), then AUD_FUZZ_RUNS runs from a
# fixed seed; `make fuzz` runs FUZZ_SECONDS from both (tests/fuzz/fuzz.sh).
AUD_FUZZ_OPTS := -max_len=65536 -rss_limit_mb=1024
# runs from the fixed seed in check: ~120 inputs a second, about 9 s
AUD_FUZZ_RUNS ?= 1000
aud_fuzz = FUZZ_RUNS=$(AUD_FUZZ_RUNS) $(FUZZ_SH) $(1) fuzz_xlsx $(AUD_FUZZ) $(FUZZ_OUT) \
	"$(AUD_FUZZ_OPTS)" tests/fuzz/corpus/fuzz_xlsx $(2)

.PHONY: fuzz-merge-audit
fuzz-audit: $(AUD_FUZZ) $(BUILD)/fuzz/xlsx-seeds/.done
	$(call aud_fuzz,fuzz,$(BUILD)/fuzz/xlsx-seeds)

check-audit-fuzz: $(AUD_FUZZ)
	$(call aud_fuzz,check)

fuzz-merge-audit: $(AUD_FUZZ)
	$(call aud_fuzz,merge)
fuzz-merge: fuzz-merge-audit

check-audit: check-audit-unit check-audit-asan check-audit-valgrind check-audit-tamper check-audit-lo \
             check-audit-template check-audit-robust check-audit-summary check-audit-fuzz

FUZZ_TARGETS  += fuzz-audit
CHECK_TARGETS += check-audit

# --- benchmark --------------------------------------------------------------
bench-audit: $(AUD_BIN) $(AUD_FIXTURE)
	$(PYTHON) tests/audit/bench.py $(AUD_BIN) $(AUD_FIXTURE) $(BUILD)/audit-bench 1000

BENCH_TARGETS += bench-audit
