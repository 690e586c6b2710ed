# The LibreOffice suites on another release and another architecture, in
# Debian roots made with debootstrap (tests/next/mkroot.sh), cached outside
# the checkout in $(NEXT_CACHE).  Root only (chroot, mounts); run by .ci/run.
#
#   make check-lo-next    Debian 13 (trixie, LibreOffice 25.x, amd64): the
#                         ROUND comparison, the add-in suite and the sample
#                         suite with the .oxt built here.  First run builds
#                         the root, later runs reuse it.  Measured here (2
#                         shared cores): root 100 s on an idle machine, 5.5
#                         min under load; suites 70-100 s; whole goal 2.5
#                         min first time, under 2 min cached.

NEXT_CACHE ?= /var/cache/jixiao
NEXT_SUITE ?= trixie
NEXT_ROOT  ?= $(NEXT_CACHE)/$(NEXT_SUITE)-root

.PHONY: check-lo-next
check-lo-next: $(ADDIN_OXT) $(ADDIN_GEN) $(JXEVAL) $(BUILD)/tests/calc_round
	@if [ "$$(id -u)" != 0 ]; then \
	  echo "check-lo-next: SKIPPED, needs root (debootstrap, chroot, mounts); .ci/run runs it as root"; \
	  exit 0; fi; \
	t=$$(date +%s); \
	tests/next/mkroot.sh $(NEXT_SUITE) $$(dpkg --print-architecture) $(NEXT_ROOT) && \
	echo "check-lo-next: root ready in $$(( $$(date +%s) - t )) s" && \
	tests/next/run_in_root.sh $(NEXT_ROOT) $(BUILD) calc addin samples && \
	echo "check-lo-next: passed in $$(( $$(date +%s) - t )) s"
