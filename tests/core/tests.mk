# Core unit tests (cmocka): one tests/core/test_<module>.c per module.
# Each is built three ways and run: plain, under ASan+UBSan, under valgrind.

CORE_TEST_SRC  := $(wildcard tests/core/test_*.c)
CORE_TEST_BIN  := $(patsubst tests/core/%.c,$(BUILD)/tests/%,$(CORE_TEST_SRC))
CORE_TEST_ASAN := $(patsubst tests/core/%.c,$(BUILD)/tests-asan/%,$(CORE_TEST_SRC))
CMOCKA_LIBS    := -lcmocka

$(BUILD)/tests/%: tests/core/%.c $(LIBJX) tests/core/testutil.h tests/core/ruletext_testutil.h
	@mkdir -p $(@D)
	$(CC) $(CFLAGS_COMMON) -Itests/core $< -o $@ $(LIBJX) $(CMOCKA_LIBS) -lm

$(BUILD)/tests-asan/%: tests/core/%.c $(LIBJX_ASAN) tests/core/testutil.h tests/core/ruletext_testutil.h
	@mkdir -p $(@D)
	$(CC) $(CSTD) $(WARN) -Isrc/core -Itests/core $(SAN_FLAGS) $< -o $@ $(LIBJX_ASAN) $(CMOCKA_LIBS) -lm

.PHONY: check-core check-core-asan check-core-valgrind
check-core: $(CORE_TEST_BIN)
	@set -e; for t in $^; do echo "== $$t"; $$t; done

check-core-asan: $(CORE_TEST_ASAN)
	@set -e; for t in $^; do echo "== $$t (asan+ubsan)"; \
	  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 $$t; done

check-core-valgrind: $(CORE_TEST_BIN)
	@set -e; for t in $^; do echo "== $$t (valgrind)"; \
	  valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect $$t >/dev/null; done; \
	  echo "valgrind: core tests clean"

CHECK_TARGETS += check-core check-core-asan check-core-valgrind

# jx_round against real LibreOffice Calc ROUND (one headless conversion).
$(BUILD)/tests/calc_round: tests/core/calc_round.c $(LIBJX)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS_COMMON) $< -o $@ $(LIBJX) -lm

.PHONY: check-core-calc
check-core-calc: $(BUILD)/tests/calc_round
	tests/core/calc_round.sh $< $(BUILD)/calc-round

CHECK_TARGETS += check-core-calc
