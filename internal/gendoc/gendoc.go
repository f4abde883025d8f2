// Package gendoc generates the documentation that follows from the pass
// declarations, so that each fact is written once: the "# Configuration"
// section of every doc.go (from the pass's configuration type), the
// README's section of every pass (from its doc.go and its options), and
// the option list of .golangci.example.yml. The registry's test compares
// the committed files with what this package generates, and "go generate"
// at the repository root rewrites them.
package gendoc

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"

	"github.com/otellint/otellint/internal/passkit"
)

// width is the width to which generated prose is wrapped.
const width = 100

// ConfigSection returns the "# Configuration" section of a pass's doc
// comment, as comment text (without the "// " markers).
func ConfigSection(p passkit.Declared) string {
	info, opts := p.Info(), p.Options()
	var b strings.Builder
	b.WriteString("# Configuration\n\n")
	if len(opts) == 0 {
		b.WriteString("The pass has no options.\n")
		return b.String()
	}
	fmt.Fprintf(&b, "Each option is a flag -%s.<option> of the otellint command (and of go vet\n", info.Name)
	fmt.Fprintf(&b, "-vettool) and a key of the %s block of the golangci-lint plugin's settings.\n\n", info.Name)
	for _, o := range opts {
		fmt.Fprintf(&b, "\t-%s.%s (default: %s)\n", info.Name, o.Name, defaultText(o))
		for _, line := range wrap(o.Help, width-12) {
			fmt.Fprintf(&b, "\t    %s\n", line)
		}
	}
	return b.String()
}

// defaultText renders an option's default for the documentation.
func defaultText(o passkit.Option) string {
	switch {
	case o.Default != "":
		return o.Default
	case o.Kind == "string":
		return `""`
	}
	return "none"
}

// configHeading finds the "# Configuration" line of a doc.go.
var configHeading = regexp.MustCompile(`(?m)^// # Configuration\n`)

// packageClause finds the package clause that ends a doc.go's comment.
var packageClause = regexp.MustCompile(`(?m)^package \w+`)

// DocGo returns the doc.go source src with its "# Configuration" section
// (from its heading to the package clause) replaced by the generated one.
func DocGo(src []byte, p passkit.Declared) ([]byte, error) {
	name := p.Info().Name
	h := configHeading.FindIndex(src)
	if h == nil {
		return nil, fmt.Errorf("%s/doc.go has no \"// # Configuration\" section", name)
	}
	pc := packageClause.FindIndex(src[h[0]:])
	if pc == nil {
		return nil, fmt.Errorf("%s/doc.go has no package clause after its configuration section", name)
	}
	var b bytes.Buffer
	b.Write(src[:h[0]])
	for _, line := range strings.Split(strings.TrimSuffix(ConfigSection(p), "\n"), "\n") {
		switch {
		case line == "":
			b.WriteString("//\n")
		case line[0] == '\t':
			b.WriteString("//" + line + "\n")
		default:
			b.WriteString("// " + line + "\n")
		}
	}
	b.Write(src[h[0]+pc[0]:])
	return b.Bytes(), nil
}

// wrap splits text into lines of at most n characters, at spaces.
func wrap(text string, n int) []string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(text) {
		if line != "" && len(line)+1+len(w) > n {
			lines = append(lines, line)
			line = ""
		}
		if line != "" {
			line += " "
		}
		line += w
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}
