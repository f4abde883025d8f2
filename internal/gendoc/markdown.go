package gendoc

import (
	"bytes"
	"fmt"
	"go/doc/comment"
	"strings"

	"github.com/otellint/otellint/internal/passkit"
)

// Section returns the README section of a pass: a heading with its name
// and title, its doc.go prose and examples in Markdown, and a table of its
// options in place of the doc's "# Configuration" section.
func Section(p passkit.Declared) string {
	info := p.Info()
	var b strings.Builder
	fmt.Fprintf(&b, "### %s: %s\n\n", info.Name, info.Title())
	for _, blk := range body(info.Doc) {
		b.WriteString(markdown(blk))
		b.WriteString("\n")
	}
	opts := p.Options()
	if len(opts) == 0 {
		return b.String()
	}
	fmt.Fprintf(&b, "#### Options\n\n")
	fmt.Fprintf(&b, "Flags `-%s.<option>` of the command and of go vet; keys of the plugin's `%s` block.\n\n", info.Name, info.Name)
	b.WriteString("| option | default | meaning |\n| --- | --- | --- |\n")
	for _, o := range opts {
		def := "`" + o.Default + "`"
		if o.Default == "" {
			def = "none"
			if o.Kind == "string" {
				def = `""`
			}
		}
		fmt.Fprintf(&b, "| `%s` | %s | %s |\n", o.Name, strings.ReplaceAll(def, ",", ", "), strings.ReplaceAll(o.Help, "|", `\|`))
	}
	return b.String()
}

// body returns the blocks of a pass's Analyzer.Doc after its title line,
// without the "# Configuration" section.
func body(doc string) []comment.Block {
	_, text, _ := strings.Cut(doc, "\n")
	parsed := new(comment.Parser).Parse(text)
	var out []comment.Block
	skip := false
	for _, blk := range parsed.Content {
		if h, ok := blk.(*comment.Heading); ok {
			skip = plain(h.Text) == "Configuration"
		}
		if !skip {
			out = append(out, blk)
		}
	}
	return out
}

// markdown renders one block: headings one level below the pass's
// heading, code as a fenced Go block, the rest as go/doc/comment does.
func markdown(blk comment.Block) string {
	switch blk := blk.(type) {
	case *comment.Heading:
		return "#### " + plain(blk.Text) + "\n"
	case *comment.Code:
		return "```go\n" + blk.Text + "```\n"
	}
	var p comment.Printer
	return string(p.Markdown(&comment.Doc{Content: []comment.Block{blk}}))
}

// plain returns the text of inline elements without markup.
func plain(text []comment.Text) string {
	var b bytes.Buffer
	for _, t := range text {
		switch t := t.(type) {
		case comment.Plain:
			b.WriteString(string(t))
		case comment.Italic:
			b.WriteString(string(t))
		case *comment.Link:
			b.WriteString(plain(t.Text))
		case *comment.DocLink:
			b.WriteString(plain(t.Text))
		}
	}
	return b.String()
}

// sectionStart and sectionEnd delimit the generated pass sections of the
// README.
const (
	sectionStart = "<!-- passes: generated from each pass's doc.go and options by go generate; do not edit -->\n"
	sectionEnd   = "<!-- /passes -->\n"
)

// README returns readme with the block between the generated-sections
// markers replaced by the sections of the passes, in order.
func README(readme []byte, passes []passkit.Declared) ([]byte, error) {
	s := string(readme)
	i := strings.Index(s, sectionStart)
	j := strings.Index(s, sectionEnd)
	if i < 0 || j < i {
		return nil, fmt.Errorf("README.md lacks the markers %q and %q", strings.TrimSpace(sectionStart), strings.TrimSpace(sectionEnd))
	}
	var b strings.Builder
	b.WriteString(s[:i+len(sectionStart)])
	for _, p := range passes {
		b.WriteString("\n")
		b.WriteString(Section(p))
	}
	b.WriteString("\n")
	b.WriteString(s[j:])
	return []byte(b.String()), nil
}
