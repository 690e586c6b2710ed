# Calc add-in: src/addin/*.c + the core (PIC archive) -> jixiao.uno.so,
# idl/ -> jixiao.rdb, both with extension/ -> $(BUILD)/jixiao.oxt.
#
#   make oxt              build $(BUILD)/jixiao.oxt
#   make install          unopkg add it for the current user (not as root)
#   make uninstall        unopkg remove it
#   make docs-functions   regenerate idl/org/jixiao/XFunctions.idl and
#                         docs/functions.md from the function table (both
#                         committed: readers see them without building)
#   make check-addin      unit tests of the functions, then real LibreOffice
#                         (cases, round trips, install, whole-column ranges
#                         under a memory limit: test_bigrange.py)
#   make check-addin-valgrind  memcheck over soffice running the workbook
#   make bench-addin      per-call cost against Calc built-ins, Analysis, Basic

LO_PROGRAM ?= /usr/lib/libreoffice/program
LO_SDK     ?= /usr/lib/libreoffice/sdk
UNOIDL_WRITE := $(LO_SDK)/bin/unoidl-write
UNOIDL_READ  := $(LO_SDK)/bin/unoidl-read
UNOPKG     ?= $(LO_PROGRAM)/unopkg
UNO_CFLAGS := -DUNX -DGCC -DLINUX -DCPPU_ENV=gcc3 -isystem /usr/include/libreoffice
UNO_LIBS   := -L$(LO_SDK)/lib -luno_cppu -luno_sal

ADDIN_DIR  := $(BUILD)/addin
ADDIN_CORE_SRC := src/addin/functions.c src/addin/args.c src/addin/utf16.c
ADDIN_UNO_SRC  := src/addin/addin.c src/addin/unoc.c
ADDIN_HDR  := $(wildcard src/addin/*.h) $(CORE_HDR)
ADDIN_OBJ  := $(patsubst src/addin/%.c,$(ADDIN_DIR)/%.o,$(ADDIN_CORE_SRC) $(ADDIN_UNO_SRC))
ADDIN_SO   := $(ADDIN_DIR)/jixiao.uno.so
ADDIN_RDB  := $(ADDIN_DIR)/jixiao.rdb
ADDIN_GEN  := $(ADDIN_DIR)/jixiao-gen
ADDIN_OXT  := $(BUILD)/jixiao.oxt
ADDIN_IDL  := idl/org/jixiao/XFunctions.idl idl/org/jixiao/Functions.idl
JIXIAO_VERSION_STR = $(shell sed -n 's/^\#define JIXIAO_VERSION "\(.*\)"/\1/p' src/core/jixiao/jixiao.h)

$(ADDIN_DIR)/%.o: src/addin/%.c $(ADDIN_HDR)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS_COMMON) $(UNO_CFLAGS) -fPIC -fvisibility=hidden -c $< -o $@

# Everything but the two component entry points stays hidden (the add-in's
# objects by -fvisibility=hidden, the core archive by --exclude-libs); the
# core is linked in so the extension carries a single library.
$(ADDIN_SO): $(ADDIN_OBJ) $(LIBJX_PIC)
	$(CC) -shared -Wl,-z,defs -Wl,--exclude-libs,ALL -Wl,-soname,jixiao.uno.so -o $@ $(ADDIN_OBJ) \
	    $(LIBJX_PIC) $(UNO_LIBS) -lm -lpthread

$(ADDIN_RDB): $(ADDIN_IDL)
	@mkdir -p $(@D)
	$(UNOIDL_WRITE) $(LO_PROGRAM)/types.rdb $(LO_PROGRAM)/types/offapi.rdb idl $@ >/dev/null

# The generator and unit tests link the table with the plain core.
$(ADDIN_DIR)/host/%.o: src/addin/%.c $(ADDIN_HDR)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS_COMMON) -c $< -o $@

$(ADDIN_GEN): $(ADDIN_DIR)/host/gen.o $(ADDIN_DIR)/host/functions.o $(ADDIN_DIR)/host/args.o $(LIBJX)
	$(CC) -o $@ $^ -lm

$(ADDIN_OXT): $(ADDIN_SO) $(ADDIN_RDB) extension/description.xml extension/jixiao.components \
              extension/META-INF/manifest.xml extension/icon.png $(wildcard extension/description/*)
	@rm -rf $(ADDIN_DIR)/oxt && mkdir -p $(ADDIN_DIR)/oxt/META-INF $(ADDIN_DIR)/oxt/description
	sed 's/@VERSION@/$(JIXIAO_VERSION_STR)/' extension/description.xml > $(ADDIN_DIR)/oxt/description.xml
	cp extension/jixiao.components extension/icon.png $(ADDIN_SO) $(ADDIN_RDB) $(ADDIN_DIR)/oxt/
	cp extension/META-INF/manifest.xml $(ADDIN_DIR)/oxt/META-INF/
	cp extension/description/* $(ADDIN_DIR)/oxt/description/
	@rm -f $@
	cd $(ADDIN_DIR)/oxt && zip -qX -r $(abspath $@) description.xml META-INF description \
	    jixiao.components jixiao.rdb jixiao.uno.so icon.png
	@echo "built $@"

.PHONY: oxt install uninstall docs-functions check-addin-gen
oxt: $(ADDIN_OXT)

# unopkg refuses user installs as root; say so rather than fail obscurely.
install: $(ADDIN_OXT)
	@if [ "$$(id -u)" = 0 ]; then \
	  echo "make install: unopkg cannot install into a user profile as root." >&2; \
	  echo "  Run 'make install' as the user who uses LibreOffice, or, for every user," >&2; \
	  echo "  run: $(UNOPKG) add --shared $(ADDIN_OXT)" >&2; exit 1; fi
	@# LibreOffice holds this lock while it runs on the user's profile.
	@if [ -e "$${HOME}/.config/libreoffice/4/.lock" ]; then \
	  echo "make install: close LibreOffice first (unopkg must not run while it is open)." >&2; \
	  echo "  If it is closed, remove the stale lock $${HOME}/.config/libreoffice/4/.lock" >&2; exit 1; fi
	@# A profile first created by unopkg loses the registration when
	@# LibreOffice then starts on it: let LibreOffice create it first.
	@if [ ! -d "$${HOME}/.config/libreoffice/4/user/config" ]; then \
	  echo "make install: creating your LibreOffice profile (first start, headless)"; \
	  $(LO_PROGRAM)/soffice --headless --norestore --terminate_after_init || exit 1; fi
	$(UNOPKG) add --force --suppress-license $(ADDIN_OXT)
	@echo "installed: restart LibreOffice; the functions are in Insert > Function > Add-In."

uninstall:
	@if [ "$$(id -u)" = 0 ]; then \
	  echo "make uninstall: run as the user who installed it (or: $(UNOPKG) remove --shared org.jixiao.calc)." >&2; exit 1; fi
	$(UNOPKG) remove org.jixiao.calc

docs-functions: $(ADDIN_GEN)
	$(ADDIN_GEN) idl > idl/org/jixiao/XFunctions.idl
	$(ADDIN_GEN) md > docs/functions.md
	@echo "regenerated idl/org/jixiao/XFunctions.idl and docs/functions.md: commit them"

# The committed IDL and reference must be what the table says, and the
# compiled type library must declare exactly the table's methods.
check-addin-gen: $(ADDIN_GEN) $(ADDIN_RDB)
	@$(ADDIN_GEN) idl | diff -u idl/org/jixiao/XFunctions.idl - || \
	  { echo "XFunctions.idl is stale: run make docs-functions" >&2; exit 1; }
	@$(ADDIN_GEN) md | diff -q docs/functions.md - >/dev/null || \
	  { echo "docs/functions.md is stale: run make docs-functions" >&2; exit 1; }
	@$(ADDIN_GEN) sig > $(ADDIN_DIR)/sig.txt
	@$(UNOIDL_READ) $(LO_PROGRAM)/types.rdb $(LO_PROGRAM)/types/offapi.rdb $(ADDIN_RDB) \
	  > $(ADDIN_DIR)/rdb.idl
	$(PYTHON) tests/addin/check_rdb.py $(ADDIN_DIR)/sig.txt $(ADDIN_DIR)/rdb.idl

ALL_TARGETS += $(ADDIN_OXT)

# --- Tests and benchmark in real LibreOffice ---------------------------------
# Work directories must be reachable by the unprivileged user soffice runs as.
ADDIN_TEST_DIR  := $(abspath $(BUILD))/addin-test
ADDIN_BENCH_DIR := $(abspath $(BUILD))/addin-bench
BENCH_ROWS ?= 100000
BENCH_RUNS ?= 5

# The function table without LibreOffice: inputs Calc cannot produce
# (NaN, invalid UTF-16, error cells), plain and under ASan+UBSan.
ADDIN_UNIT      := $(ADDIN_DIR)/test_functions
ADDIN_UNIT_ASAN := $(ADDIN_DIR)/test_functions-asan

$(ADDIN_UNIT): tests/addin/test_functions.c $(ADDIN_DIR)/host/functions.o $(ADDIN_DIR)/host/args.o $(LIBJX)
	$(CC) $(CFLAGS_COMMON) -Isrc/addin $^ -o $@ -lcmocka -lm

$(ADDIN_UNIT_ASAN): tests/addin/test_functions.c $(ADDIN_CORE_SRC) $(ADDIN_HDR) $(LIBJX_ASAN)
	@mkdir -p $(@D)
	$(CC) $(CSTD) $(WARN) -Isrc/core -Isrc/addin $(SAN_FLAGS) tests/addin/test_functions.c \
	    $(ADDIN_CORE_SRC) $(LIBJX_ASAN) -o $@ -lcmocka -lm

.PHONY: check-addin check-addin-unit check-addin-valgrind bench-addin
check-addin-unit: $(ADDIN_UNIT) $(ADDIN_UNIT_ASAN)
	$(ADDIN_UNIT)
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 $(ADDIN_UNIT_ASAN)

check-addin: $(ADDIN_OXT) check-addin-gen check-addin-unit
	JIXIAO_GEN=$(abspath $(ADDIN_GEN)) $(PYTHON) tests/addin/test_addin.py \
	    $(ADDIN_OXT) $(ADDIN_TEST_DIR)
	+tests/addin/test_install.sh $(BUILD) $(ADDIN_TEST_DIR)/integration.ods
	$(PYTHON) tests/addin/test_bigrange.py $(ADDIN_OXT) $(abspath $(BUILD))/addin-bigrange

check-addin-valgrind: $(ADDIN_OXT)
	JIXIAO_GEN=$(abspath $(ADDIN_GEN)) $(PYTHON) tests/addin/valgrind_addin.py \
	    $(ADDIN_OXT) $(abspath $(BUILD))/addin-valgrind

bench-addin: $(ADDIN_OXT)
	$(PYTHON) tests/addin/bench_addin.py $(ADDIN_OXT) $(ADDIN_BENCH_DIR) $(BENCH_ROWS) $(BENCH_RUNS)

# memcheck over soffice takes about 30 s here: part of make check.
CHECK_TARGETS += check-addin check-addin-valgrind
BENCH_TARGETS += bench-addin

# Where an add-in call's time goes inside soffice (about 1 minute).
.PHONY: callgrind-addin
callgrind-addin: $(ADDIN_OXT)
	$(PYTHON) tests/addin/callgrind_addin.py $(ADDIN_OXT) $(abspath $(BUILD))/addin-callgrind 20000

# libFuzzer over the function table (clang, ASan + UBSan): every function
# with arbitrary arguments.  check replays tests/fuzz/corpus/fuzz_addin and
# runs ADDIN_FUZZ_RUNS from a fixed seed; `make fuzz` runs FUZZ_SECONDS
# (tests/fuzz/fuzz.sh, tests/fuzz/README.md).
ADDIN_FUZZ := $(BUILD)/addin/fuzz_addin
ADDIN_FUZZ_OPTS := -max_len=4096 -rss_limit_mb=2048
# runs from the fixed seed in check: about 2 s here
ADDIN_FUZZ_RUNS ?= 20000
$(ADDIN_FUZZ): tests/addin/fuzz_addin.c $(ADDIN_CORE_SRC) $(ADDIN_HDR) $(LIBJX_FUZZ)
	@mkdir -p $(@D)
	$(CLANG) $(CSTD) -O1 -g $(WARN) -fsanitize=fuzzer,address,undefined \
	    -fno-sanitize-recover=all -fno-omit-frame-pointer -Isrc/core -Isrc/addin \
	    tests/addin/fuzz_addin.c $(ADDIN_CORE_SRC) $(LIBJX_FUZZ) -o $@ -lm

# $(call addin_fuzz,mode)
addin_fuzz = FUZZ_RUNS=$(ADDIN_FUZZ_RUNS) $(FUZZ_SH) $(1) fuzz_addin $(ADDIN_FUZZ) $(FUZZ_OUT) "$(ADDIN_FUZZ_OPTS)" \
	tests/fuzz/corpus/fuzz_addin

.PHONY: fuzz-addin check-addin-fuzz fuzz-merge-addin
fuzz-addin: $(ADDIN_FUZZ)
	$(call addin_fuzz,fuzz)
check-addin-fuzz: $(ADDIN_FUZZ)
	$(call addin_fuzz,check)
fuzz-merge-addin: $(ADDIN_FUZZ)
	$(call addin_fuzz,merge)
fuzz-merge: fuzz-merge-addin

FUZZ_TARGETS  += fuzz-addin
CHECK_TARGETS += check-addin-fuzz
