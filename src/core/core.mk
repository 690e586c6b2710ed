# Core library: src/core/*.c -> build/libjixiao.a (static) and
# build/libjixiao.so (shared), plus sanitizer and fuzzer object sets.

CORE_SRC  := $(wildcard src/core/*.c)
CORE_HDR  := $(wildcard src/core/jixiao/*.h src/core/*.h)
CORE_OBJ  := $(patsubst src/core/%.c,$(BUILD)/core/%.o,$(CORE_SRC))
CORE_PIC  := $(patsubst src/core/%.c,$(BUILD)/core-pic/%.o,$(CORE_SRC))
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
	$(CC) $(CFLAGS_COMMON) -fPIC -fvisibility=hidden -DJX_BUILDING_SHARED -c $< -o $@

$(BUILD)/core-asan/%.o: src/core/%.c $(CORE_HDR)
	@mkdir -p $(@D)
	$(CC) $(CSTD) $(WARN) -Isrc/core $(SAN_FLAGS) -c $< -o $@

$(LIBJX): $(CORE_OBJ)
	@rm -f $@; ar rcs $@ $^

# PIC archive: linked into the add-in .so so it carries no extra library.
$(LIBJX_PIC): $(CORE_PIC)
	@rm -f $@; ar rcs $@ $^

$(LIBJX_SO): $(CORE_PIC)
	$(CC) -shared -Wl,-soname,libjixiao.so.0 -o $@ $^ -lm

$(LIBJX_ASAN): $(CORE_ASAN)
	@rm -f $@; ar rcs $@ $^

ALL_TARGETS += $(LIBJX) $(LIBJX_SO) $(LIBJX_PIC)
