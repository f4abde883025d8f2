package driver

import (
	"bytes"
	"fmt"
	"go/format"
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
// overlaps one already taken is skipped. It returns the number of findings
// left without an applied fix.
func applyFixes(o *output, findings []finding, diff bool) (unfixed int, err error) {
	byFile := map[string][]edit{}
	var files []string
	for _, f := range findings {
		if len(f.diag.SuggestedFixes) == 0 {
			unfixed++
			continue
		}
		fix := f.diag.SuggestedFixes[0]
		perFile := map[string][]edit{}
		ok := true
		for _, te := range fix.TextEdits {
			tf := f.fset.File(te.Pos)
			if tf == nil {
				ok = false
				break
			}
			end := te.End
			if !end.IsValid() {
				end = te.Pos
			}
			perFile[tf.Name()] = append(perFile[tf.Name()], edit{tf.Offset(te.Pos), tf.Offset(end), string(te.NewText)})
		}
		for name, edits := range perFile {
			ok = ok && !conflicts(byFile[name], edits)
		}
		if !ok {
			unfixed++
			continue
		}
		for name, edits := range perFile {
			if _, seen := byFile[name]; !seen {
				files = append(files, name)
			}
			for _, e := range edits {
				if !slices.Contains(byFile[name], e) {
					byFile[name] = append(byFile[name], e)
				}
			}
		}
	}
	slices.Sort(files)
	for _, name := range files {
		edits := byFile[name]
		if len(edits) == 0 {
			continue
		}
		old, err := os.ReadFile(name)
		if err != nil {
			return unfixed, err
		}
		slices.SortStableFunc(edits, func(a, b edit) int { return a.start - b.start })
		var buf bytes.Buffer
		last := 0
		for _, e := range edits {
			buf.Write(old[last:e.start])
			buf.WriteString(e.text)
			last = e.end
		}
		buf.Write(old[last:])
		out := buf.Bytes()
		if formatted, err := format.Source(out); err == nil {
			out = formatted
		}
		if diff {
			fmt.Fprint(o.stdout, unifiedDiff(o.relPath(name), string(old), string(out)))
			continue
		}
		if err := os.WriteFile(name, out, 0o666); err != nil {
			return unfixed, err
		}
	}
	return unfixed, nil
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
	pre := 0
	for pre < len(al) && pre < len(bl) && al[pre] == bl[pre] {
		pre++
	}
	suf := 0
	for suf < len(al)-pre && suf < len(bl)-pre && al[len(al)-1-suf] == bl[len(bl)-1-suf] {
		suf++
	}
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
	if n*m > 4_000_000 {
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
