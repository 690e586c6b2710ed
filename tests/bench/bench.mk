# Benchmarks: `make bench` runs every goal in BENCH_TARGETS.  Each prints
# its own figures beside the obvious alternative measured in the same run.

# Core: 10^7 indicator rows through the library vs the same arithmetic inline.
BENCH_CORE := $(BUILD)/bench/bench_core

$(BENCH_CORE): tests/bench/bench_core.c $(LIBJX)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS_COMMON) $< -o $@ $(LIBJX) -lm

.PHONY: bench-core
bench-core: $(BENCH_CORE)
	$(BENCH_CORE) $(BENCH_CORE_ROWS)

BENCH_TARGETS += bench-core
