# Project-wide style checks (issue 13 section 3) and the fast inner loop.
#
#   make check-names   nm over the built libraries and programs: every
#                      exported symbol carries its component's prefix

.PHONY: check-names
check-names: $(LIBJX) $(LIBJX_SO) $(ADDIN_SO) $(TPL_BIN) $(AUD_BIN)
	@tests/style/nm_prefix.sh $(BUILD)

CHECK_TARGETS += check-names
