package main

import (
	"regexp"
	"strconv"
	"strings"
)

// A finding is one diagnostic of an otellint run over a module.
type finding struct {
	Module   string `json:"module"`
	File     string `json:"file"` // relative to the module root, slash-separated
	Line     int    `json:"line"`
	Col      int    `json:"col"`
	Pass     string `json:"pass"`
	Category string `json:"category,omitempty"`
	Message  string `json:"message"`
	// Verdict and Reason are those of the judged row of the finding's
	// key, if any.
	Verdict string `json:"verdict,omitempty"`
	Reason  string `json:"reason,omitempty"`
}

// A key is what a judged row and a finding share: the column is left
// out, so that a judgement survives an edit of the line's other
// expressions, and so is the message, so that it survives a rewording.
type key struct {
	Module, File string
	Line         int
	Pass         string
	Category     string
}

func (f finding) key() key { return key{f.Module, f.File, f.Line, f.Pass, f.Category} }

// label is "pass/category", or the pass alone for a finding without a
// category.
func label(pass, category string) string {
	if category == "" {
		return pass
	}
	return pass + "/" + category
}

// findingRE matches a finding of otellint's plain output:
//
//	file:line:col: message (pass/category)
//
// The message may itself hold parentheses: the label is the last
// parenthesised word of the line.
var findingRE = regexp.MustCompile(`^([^\s:][^:]*):([0-9]+):([0-9]+): (.+) \(([a-z][a-z0-9_]*)(?:/([a-z0-9][a-z0-9-]*))?\)$`)

// parseFindings parses the standard output of "otellint ./..." run at the
// root of module. Indented lines (information related to the finding
// above) are skipped; other lines that are not findings are returned as
// unparsed.
func parseFindings(module, out string) (fs []finding, unparsed []string) {
	for _, line := range strings.Split(out, "\n") {
		if strings.TrimSpace(line) == "" || line[0] == ' ' || line[0] == '\t' {
			continue
		}
		m := findingRE.FindStringSubmatch(line)
		if m == nil {
			unparsed = append(unparsed, line)
			continue
		}
		ln, err1 := strconv.Atoi(m[2])
		col, err2 := strconv.Atoi(m[3])
		if err1 != nil || err2 != nil {
			unparsed = append(unparsed, line)
			continue
		}
		fs = append(fs, finding{
			Module:   module,
			File:     strings.ReplaceAll(m[1], `\`, "/"),
			Line:     ln,
			Col:      col,
			Message:  m[4],
			Pass:     m[5],
			Category: m[6],
		})
	}
	return fs, unparsed
}
