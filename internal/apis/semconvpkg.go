package apis

import (
	"regexp"
	"strings"
)

// semconvVersion matches the version element of a semconv package path:
// go.opentelemetry.io/otel/semconv/v1.26.0 and its subpackages
// (semconv/v1.26.0/httpconv).
var semconvVersion = regexp.MustCompile(`^v[0-9]+\.[0-9]+\.[0-9]+$`)

// SemconvVersion returns the version of the semantic conventions a package
// of go.opentelemetry.io/otel/semconv implements ("v1.26.0"), and whether
// path is such a package. Root reports that path is the version's own
// package (where the attribute keys are declared) rather than one of its
// subpackages.
func SemconvVersion(path string) (version string, root, ok bool) {
	rest, ok := strings.CutPrefix(path, SemconvPrefix)
	if !ok {
		return "", false, false
	}
	version, sub, _ := strings.Cut(rest, "/")
	if !semconvVersion.MatchString(version) {
		return "", false, false
	}
	return version, sub == "", true
}
