# jixiao - top-level Makefile.
#
#   make          build everything that exists (core library, add-in, tools)
#   make check    run every test (unit, sanitizers, valgrind, fuzz smoke, LibreOffice)
#   make deps     install the Debian packages the project needs (apt-get)
#   make bench    benchmarks, each against the obvious alternative in the same run
#   make fuzz     run the libFuzzer targets for FUZZ_SECONDS each
#
# Each component keeps its rules in its own fragment (src/*/*.mk, tests/*/*.mk)
# and adds its goals to ALL_TARGETS, CHECK_TARGETS and BENCH_TARGETS, so this
# file does not change when a component does.

.DEFAULT_GOAL := all
SHELL := /bin/bash

BUILD   ?= build
CC      ?= cc
CLANG   ?= clang
PYTHON  ?= /usr/bin/python3

# Warnings are errors in CI (CI=true) and for `make WERROR=1`.
WARN    := -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
           -Wpointer-arith -Wformat=2 -Wno-unused-parameter
ifneq ($(filter true 1,$(CI) $(WERROR)),)
WARN    += -Werror
endif
OPT     ?= -O2 -g
CSTD    := -std=c11 -D_POSIX_C_SOURCE=200809L
CFLAGS_COMMON := $(CSTD) $(OPT) $(WARN) -fno-strict-aliasing -Isrc/core
SAN_FLAGS := -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all \
             -fno-omit-frame-pointer

ALL_TARGETS   :=
CHECK_TARGETS :=
BENCH_TARGETS :=
FUZZ_TARGETS  :=
CLEAN_EXTRA   :=

# Debian packages: build, test and demo dependencies (README explains each).
# The libFuzzer/sanitizer runtime package is named after clang's major
# version (libclang-rt-14-dev on Debian 12, -19- on 13): `make deps` adds it
# once clang is there (DEPS_CLANG_RT).
DEPS_APT := build-essential pkg-config clang valgrind debootstrap \
            libcmocka-dev libxlsxwriter-dev zlib1g-dev libzip-dev libxml2-dev \
            libreoffice-dev libreoffice-calc-nogui libreoffice-l10n-zh-cn python3-uno \
            python3-openpyxl python3-xlsxwriter zip unzip poppler-utils \
            fonts-noto-cjk util-linux time gnumeric

include src/core/core.mk
include tests/core/tests.mk
-include tests/fuzz/fuzz.mk
-include tests/bench/bench.mk
-include src/addin/addin.mk
-include src/template/template.mk
-include tests/diff/diff.mk
-include tests/lo/lo.mk
-include sample-sheets/samples.mk
-include src/audit/audit.mk
-include tests/rules/rules.mk
-include tests/next/next.mk
-include src/addin/multiarch.mk
-include tests/style/style.mk

.PHONY: all check bench fuzz deps clean
all: $(ALL_TARGETS)

check: all $(CHECK_TARGETS)
	@echo "== make check: all suites passed =="

bench: $(BENCH_TARGETS)

fuzz: $(FUZZ_TARGETS)

# $(call apt_install_missing,PACKAGES): apt-get install those of PACKAGES
# that are not installed (as root, or through sudo).
define apt_install_missing
	@missing=$$(for p in $(1); do \
	    dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' || echo $$p; done); \
	if [ -z "$$missing" ]; then echo "deps: present:" $(1); exit 0; fi; \
	echo "deps: installing:" $$missing; \
	if [ "$$(id -u)" = 0 ]; then SUDO=; elif command -v sudo >/dev/null; then SUDO=sudo; \
	else echo "deps: run as root: apt-get install $$missing" >&2; exit 1; fi; \
	$$SUDO apt-get update -qq && \
	DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq -o DPkg::Lock::Timeout=300 --no-install-recommends $$missing
endef

# libclang-rt-N-dev for the clang that `$(CLANG)` runs (expanded when the
# recipe runs, after DEPS_APT brought clang).
DEPS_CLANG_RT = libclang-rt-$(shell $(CLANG) --version 2>/dev/null | \
    sed -n 's/.*clang version \([0-9][0-9]*\).*/\1/p' | head -1)-dev

deps:
	$(call apt_install_missing,$(DEPS_APT))
	$(MAKE) --no-print-directory deps-clang-rt

.PHONY: deps-clang-rt
deps-clang-rt:
	@case "$(DEPS_CLANG_RT)" in libclang-rt--dev) \
	  echo "deps: $(CLANG) --version names no version: cannot choose libclang-rt-N-dev" >&2; exit 1;; esac
	$(call apt_install_missing,$(DEPS_CLANG_RT))

clean:
	rm -rf $(BUILD) $(CLEAN_EXTRA)
