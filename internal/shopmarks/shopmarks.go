// Package shopmarks reads the expected findings of the demo service: each
// line of testdata/shop that should be reported carries a trailing comment
// "finding: <pass>/<category> [<pass>/<category>...]". End-to-end tests of
// every front end (the command, go vet, golangci-lint, pre-commit) compare
// what they report with these markers.
package shopmarks

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

// Finding is one expected or reported finding: a file relative to the
// testdata module, a line, and the pass and category.
type Finding struct {
	File     string // slash-separated, relative to the testdata module, e.g. "shop/api/handlers.go"
	Line     int
	Pass     string
	Category string
}

func (f Finding) String() string {
	return fmt.Sprintf("%s:%d: %s/%s", f.File, f.Line, f.Pass, f.Category)
}

var marker = regexp.MustCompile(`finding:((?:\s+[a-z]+/[a-z-]+)+)`)

// Read returns the markers of every .go file below testdataDir/shop,
// sorted.
func Read(testdataDir string) ([]Finding, error) {
	var out []Finding
	root := filepath.Join(testdataDir, "shop")
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(testdataDir, path)
		for i, line := range strings.Split(string(data), "\n") {
			m := marker.FindStringSubmatch(line)
			if m == nil || !strings.Contains(line, "//") {
				continue
			}
			for _, pc := range strings.Fields(m[1]) {
				pass, cat, _ := strings.Cut(pc, "/")
				out = append(out, Finding{filepath.ToSlash(rel), i + 1, pass, cat})
			}
		}
		return nil
	})
	Sort(out)
	return out, err
}

// Sort sorts findings by file, line, pass and category.
func Sort(fs []Finding) {
	sort.Slice(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		if a.Pass != b.Pass {
			return a.Pass < b.Pass
		}
		return a.Category < b.Category
	})
}

// Diff returns the expected findings that were not reported and the
// reported findings that were not expected.
func Diff(want, got []Finding) (missing, unexpected []Finding) {
	count := map[Finding]int{}
	for _, g := range got {
		count[g]++
	}
	for _, w := range want {
		if count[w] > 0 {
			count[w]--
		} else {
			missing = append(missing, w)
		}
	}
	for _, g := range got {
		if count[g] > 0 {
			count[g]--
			unexpected = append(unexpected, g)
		}
	}
	return missing, unexpected
}

// Only returns the findings of the named passes.
func Only(fs []Finding, passes ...string) []Finding {
	var out []Finding
	for _, f := range fs {
		for _, p := range passes {
			if f.Pass == p {
				out = append(out, f)
				break
			}
		}
	}
	return out
}
