package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// The verdicts of a judged row. A row with no verdict yet is pending: it
// is listed so that someone judges it, and counts as unjudged.
const (
	verdictReal      = "real"
	verdictDebatable = "debatable"
	verdictFalse     = "false"
)

// header is the first line of a judged file, skipped when read.
const header = "module\tfile\tline\tpass\tcategory\tverdict\treason\tmessage"

// A judgement is one row of a judged file: a finding read and judged as
// its module's maintainer would.
type judgement struct {
	key
	Verdict string `json:"verdict"`
	Reason  string `json:"reason"`
	// Message, optional, is the finding's message when it was judged.
	Message string `json:"message,omitempty"`
	// Src is the row's place, "spanend.tsv:12".
	Src string `json:"src"`
}

// readJudged reads every <pass>.tsv file of dir.
func readJudged(dir string) ([]judgement, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*.tsv"))
	if err != nil {
		return nil, err
	}
	var all []judgement
	for _, name := range names {
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		js, err := parseJudged(filepath.Base(name), f)
		f.Close()
		if err != nil {
			return nil, err
		}
		all = append(all, js...)
	}
	if err := checkDuplicates(all); err != nil {
		return nil, err
	}
	return all, nil
}

// parseJudged parses a judged file named <pass>.tsv: tab-separated rows
// of module, file, line, pass, category, verdict, reason and optionally
// the finding's message. The header line, blank lines and lines starting
// with '#' are skipped. Every row is of the file's pass, and a judged row
// gives its reason.
func parseJudged(name string, r io.Reader) ([]judgement, error) {
	pass := strings.TrimSuffix(name, ".tsv")
	var out []judgement
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") || strings.HasPrefix(line, "module\tfile\t") {
			continue
		}
		src := fmt.Sprintf("%s:%d", name, n)
		cols := strings.Split(line, "\t")
		if len(cols) != 7 && len(cols) != 8 {
			return nil, fmt.Errorf("%s: %d columns, want 7 or 8 (%s)", src, len(cols), strings.ReplaceAll(header, "\t", ", "))
		}
		for i := range cols {
			cols[i] = strings.TrimSpace(cols[i])
		}
		j := judgement{
			key:     key{Module: cols[0], File: cols[1], Pass: cols[3], Category: cols[4]},
			Verdict: cols[5],
			Reason:  cols[6],
			Src:     src,
		}
		if len(cols) == 8 {
			j.Message = cols[7]
		}
		var err error
		if j.Line, err = strconv.Atoi(cols[2]); err != nil || j.Line < 1 {
			return nil, fmt.Errorf("%s: line %q is not a line number", src, cols[2])
		}
		switch {
		case j.Module == "" || j.File == "":
			return nil, fmt.Errorf("%s: module and file are required", src)
		case j.Pass != pass:
			return nil, fmt.Errorf("%s: a finding of pass %q in the file of pass %q", src, j.Pass, pass)
		case !slices.Contains([]string{"", verdictReal, verdictDebatable, verdictFalse}, j.Verdict):
			return nil, fmt.Errorf("%s: verdict %q, want real, debatable, false, or empty while unjudged", src, j.Verdict)
		case j.Verdict != "" && j.Reason == "":
			return nil, fmt.Errorf("%s: a %s verdict without its one-line reason", src, j.Verdict)
		}
		out = append(out, j)
	}
	return out, sc.Err()
}

// checkDuplicates reports two rows of the same key: one finding judged
// twice.
func checkDuplicates(js []judgement) error {
	seen := map[key]string{}
	for _, j := range js {
		if prev, ok := seen[j.key]; ok {
			return fmt.Errorf("%s: %s %s:%d (%s) is already judged at %s", j.Src, j.Module, j.File, j.Line, label(j.Pass, j.Category), prev)
		}
		seen[j.key] = j.Src
	}
	return nil
}

// unjudgedRow formats a finding as a row of its pass's judged file, with
// the verdict and reason left to fill in and the message last.
func unjudgedRow(f finding) string {
	return strings.Join([]string{f.Module, f.File, strconv.Itoa(f.Line), f.Pass, f.Category, "", "", f.Message}, "\t")
}
