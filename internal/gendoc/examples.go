package gendoc

import (
	"fmt"
	"go/doc/comment"
	"regexp"

	"github.com/otellint/otellint/internal/passkit"
)

// CheckExamples returns the problems of the "# Examples" section of a
// pass's doc: every category must be shown by a reported example (a code
// block in which a line comment names the category), and every reported
// example must be followed by a silent one (a code block that names no
// category: the correct code).
func CheckExamples(info passkit.Info) []string {
	var problems []string
	var blocks []*comment.Code
	in := false
	for _, blk := range body(info.Doc) {
		if h, ok := blk.(*comment.Heading); ok {
			in = plain(h.Text) == "Examples"
		}
		if c, ok := blk.(*comment.Code); ok && in {
			blocks = append(blocks, c)
		}
	}
	if len(blocks) == 0 {
		return []string{"doc.go has no code in an \"# Examples\" section"}
	}
	shown := map[string]bool{}
	for i, c := range blocks {
		var named []string
		for _, cat := range info.Categories {
			if regexp.MustCompile(`//.*\b` + regexp.QuoteMeta(cat) + `\b`).MatchString(c.Text) {
				named = append(named, cat)
				shown[cat] = true
			}
		}
		if len(named) == 0 {
			continue
		}
		if i+1 == len(blocks) || reports(blocks[i+1], info.Categories) {
			problems = append(problems, fmt.Sprintf("the reported example of %v is not followed by its silent twin", named))
		}
	}
	for _, cat := range info.Categories {
		if !shown[cat] {
			problems = append(problems, fmt.Sprintf("category %s has no reported example (a code block with a // %s comment on the reported line)", cat, cat))
		}
	}
	return problems
}

// reports tells whether a code block names a category in a comment.
func reports(c *comment.Code, categories []string) bool {
	for _, cat := range categories {
		if regexp.MustCompile(`//.*\b` + regexp.QuoteMeta(cat) + `\b`).MatchString(c.Text) {
			return true
		}
	}
	return false
}
