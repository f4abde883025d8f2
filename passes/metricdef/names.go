package metricdef

import (
	"fmt"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/otellint/otellint/internal/apis"
)

// invalidName reports a constant OpenTelemetry instrument name that the
// SDK rejects: it returns ErrInstrumentName beside the instrument, an
// error most callers drop. The rules are those of the SDK's
// validateInstrumentName: not empty, at most 255 characters, a letter
// first, then only [A-Za-z0-9_.-/].
func (c *checker) invalidName(d *instrument) {
	if d.prom || !d.nameOK {
		return
	}
	why := nameProblem(d.name)
	if why == "" {
		return
	}
	c.report(analysis.Diagnostic{
		Pos: d.nameExpr.Pos(), End: d.nameExpr.End(), Category: CategoryInvalidName,
		Message: fmt.Sprintf("instrument name %q %s: the SDK returns ErrInstrumentName for it; use letters, digits and _ . - / only, starting with a letter", d.name, why),
	})
}

// nameProblem says what is wrong with an instrument name, or "".
func nameProblem(name string) string {
	switch {
	case name == "":
		return "is empty"
	case len(name) > 255:
		return "is longer than 255 characters"
	case !isLetter(rune(name[0])):
		return "does not start with a letter"
	}
	for _, r := range name[1:] {
		if !isLetter(r) && !('0' <= r && r <= '9') && !strings.ContainsRune("_.-/", r) {
			return fmt.Sprintf("contains %q", r)
		}
	}
	return ""
}

// isLetter reports whether r is an ASCII letter.
func isLetter(r rune) bool { return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' }

// counterWithoutTotal reports a Prometheus counter whose name does not
// end in _total. client_golang exposes the name as it is, but an
// OpenMetrics scrape then declares the family's type unknown, and the
// naming conventions, which PromQL users rely on, want the suffix.
func (c *checker) counterWithoutTotal(d *instrument) {
	if !d.prom || d.kind != apis.KindCounter || !d.nameOK || d.name == "" || strings.HasSuffix(d.name, "_total") {
		return
	}
	c.report(analysis.Diagnostic{
		Pos: d.nameExpr.Pos(), End: d.nameExpr.End(), Category: CategoryCounterWithoutTotal,
		Message: fmt.Sprintf("Prometheus counter %q has no _total suffix: an OpenMetrics scrape exposes it with type unknown, and the naming conventions want the suffix; name it %q", d.name, d.name+"_total"),
	})
}
