// Command floor is the benchmark's floor: the otellint driver running one
// analyzer that does nothing but require inspect.Analyzer. Its cost is the
// cost of loading, parsing and type-checking the packages and building the
// inspector, which no analysis of the suite can go below.
//
//	go build -o floor ./bench/floor && floor ./...
package main

import (
	"os"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"

	"github.com/otellint/otellint/internal/driver"
)

// noop requires the shared inspector and reports nothing.
var noop = &analysis.Analyzer{
	Name:     "noop",
	Doc:      "noop: require inspect.Analyzer and report nothing\n\nThe benchmark's floor.",
	Requires: []*analysis.Analyzer{inspect.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		_ = pass.ResultOf[inspect.Analyzer]
		return nil, nil
	},
}

func main() {
	os.Exit(driver.Run([]*analysis.Analyzer{noop}, os.Args[1:], os.Stdout, os.Stderr))
}
