# The add-in for x86-64 and arm64 in one extension (信创 machines: Kunpeng,
# Phytium).  Out of the default build: it needs root (an arm64 Debian root
# for the arm64 UNO libraries) and a cross compiler.
#
#   make oxt-multiarch        $(BUILD)/jixiao-multiarch.oxt: the x86-64
#                             library at the top (as in jixiao.oxt) and
#                             linux_aarch64/jixiao.uno.so, each registered
#                             for its platform (extension/META-INF/
#                             manifest-multiarch.xml)
#   make check-oxt-multiarch  unopkg installs it into a host office and the
#                             add-in suite passes there; then the add-in,
#                             sample and ROUND suites run in the arm64 root
#                             under qemu-user-static, which loads the arm64
#                             library (the tools they call are cross-built)
#
# Times here (2 shared cores): first arm64 root ~37 min (debootstrap and its
# second stage ~12, apt-get install under emulation ~25), then
# check-oxt-multiarch ~5 min (x86-64 add-in suite 24 s; arm64 add-in 149 s,
# samples 97 s, ROUND comparison 21 s).
#
# The arm64 library is linked against LibreOffice 7.4's arm64 libuno_cppu
# and libuno_sal (Debian 12), the oldest release the extension supports, in
# a root made by tests/next/mkroot.sh; the same root runs the test.

ARM64_SUITE ?= bookworm
ARM64_ROOT  ?= $(NEXT_CACHE)/$(ARM64_SUITE)-arm64-root
CROSS_CC    ?= aarch64-linux-gnu-gcc
CROSS_READELF ?= aarch64-linux-gnu-readelf
MULTI_APT   := gcc-aarch64-linux-gnu libc6-dev-arm64-cross qemu-user-static binfmt-support
A64_DIR     := $(BUILD)/aarch64
A64_SO      := $(A64_DIR)/jixiao.uno.so
A64_CORE    := $(patsubst src/core/%.c,$(A64_DIR)/core/%.o,$(CORE_SRC))
A64_ADDIN   := $(patsubst src/addin/%.c,$(A64_DIR)/addin/%.o,$(ADDIN_CORE_SRC) $(ADDIN_UNO_SRC))
A64_UNO     := $(ARM64_ROOT)/usr/lib/libreoffice/program
MULTI_OXT   := $(BUILD)/jixiao-multiarch.oxt
MULTI_DIR   := $(ADDIN_DIR)/oxt-multiarch

.PHONY: oxt-multiarch check-oxt-multiarch oxt-multiarch-deps
oxt-multiarch-deps:
	$(call apt_install_missing,$(MULTI_APT))

# The arm64 root: made once, reused while it verifies (mkroot.sh).
$(ARM64_ROOT)/.jixiao-root:
	@[ "$$(id -u)" = 0 ] || { echo "oxt-multiarch: the arm64 root needs root (debootstrap): run as root, or set ARM64_ROOT" >&2; exit 1; }
	tests/next/mkroot.sh $(ARM64_SUITE) arm64 $(ARM64_ROOT)

$(A64_DIR)/core/%.o: src/core/%.c $(CORE_HDR) | oxt-multiarch-deps
	@mkdir -p $(@D)
	$(CROSS_CC) $(CFLAGS_COMMON) -fPIC -fvisibility=hidden -c $< -o $@

$(A64_DIR)/addin/%.o: src/addin/%.c $(ADDIN_HDR) | oxt-multiarch-deps
	@mkdir -p $(@D)
	$(CROSS_CC) $(CFLAGS_COMMON) $(UNO_CFLAGS) -fPIC -fvisibility=hidden -c $< -o $@

# As $(ADDIN_SO), against the arm64 root's UNO libraries.
$(A64_SO): $(A64_ADDIN) $(A64_CORE) $(ARM64_ROOT)/.jixiao-root
	$(CROSS_CC) -shared -Wl,-z,defs -Wl,-soname,jixiao.uno.so -o $@ $(A64_ADDIN) $(A64_CORE) \
	    $(A64_UNO)/libuno_cppu.so.3 $(A64_UNO)/libuno_sal.so.3 \
	    -Wl,-rpath-link,$(A64_UNO):$(ARM64_ROOT)/usr/lib/aarch64-linux-gnu -lm -lpthread
	@$(CROSS_READELF) -h $@ | grep -q 'Machine:.*AArch64' || { echo "$@ is not an AArch64 library" >&2; exit 1; }

# The host tools the suites run, for the arm64 root (run_in_root.sh HOSTBIN).
$(A64_DIR)/addin/jixiao-gen: src/addin/gen.c src/addin/functions.c src/addin/args.c $(A64_CORE)
	$(CROSS_CC) $(CFLAGS_COMMON) -Isrc/addin -o $@ $^ -lm
$(A64_DIR)/jxeval: tests/samples/jxeval.c src/addin/functions.c src/addin/args.c $(A64_CORE)
	$(CROSS_CC) $(CFLAGS_COMMON) -Isrc/addin -o $@ $^ -lm
$(A64_DIR)/tests/calc_round: tests/core/calc_round.c $(A64_CORE)
	@mkdir -p $(@D)
	$(CROSS_CC) $(CFLAGS_COMMON) -o $@ $^ -lm

$(MULTI_OXT): $(ADDIN_OXT) $(A64_SO) extension/META-INF/manifest-multiarch.xml
	@rm -rf $(MULTI_DIR) && mkdir -p $(MULTI_DIR)/linux_aarch64
	cd $(MULTI_DIR) && unzip -q $(abspath $(ADDIN_OXT))
	sed -i 's#<platform value="linux_x86_64"/>#<platform value="linux_x86_64,linux_aarch64"/>#' $(MULTI_DIR)/description.xml
	@grep -q 'linux_x86_64,linux_aarch64' $(MULTI_DIR)/description.xml || { echo "description.xml: platform not set" >&2; exit 1; }
	cp extension/META-INF/manifest-multiarch.xml $(MULTI_DIR)/META-INF/manifest.xml
	cp extension/jixiao.components $(A64_SO) $(MULTI_DIR)/linux_aarch64/
	@rm -f $@
	cd $(MULTI_DIR) && zip -qX -r $(abspath $@) description.xml META-INF description \
	    jixiao.components jixiao.rdb jixiao.uno.so icon.png linux_aarch64
	@echo "built $@ (linux_x86_64 + linux_aarch64)"

oxt-multiarch: $(MULTI_OXT)

MULTI_ROWS ?= 300
check-oxt-multiarch: $(MULTI_OXT) $(ADDIN_GEN) $(A64_DIR)/addin/jixiao-gen $(A64_DIR)/jxeval $(A64_DIR)/tests/calc_round
	@t=$$(date +%s); \
	JIXIAO_AGREEMENT_ROWS=$(MULTI_ROWS) JIXIAO_GEN=$(abspath $(ADDIN_GEN)) \
	  $(PYTHON) tests/addin/test_addin.py $(MULTI_OXT) $(abspath $(BUILD))/multiarch-x86_64 && \
	echo "check-oxt-multiarch: x86-64 host office: passed in $$(( $$(date +%s) - t )) s" && \
	t=$$(date +%s) && \
	OXT=$(MULTI_OXT) HOSTBIN=/jixiao-build/aarch64 JIXIAO_AGREEMENT_ROWS=$(MULTI_ROWS) \
	  tests/next/run_in_root.sh $(ARM64_ROOT) $(BUILD) addin samples calc && \
	echo "check-oxt-multiarch: arm64 under qemu-user-static: passed in $$(( $$(date +%s) - t )) s"
