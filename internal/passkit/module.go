package passkit

import (
	"strings"

	"golang.org/x/tools/go/analysis"
)

// Under reports whether the import path path is prefix or lies below it
// (prefix/...).
func Under(path, prefix string) bool {
	return path == prefix || strings.HasPrefix(path, prefix+"/")
}

// InModule reports whether the import path path is a package of the
// module being analysed, and whether that module is known (a driver may
// leave pass.Module unset).
func InModule(pass *analysis.Pass, path string) (in, known bool) {
	if pass.Module == nil || pass.Module.Path == "" {
		return false, false
	}
	return Under(path, pass.Module.Path), true
}
