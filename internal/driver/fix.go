package driver

import (
	"bytes"
	"fmt"
	"go/format"
	"maps"
	"os"
	"slices"
	"strings"
)

// edit is a replacement of the bytes [start, end) of a file.
type edit struct {
	start, end int
	text       string
}

// applyFixes applies the first suggested fix of every finding that has
// one, or with diff prints the changes as a unified diff. A fix that
// overlaps one already taken is skipped. Only the lines the fixes touch
// change: gofmt's layout is taken for those lines and no others. It
// returns the findings left (those without a fix, and those whose fix was
// skipped) and a summary of what it did.
func applyFixes(o *output, findings []finding, diff bool) (left []finding, summary string, err error) {
	byFile := map[string][]edit{}
	fixed, skipped := 0, 0
	for _, f := range findings {
		if len(f.diag.SuggestedFixes) == 0 {
			left = append(left, f)
			continue
		}
		perFile, ok := fileEdits(f)
		for name, edits := range perFile {
			ok = ok && !conflicts(byFile[name], edits)
		}
		if !ok {
			skipped++
			left = append(left, f)
			continue
		}
		for name, edits := range perFile {
			for _, e := range edits {
				if !slices.Contains(byFile[name], e) {
					byFile[name] = append(byFile[name], e)
				}
			}
		}
		fixed++
	}
	files := slices.Sorted(maps.Keys(byFile))
	var changed []string
	for _, name := range files {
		old, err := os.ReadFile(name)
		if err != nil {
			return nil, "", err
		}
		out, err := applyEdits(old, byFile[name])
		if err != nil {
			return nil, "", fmt.Errorf("%s: %v", o.relPath(name), err)
		}
		if bytes.Equal(old, out) {
			continue
		}
		changed = append(changed, o.relPath(name))
		if diff {
			fmt.Fprint(o.stdout, unifiedDiff(o.relPath(name), string(old), string(out)))
			continue
		}
		if err := os.WriteFile(name, out, 0o666); err != nil {
			return nil, "", err
		}
	}
	return left, fixSummary(fixed, skipped, changed, len(left), diff), nil
}

// fixSummary says what -fix did: "applied 2 fixes to 1 file (a.go); 3
// findings left", with -diff "would apply".
func fixSummary(fixed, skipped int, changed []string, left int, diff bool) string {
	verb := "applied"
	if diff {
		verb = "would apply"
	}
	msg := fmt.Sprintf("%s %s to %s", verb, plural(fixed, "fix", "fixes"), plural(len(changed), "file", "files"))
	if len(changed) > 0 {
		msg += " (" + strings.Join(changed, ", ") + ")"
	}
	if skipped > 0 {
		msg += fmt.Sprintf("; skipped %s that overlap another (run -fix again)", plural(skipped, "fix", "fixes"))
	}
	return msg + fmt.Sprintf("; %s left", plural(left, "finding", "findings"))
}

// plural returns "1 fix" or "2 fixes".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// fileEdits returns the edits of a finding's first fix by file name, and
// false if an edit lies outside every file.
func fileEdits(f finding) (map[string][]edit, bool) {
	perFile := map[string][]edit{}
	for _, te := range f.diag.SuggestedFixes[0].TextEdits {
		tf := f.fset.File(te.Pos)
		if tf == nil {
			return nil, false
		}
		end := te.End
		if !end.IsValid() {
			end = te.Pos
		}
		perFile[tf.Name()] = append(perFile[tf.Name()], edit{tf.Offset(te.Pos), tf.Offset(end), string(te.NewText)})
	}
	return perFile, true
}

// applyEdits applies the edits to src, then lays out in gofmt's form the
// lines they touched, and only those: a line the fixes did not touch
// stays as it was, even where gofmt would change it.
func applyEdits(src []byte, edits []edit) ([]byte, error) {
	slices.SortStableFunc(edits, func(a, b edit) int { return a.start - b.start })
	var buf bytes.Buffer
	last := 0
	// touched holds the byte ranges of the result that the edits wrote.
	var touched [][2]int
	for _, e := range edits {
		if e.start < last || e.end > len(src) {
			return nil, fmt.Errorf("fix edits out of range or overlapping")
		}
		buf.Write(src[last:e.start])
		touched = append(touched, [2]int{buf.Len(), buf.Len() + len(e.text)})
		buf.WriteString(e.text)
		last = e.end
	}
	buf.Write(src[last:])
	raw := buf.Bytes()
	formatted, err := format.Source(raw)
	if err != nil {
		return raw, nil // not Go, or not parseable: leave the edits as they are
	}
	return formatTouched(raw, formatted, touchedLines(raw, touched)), nil
}

// touchedLines returns the indexes (from 0) of the lines of text that
// the byte ranges cover.
func touchedLines(text []byte, ranges [][2]int) map[int]bool {
	lines := map[int]bool{}
	for _, r := range ranges {
		first := bytes.Count(text[:r[0]], []byte("\n"))
		last := first + bytes.Count(text[r[0]:r[1]], []byte("\n"))
		for l := first; l <= last; l++ {
			lines[l] = true
		}
	}
	return lines
}

// formatTouched returns raw with gofmt's changes (raw to formatted) kept
// only on the touched lines. A run of changed lines is taken line by line
// when gofmt changed each in place, and whole when it joined or split
// lines and every line it replaces was touched.
func formatTouched(raw, formatted []byte, touched map[int]bool) []byte {
	a, b := splitLines(string(raw)), splitLines(string(formatted))
	// Only the region between the common prefix and suffix is aligned.
	pre, suf := commonEnds(a, b)
	if (len(a)-pre-suf)*(len(b)-pre-suf) > maxAlign {
		return raw // too far apart to align: the edits alone
	}
	var out strings.Builder
	for _, l := range a[:pre] {
		out.WriteString(l)
	}
	ops := lcsOps(a[pre:len(a)-suf], b[pre:len(b)-suf])
	line := pre // index in a of the next old line
	for i := 0; i < len(ops); {
		if ops[i].kind == ' ' {
			out.WriteString(ops[i].line)
			line++
			i++
			continue
		}
		// A run of changes: the old lines removed and the new ones added.
		var removed, added []string
		for ; i < len(ops) && ops[i].kind != ' '; i++ {
			if ops[i].kind == '-' {
				removed = append(removed, ops[i].line)
			} else {
				added = append(added, ops[i].line)
			}
		}
		all := true
		for k := range removed {
			all = all && touched[line+k]
		}
		switch {
		case len(removed) == len(added):
			for k := range removed {
				if touched[line+k] {
					out.WriteString(added[k])
				} else {
					out.WriteString(removed[k])
				}
			}
		case all:
			out.WriteString(strings.Join(added, ""))
		default:
			out.WriteString(strings.Join(removed, ""))
		}
		line += len(removed)
	}
	for _, l := range a[len(a)-suf:] {
		out.WriteString(l)
	}
	return []byte(out.String())
}

// conflicts reports whether any of the new edits overlaps a taken one
// without being identical to it.
func conflicts(taken, edits []edit) bool {
	for _, e := range edits {
		for _, t := range taken {
			if e == t {
				continue
			}
			if e.start < t.end && t.start < e.end || (e.start == t.start && e.end == t.end) {
				return true
			}
		}
	}
	return false
}

// unifiedDiff returns a unified diff of two versions of a file, with
// three lines of context, computed on lines by a longest common
// subsequence over the region between the common prefix and suffix.
func unifiedDiff(name, a, b string) string {
	if a == b {
		return ""
	}
	al, bl := splitLines(a), splitLines(b)
	// Trim the common prefix and suffix: fixes are local.
	pre, suf := commonEnds(al, bl)
	ops := lcsOps(al[pre:len(al)-suf], bl[pre:len(bl)-suf])
	// Expand to full-file ops.
	var all []op
	for i := 0; i < pre; i++ {
		all = append(all, op{' ', al[i]})
	}
	all = append(all, ops...)
	for i := len(al) - suf; i < len(al); i++ {
		all = append(all, op{' ', al[i]})
	}
	var sb strings.Builder
	fmt.Fprintf(&sb, "--- %s\n+++ %s\n", name, name)
	const ctx = 3
	// Group changes into hunks.
	for i := 0; i < len(all); {
		if all[i].kind == ' ' {
			i++
			continue
		}
		start := max(0, i-ctx)
		end := i
		for end < len(all) {
			if all[end].kind != ' ' {
				end++
				continue
			}
			// Run of context: does another change follow within 2*ctx?
			j := end
			for j < len(all) && all[j].kind == ' ' && j-end < 2*ctx {
				j++
			}
			if j < len(all) && all[j].kind != ' ' {
				end = j
				continue
			}
			end = min(len(all), end+ctx)
			break
		}
		aStart, bStart := 1, 1
		for _, o := range all[:start] {
			if o.kind != '+' {
				aStart++
			}
			if o.kind != '-' {
				bStart++
			}
		}
		aLen, bLen := 0, 0
		for _, o := range all[start:end] {
			if o.kind != '+' {
				aLen++
			}
			if o.kind != '-' {
				bLen++
			}
		}
		fmt.Fprintf(&sb, "@@ -%d,%d +%d,%d @@\n", aStart, aLen, bStart, bLen)
		for _, o := range all[start:end] {
			sb.WriteByte(o.kind)
			sb.WriteString(o.line)
			if !strings.HasSuffix(o.line, "\n") {
				sb.WriteString("\n\\ No newline at end of file\n")
			}
		}
		i = end
	}
	return sb.String()
}

// maxAlign bounds the work of aligning two runs of lines (the product of
// their lengths).
const maxAlign = 4_000_000

// commonEnds returns how many lines a and b share at their start, and
// then at their end.
func commonEnds(a, b []string) (pre, suf int) {
	for pre < len(a) && pre < len(b) && a[pre] == b[pre] {
		pre++
	}
	for suf < len(a)-pre && suf < len(b)-pre && a[len(a)-1-suf] == b[len(b)-1-suf] {
		suf++
	}
	return pre, suf
}

type op struct {
	kind byte // ' ', '-', '+'
	line string
}

func splitLines(s string) []string {
	lines := strings.SplitAfter(s, "\n")
	if len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}

// lcsOps returns the edit script from a to b by longest common
// subsequence (quadratic, applied only to the changed middle of a file).
func lcsOps(a, b []string) []op {
	n, m := len(a), len(b)
	if n*m > maxAlign {
		// Too large to align: replace the whole region.
		var ops []op
		for _, l := range a {
			ops = append(ops, op{'-', l})
		}
		for _, l := range b {
			ops = append(ops, op{'+', l})
		}
		return ops
	}
	dp := make([][]int32, n+1)
	for i := range dp {
		dp[i] = make([]int32, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if a[i] == b[j] {
				dp[i][j] = dp[i+1][j+1] + 1
			} else {
				dp[i][j] = max(dp[i+1][j], dp[i][j+1])
			}
		}
	}
	var ops []op
	i, j := 0, 0
	for i < n && j < m {
		switch {
		case a[i] == b[j]:
			ops = append(ops, op{' ', a[i]})
			i++
			j++
		case dp[i+1][j] >= dp[i][j+1]:
			ops = append(ops, op{'-', a[i]})
			i++
		default:
			ops = append(ops, op{'+', b[j]})
			j++
		}
	}
	for ; i < n; i++ {
		ops = append(ops, op{'-', a[i]})
	}
	for ; j < m; j++ {
		ops = append(ops, op{'+', b[j]})
	}
	return ops
}
