# Core library: src/core/*.c compiled once per variant, then linked.
#
#   variant        objects              archive / library         linked into
#   plain          $(BUILD)/core/       libjixiao.a               programs, unit tests
#   PIC            $(BUILD)/core-pic/   libjixiao-pic.a,          the add-in .so,
#                                       libjixiao.so              ctypes in the tests
#   ASan+UBSan     $(BUILD)/core-asan/  libjixiao-asan.a          *-asan tests
#   libFuzzer      $(BUILD)/core-fuzz/  libjixiao-fuzz.a          every fuzz target
#   aarch64 cross  (src/addin/multiarch.mk)                       the arm64 add-in
#
# Before issue 13 the sources were also compiled inside each fuzz target (six
# times), for the template tests' own .so and a second PIC set: one variant,
# one compile.

CORE_SRC  := $(wildcard src/core/*.c)
CORE_HDR  := $(wildcard src/core/jixiao/*.h src/core/*.h)
CORE_OBJ  := $(patsubst src/core/%.c,$(BUILD)/core/%.o,$(CORE_SRC))
CORE_PIC  := $(patsubst src/core/%.c,$(BUILD)/core-pic/%.o,$(CORE_SRC))
CORE_ASAN := $(patsubst src/core/%.c,$(BUILD)/core-asan/%.o,$(CORE_SRC))
CORE_FUZZ := $(patsubst src/core/%.c,$(BUILD)/core-fuzz/%.o,$(CORE_SRC))
LIBJX     := $(BUILD)/libjixiao.a
LIBJX_PIC := $(BUILD)/libjixiao-pic.a
LIBJX_SO  := $(BUILD)/libjixiao.so
LIBJX_ASAN:= $(BUILD)/libjixiao-asan.a
LIBJX_FUZZ:= $(BUILD)/libjixiao-fuzz.a

# The library code of a libFuzzer target: coverage and sanitizers, but the
# fuzzer's main() comes with the target (-fsanitize=fuzzer at link time).
FUZZ_LIB_CFLAGS := $(CSTD) -O1 -g $(WARN) -fsanitize=fuzzer-no-link,address,undefined \
                   -fno-sanitize-recover=all -fno-omit-frame-pointer -Isrc/core

$(BUILD)/core/%.o: src/core/%.c $(CORE_HDR)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS_COMMON) -c $< -o $@

# One PIC set with default visibility serves both shared uses: libjixiao.so
# exports jx_* through its version script, and the add-in links the archive
# with --exclude-libs so that none of it leaves jixiao.uno.so.  The core
# never relies on interposing its own functions, so the compiler may inline
# across them as in the non-PIC build.
$(BUILD)/core-pic/%.o: src/core/%.c $(CORE_HDR)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS_COMMON) -fPIC -fno-semantic-interposition -c $< -o $@

$(BUILD)/core-asan/%.o: src/core/%.c $(CORE_HDR)
	@mkdir -p $(@D)
	$(CC) $(CSTD) $(WARN) -Isrc/core $(SAN_FLAGS) -c $< -o $@

$(BUILD)/core-fuzz/%.o: src/core/%.c $(CORE_HDR)
	@mkdir -p $(@D)
	$(CLANG) $(FUZZ_LIB_CFLAGS) -c $< -o $@

$(LIBJX): $(CORE_OBJ)
	@rm -f $@; ar rcs $@ $^

$(LIBJX_PIC): $(CORE_PIC)
	@rm -f $@; ar rcs $@ $^

$(LIBJX_SO): $(CORE_PIC) src/core/libjixiao.map
	$(CC) -shared -Wl,-soname,libjixiao.so.0 -Wl,--version-script=src/core/libjixiao.map \
	    -o $@ $(CORE_PIC) -lm

$(LIBJX_ASAN): $(CORE_ASAN)
	@rm -f $@; ar rcs $@ $^

$(LIBJX_FUZZ): $(CORE_FUZZ)
	@rm -f $@; ar rcs $@ $^

ALL_TARGETS += $(LIBJX) $(LIBJX_SO) $(LIBJX_PIC)
