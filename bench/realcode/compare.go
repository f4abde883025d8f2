package main

import (
	"cmp"
	"slices"
)

// A row counts the findings of one pass and category.
type row struct {
	Pass      string `json:"pass"`
	Category  string `json:"category,omitempty"`
	Findings  int    `json:"findings"`
	Real      int    `json:"real"`
	Debatable int    `json:"debatable"`
	False     int    `json:"false"`
	Unjudged  int    `json:"unjudged"`
	// Gone counts the judged rows whose finding has disappeared.
	Gone int `json:"gone"`
	// PerModule counts the findings of each module.
	PerModule map[string]int `json:"per_module"`
	// Precision is Real/(Real+False), or nil while neither is counted.
	Precision *float64 `json:"precision"`
}

// add counts a finding and its verdict.
func (r *row) add(f finding) {
	r.Findings++
	r.PerModule[f.Module]++
	switch f.Verdict {
	case verdictReal:
		r.Real++
	case verdictDebatable:
		r.Debatable++
	case verdictFalse:
		r.False++
	default:
		r.Unjudged++
	}
}

// merge adds the counts of o into r, for totals.
func (r *row) merge(o *row) {
	r.Findings += o.Findings
	r.Real += o.Real
	r.Debatable += o.Debatable
	r.False += o.False
	r.Unjudged += o.Unjudged
	r.Gone += o.Gone
	for m, n := range o.PerModule {
		r.PerModule[m] += n
	}
}

// setPrecision computes the precision from the counts.
func (r *row) setPrecision() {
	r.Precision = nil
	if n := r.Real + r.False; n > 0 {
		p := float64(r.Real) / float64(n)
		r.Precision = &p
	}
}

// A comparison is the findings of a run set against the judged rows.
type comparison struct {
	// Rows are per pass and category, in the order of the passes given
	// to compare and then by category; Passes sums them per pass and
	// Total over everything.
	Rows   []*row `json:"rows"`
	Passes []*row `json:"passes"`
	Total  *row   `json:"total"`
	// Gone are the judged rows in scope whose finding is no longer
	// reported: a real one is a finding lost.
	Gone []judgement `json:"gone"`
	// Stale are the rows in scope still waiting for a verdict whose
	// finding is no longer reported.
	Stale []judgement `json:"stale,omitempty"`
	// Unjudged are the findings without a verdict.
	Unjudged []finding `json:"unjudged"`
}

// compare sets the verdict of each finding from the judged row of its
// key, and counts the findings per pass and category. categories gives the
// passes of the report, in order, with their known categories: each has a
// row even without findings, and findings of other passes or categories
// get rows of their own after them. A judged row whose finding is missing
// is gone if inScope says that its module was analysed and its pass
// selected.
func compare(findings []finding, judged []judgement, categories [][2]string, inScope func(module, pass string) bool) *comparison {
	byKey := make(map[key]*judgement, len(judged))
	for i := range judged {
		byKey[judged[i].key] = &judged[i]
	}
	c := &comparison{Total: newRow("total", "")}
	rows := map[[2]string]*row{}
	order := map[string]int{}
	get := func(pass, category string) *row {
		k := [2]string{pass, category}
		r := rows[k]
		if r == nil {
			r = newRow(pass, category)
			rows[k] = r
			if _, ok := order[pass]; !ok {
				order[pass] = len(order)
			}
		}
		return r
	}
	for _, pc := range categories {
		get(pc[0], pc[1])
	}
	found := map[key]bool{}
	for i := range findings {
		f := &findings[i]
		found[f.key()] = true
		if j := byKey[f.key()]; j != nil {
			f.Verdict, f.Reason = j.Verdict, j.Reason
		}
		get(f.Pass, f.Category).add(*f)
		if f.Verdict == "" {
			c.Unjudged = append(c.Unjudged, *f)
		}
	}
	for _, j := range judged {
		if found[j.key] || !inScope(j.Module, j.Pass) {
			continue
		}
		if j.Verdict == "" {
			c.Stale = append(c.Stale, j)
			continue
		}
		c.Gone = append(c.Gone, j)
		get(j.Pass, j.Category).Gone++
	}
	for _, r := range rows {
		c.Rows = append(c.Rows, r)
	}
	slices.SortFunc(c.Rows, func(a, b *row) int {
		return cmp.Or(cmp.Compare(order[a.Pass], order[b.Pass]), cmp.Compare(a.Category, b.Category))
	})
	for _, r := range c.Rows {
		if len(c.Passes) == 0 || c.Passes[len(c.Passes)-1].Pass != r.Pass {
			c.Passes = append(c.Passes, newRow(r.Pass, ""))
		}
		c.Passes[len(c.Passes)-1].merge(r)
		c.Total.merge(r)
		r.setPrecision()
	}
	for _, r := range c.Passes {
		r.setPrecision()
	}
	c.Total.setPrecision()
	sortJudgements(c.Gone)
	sortJudgements(c.Stale)
	return c
}

func newRow(pass, category string) *row {
	return &row{Pass: pass, Category: category, PerModule: map[string]int{}}
}

// sortJudgements sorts rows by pass, module, file and line.
func sortJudgements(js []judgement) {
	slices.SortFunc(js, func(a, b judgement) int {
		return cmp.Or(cmp.Compare(a.Pass, b.Pass), cmp.Compare(a.Module, b.Module), cmp.Compare(a.File, b.File),
			cmp.Compare(a.Line, b.Line), cmp.Compare(a.Category, b.Category))
	})
}
