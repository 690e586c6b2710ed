# Core library: src/core/*.c -> build/libjixiao.a (static) and
# build/libjixiao.so (shared), plus sanitizer and fuzzer object sets.

CORE_SRC  := $(wildcard src/core/*.c)
CORE_HDR  := $(wildcard src/core/jixiao/*.h src/core/*.h)
CORE_OBJ  := $(patsubst src/core/%.c,$(BUILD)/core/%.o,$(CORE_SRC))
CORE_PIC  := $(patsubst src/core/%.c,$(BUILD)/core-pic/%.o,$(CORE_SRC))
CORE_SO   := $(patsubst src/core/%.c,$(BUILD)/core-so/%.o,$(CORE_SRC))
CORE_ASAN := $(patsubst src/core/%.c,$(BUILD)/core-asan/%.o,$(CORE_SRC))
LIBJX     := $(BUILD)/libjixiao.a
LIBJX_PIC := $(BUILD)/libjixiao-pic.a
LIBJX_SO  := $(BUILD)/libjixiao.so
LIBJX_ASAN:= $(BUILD)/libjixiao-asan.a

$(BUILD)/core/%.o: src/core/%.c $(CORE_HDR)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS_COMMON) -c $< -o $@

$(BUILD)/core-pic/%.o: src/core/%.c $(CORE_HDR)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS_COMMON) -fPIC -fvisibility=hidden -c $< -o $@

# The shared library exports the public API (jx_*) and nothing else: default
# visibility here, a version script at link time.
$(BUILD)/core-so/%.o: src/core/%.c $(CORE_HDR)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS_COMMON) -fPIC -c $< -o $@

$(BUILD)/core-asan/%.o: src/core/%.c $(CORE_HDR)
	@mkdir -p $(@D)
	$(CC) $(CSTD) $(WARN) -Isrc/core $(SAN_FLAGS) -c $< -o $@

$(LIBJX): $(CORE_OBJ)
	@rm -f $@; ar rcs $@ $^

# PIC archive with hidden visibility: linked into the add-in .so, which then
# carries no extra library and exports none of the core's symbols.
$(LIBJX_PIC): $(CORE_PIC)
	@rm -f $@; ar rcs $@ $^

$(LIBJX_SO): $(CORE_SO) src/core/libjixiao.map
	$(CC) -shared -Wl,-soname,libjixiao.so.0 -Wl,--version-script=src/core/libjixiao.map \
	    -o $@ $(CORE_SO) -lm

$(LIBJX_ASAN): $(CORE_ASAN)
	@rm -f $@; ar rcs $@ $^

ALL_TARGETS += $(LIBJX) $(LIBJX_SO) $(LIBJX_PIC)
