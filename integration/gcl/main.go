// Command custom-gcl is golangci-lint with the otellint module plugin: the
// program that "golangci-lint custom" generates from .custom-gcl.yml,
// built from the Go module proxy instead of a clone of golangci-lint's
// repository. Build it with
//
//	go build -o custom-gcl .
//
// in this directory.
package main

import (
	"cmp"
	"fmt"
	"os"
	"regexp"
	"runtime/debug"
	"strings"

	"github.com/golangci/golangci-lint/v2/pkg/commands"
	"github.com/golangci/golangci-lint/v2/pkg/exitcodes"

	// The module plugins, as in the generated plugins.go.
	_ "github.com/otellint/otellint/plugin"
)

func main() {
	if err := commands.Execute(buildInfo()); err != nil {
		_, _ = fmt.Fprintf(os.Stderr, "The command is terminated due to an error: %v\n", err)
		os.Exit(exitcodes.Failure)
	}
}

// buildInfo returns the version information golangci-lint prints, taken
// from the golangci-lint module this binary was built with.
func buildInfo() commands.BuildInfo {
	info := commands.BuildInfo{Commit: "?", Version: "unknown", GoVersion: "unknown", Date: "(unknown)"}
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return info
	}
	info.GoVersion = bi.GoVersion
	for _, dep := range bi.Deps {
		if dep.Path == "github.com/golangci/golangci-lint/v2" {
			info.Version = dep.Version
			if regexp.MustCompile(`^v\d+\.\d+\.\d+`).MatchString(dep.Version) {
				info.Version = strings.TrimPrefix(dep.Version, "v")
			}
			info.Commit = fmt.Sprintf("(custom build, mod sum: %q)", cmp.Or(dep.Sum, "unknown"))
		}
	}
	return info
}
