package main

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
)

// printReport prints the modules, the counts per pass and category, the
// findings per module and the gone rows.
func printReport(w io.Writer, rep *report) {
	fmt.Fprintf(w, "otellint real-code evaluation  %s  otellint %s  %s\nmodules in %s\n\n", rep.Time, rep.Otellint, rep.Go, rep.Dir)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	mwidth := len("module")
	for _, r := range rep.Modules {
		mwidth = max(mwidth, len(r.Name))
	}
	fmt.Fprintf(tw, "%-*s\tloc\tpackages\totellint s\tfindings\t\n", mwidth, "module")
	for _, r := range rep.Modules {
		status := ""
		if r.Err != "" {
			status = "  FAILED: " + strings.SplitN(r.Err, "\n", 2)[0]
		}
		fmt.Fprintf(tw, "%-*s\t%d\t%d\t%.1f\t%d\t  %s@%s%s\n", mwidth, r.Name, r.Lines, r.Packages, r.Wall, r.Findings, r.Path, r.Version, status)
	}
	tw.Flush()

	c := rep.comparison
	// Labels are padded to one width: the tab writer aligns every cell
	// right, and they read better aligned left.
	width := len("pass/category")
	for _, r := range c.Rows {
		width = max(width, len(label(r.Pass, r.Category)), len(r.Pass+" (all)"))
	}
	pad := func(s string) string { return fmt.Sprintf("%-*s", width, s) }
	fmt.Fprintln(w)
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "%s\tfindings\treal\tdebatable\tfalse\tunjudged\tgone\tprecision\t\n", pad("pass/category"))
	line := func(name string, r *row) {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%d\t%d\t%s\t\n", pad(name), r.Findings, r.Real, r.Debatable, r.False, r.Unjudged, r.Gone, percent(r.Precision))
	}
	for _, p := range c.Passes {
		rows := rowsOf(c, p.Pass)
		if len(rows) == 1 && rows[0].Category == "" {
			line(p.Pass, p)
			continue
		}
		for _, r := range rows {
			line(label(r.Pass, r.Category), r)
		}
		line(p.Pass+" (all)", p)
	}
	line("total", c.Total)
	tw.Flush()

	fmt.Fprintf(w, "\nfindings per module (categories with findings)\n")
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "%s\t", pad("pass/category"))
	for _, m := range rep.Modules {
		fmt.Fprintf(tw, "%s\t", m.Name)
	}
	fmt.Fprintf(tw, "total\t\n")
	perModule := func(name string, r *row) {
		fmt.Fprintf(tw, "%s\t", pad(name))
		for _, m := range rep.Modules {
			fmt.Fprintf(tw, "%d\t", r.PerModule[m.Name])
		}
		fmt.Fprintf(tw, "%d\t\n", r.Findings)
	}
	for _, r := range c.Rows {
		if r.Findings > 0 {
			perModule(label(r.Pass, r.Category), r)
		}
	}
	perModule("total", c.Total)
	tw.Flush()

	if len(c.Gone) > 0 {
		fmt.Fprintf(w, "\njudged findings gone (%d)\n", len(c.Gone))
		for _, j := range c.Gone {
			fmt.Fprintf(w, "  %s %s:%d %s %s: %s  [%s]\n", j.Module, j.File, j.Line, label(j.Pass, j.Category), j.Verdict, j.Reason, j.Src)
		}
	}
	if len(c.Stale) > 0 {
		fmt.Fprintf(w, "\nrows waiting for a verdict whose finding is gone (%d): remove them\n", len(c.Stale))
		for _, j := range c.Stale {
			fmt.Fprintf(w, "  %s %s:%d %s  [%s]\n", j.Module, j.File, j.Line, label(j.Pass, j.Category), j.Src)
		}
	}
}

// rowsOf returns the rows of a pass.
func rowsOf(c *comparison, pass string) []*row {
	var out []*row
	for _, r := range c.Rows {
		if r.Pass == pass {
			out = append(out, r)
		}
	}
	return out
}

// percent formats a precision, "-" while there is none.
func percent(p *float64) string {
	if p == nil {
		return "-"
	}
	return fmt.Sprintf("%.0f%%", 100**p)
}
