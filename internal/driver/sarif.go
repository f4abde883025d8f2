package driver

import (
	"encoding/json"
	"go/doc/comment"
	"go/token"
	"net/url"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/tools/go/analysis"
)

// SARIF 2.1.0, the subset that GitHub code scanning reads: one run of one
// tool with its rules, one result per finding with its related locations,
// and the errors of the run as notifications of its invocation.
type (
	sarifLog struct {
		Schema  string     `json:"$schema"`
		Version string     `json:"version"`
		Runs    []sarifRun `json:"runs"`
	}
	sarifRun struct {
		Tool               sarifTool                   `json:"tool"`
		OriginalURIBaseIDs map[string]sarifArtifactLoc `json:"originalUriBaseIds,omitempty"`
		Invocations        []sarifInvocation           `json:"invocations"`
		Results            []sarifResult               `json:"results"`
		ColumnKind         string                      `json:"columnKind"`
	}
	sarifTool struct {
		Driver sarifDriver `json:"driver"`
	}
	sarifDriver struct {
		Name           string      `json:"name"`
		Version        string      `json:"version,omitempty"`
		InformationURI string      `json:"informationUri"`
		Rules          []sarifRule `json:"rules"`
	}
	sarifRule struct {
		ID                   string              `json:"id"`
		ShortDescription     sarifMultiformatMsg `json:"shortDescription"`
		FullDescription      sarifMultiformatMsg `json:"fullDescription"`
		Help                 sarifMultiformatMsg `json:"help"`
		HelpURI              string              `json:"helpUri,omitempty"`
		DefaultConfiguration sarifRuleConfig     `json:"defaultConfiguration"`
		Properties           sarifRuleProps      `json:"properties"`
	}
	sarifRuleConfig struct {
		Level string `json:"level"`
	}
	sarifRuleProps struct {
		Tags      []string `json:"tags"`
		Precision string   `json:"precision"`
	}
	sarifMultiformatMsg struct {
		Text     string `json:"text"`
		Markdown string `json:"markdown,omitempty"`
	}
	sarifMessage struct {
		Text string `json:"text"`
	}
	sarifResult struct {
		RuleID           string          `json:"ruleId"`
		RuleIndex        int             `json:"ruleIndex"`
		Level            string          `json:"level"`
		Message          sarifMessage    `json:"message"`
		Locations        []sarifLocation `json:"locations"`
		RelatedLocations []sarifLocation `json:"relatedLocations,omitempty"`
	}
	sarifLocation struct {
		ID               *int                  `json:"id,omitempty"`
		PhysicalLocation sarifPhysicalLocation `json:"physicalLocation"`
		Message          *sarifMessage         `json:"message,omitempty"`
	}
	sarifPhysicalLocation struct {
		ArtifactLocation sarifArtifactLoc `json:"artifactLocation"`
		Region           *sarifRegion     `json:"region,omitempty"`
	}
	sarifArtifactLoc struct {
		URI       string `json:"uri"`
		URIBaseID string `json:"uriBaseId,omitempty"`
	}
	sarifRegion struct {
		StartLine   int `json:"startLine"`
		StartColumn int `json:"startColumn,omitempty"`
		EndLine     int `json:"endLine,omitempty"`
		EndColumn   int `json:"endColumn,omitempty"`
	}
	sarifInvocation struct {
		ExecutionSuccessful        bool                `json:"executionSuccessful"`
		ToolExecutionNotifications []sarifNotification `json:"toolExecutionNotifications,omitempty"`
	}
	sarifNotification struct {
		Level     string          `json:"level"`
		Message   sarifMessage    `json:"message"`
		Locations []sarifLocation `json:"locations,omitempty"`
	}
)

// srcRoot is the base of the result's relative file names: the directory
// the run is in, normally the repository's root.
const srcRoot = "%SRCROOT%"

// sarif prints the report as a SARIF 2.1.0 log.
func (o *output) sarif(rep *report) error {
	rules, index := sarifRules(o.analyzers)
	run := sarifRun{
		Tool: sarifTool{Driver: sarifDriver{
			Name:           "otellint",
			Version:        version(),
			InformationURI: "https://github.com/otellint/otellint",
			Rules:          rules,
		}},
		OriginalURIBaseIDs: map[string]sarifArtifactLoc{srcRoot: {URI: fileURI(o.dir) + "/"}},
		Invocations:        []sarifInvocation{{ExecutionSuccessful: len(rep.errors) == 0}},
		Results:            []sarifResult{},
		ColumnKind:         "utf16CodeUnits",
	}
	cols := columns{}
	for _, f := range rep.findings {
		id := f.analyzer
		if f.diag.Category != "" {
			id += "/" + f.diag.Category
		}
		i, ok := index[id]
		if !ok {
			// A category the pass does not document: a rule of its own,
			// described by the pass.
			i = len(run.Tool.Driver.Rules)
			index[id] = i
			run.Tool.Driver.Rules = append(run.Tool.Driver.Rules, passRule(o.analyzerNamed(f.analyzer), id, ""))
		}
		res := sarifResult{
			RuleID:    id,
			RuleIndex: i,
			Level:     "warning",
			Message:   sarifMessage{Text: f.diag.Message},
			Locations: []sarifLocation{{PhysicalLocation: o.physical(cols, f.posn, f.end)}},
		}
		for k, r := range f.diag.Related {
			id := k + 1
			end := token.Position{}
			if r.End.IsValid() {
				end = f.fset.Position(r.End)
			}
			res.RelatedLocations = append(res.RelatedLocations, sarifLocation{
				ID:               &id,
				PhysicalLocation: o.physical(cols, f.fset.Position(r.Pos), end),
				Message:          &sarifMessage{Text: r.Message},
			})
		}
		run.Results = append(run.Results, res)
	}
	for _, e := range rep.errors {
		n := sarifNotification{Level: "error", Message: sarifMessage{Text: e.text()}}
		if e.posn.Filename != "" && e.posn.Line > 0 {
			n.Locations = []sarifLocation{{PhysicalLocation: o.physical(cols, e.posn, token.Position{})}}
		}
		run.Invocations[0].ToolExecutionNotifications = append(run.Invocations[0].ToolExecutionNotifications, n)
	}
	enc := json.NewEncoder(o.stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(sarifLog{
		Schema:  "https://json.schemastore.org/sarif-2.1.0.json",
		Version: "2.1.0",
		Runs:    []sarifRun{run},
	})
}

// text is the error as one message: "pkg: spanend: message".
func (e runError) text() string {
	var parts []string
	for _, s := range []string{e.pkg, e.analyzer} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(append(parts, e.msg), ": ")
}

// analyzerNamed returns the run's analyzer of that name, or nil.
func (o *output) analyzerNamed(name string) *analysis.Analyzer {
	for _, a := range o.analyzers {
		if a.Name == name {
			return a
		}
	}
	return nil
}

// physical is the location of the range [posn, end): its file relative to
// the run's directory when it lies below it, its columns in UTF-16 code
// units as SARIF counts them.
func (o *output) physical(cols columns, posn, end token.Position) sarifPhysicalLocation {
	loc := sarifPhysicalLocation{ArtifactLocation: o.artifact(posn.Filename)}
	if posn.Line <= 0 {
		return loc
	}
	r := &sarifRegion{StartLine: posn.Line, StartColumn: cols.utf16(posn)}
	if end.IsValid() && end.Filename == posn.Filename {
		r.EndLine, r.EndColumn = end.Line, cols.utf16(end)
	}
	loc.Region = r
	return loc
}

// artifact locates a file: relative to %SRCROOT% when it lies below the
// run's directory, an absolute file URI otherwise.
func (o *output) artifact(name string) sarifArtifactLoc {
	if rel := o.relPath(name); !filepath.IsAbs(rel) {
		u := url.URL{Path: filepath.ToSlash(rel)}
		return sarifArtifactLoc{URI: u.String(), URIBaseID: srcRoot}
	}
	return sarifArtifactLoc{URI: fileURI(name)}
}

// fileURI is the file URI of an absolute path.
func fileURI(path string) string {
	p := filepath.ToSlash(path)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // a Windows drive letter
	}
	u := url.URL{Scheme: "file", Path: p}
	return u.String()
}

// columns converts byte columns to UTF-16 columns, reading each file once.
type columns map[string][]byte

// utf16 returns the 1-based UTF-16 column of posn, or its byte column if
// the file cannot be read.
func (c columns) utf16(posn token.Position) int {
	data, ok := c[posn.Filename]
	if !ok {
		data, _ = os.ReadFile(posn.Filename)
		c[posn.Filename] = data
	}
	if posn.Column <= 0 || posn.Offset < posn.Column-1 || posn.Offset > len(data) {
		return posn.Column
	}
	line := data[posn.Offset-(posn.Column-1) : posn.Offset]
	n := 0
	for len(line) > 0 {
		r, size := utf8.DecodeRune(line)
		n += len(utf16.Encode([]rune{r}))
		line = line[size:]
	}
	return n + 1
}

// sarifRules returns a rule for each category of each analyzer, described
// by the analyzer's documentation, and the index of each rule by ID
// ("pass/category"). An analyzer that documents no categories has one
// rule, named after it.
func sarifRules(analyzers []*analysis.Analyzer) ([]sarifRule, map[string]int) {
	var rules []sarifRule
	index := map[string]int{}
	for _, a := range analyzers {
		cats := categories(a.Doc)
		if len(cats) == 0 {
			index[a.Name] = len(rules)
			rules = append(rules, passRule(a, a.Name, ""))
		}
		for _, c := range cats {
			id := a.Name + "/" + c.name
			index[id] = len(rules)
			rules = append(rules, passRule(a, id, c.text))
		}
	}
	return rules, index
}

// passRule describes the rule id of analyzer a (nil if unknown): what
// the category's entry in the pass's documentation says, then the pass's
// whole documentation as help.
func passRule(a *analysis.Analyzer, id, what string) sarifRule {
	r := sarifRule{
		ID:                   id,
		DefaultConfiguration: sarifRuleConfig{Level: "warning"},
		Properties:           sarifRuleProps{Tags: []string{"otellint", "opentelemetry"}, Precision: "high"},
	}
	if a == nil {
		r.ShortDescription = sarifMultiformatMsg{Text: id}
		r.FullDescription = r.ShortDescription
		r.Help = r.ShortDescription
		return r
	}
	title, _, _ := strings.Cut(a.Doc, "\n")
	if what == "" {
		what = title
	}
	r.ShortDescription = sarifMultiformatMsg{Text: firstSentence(what)}
	r.FullDescription = sarifMultiformatMsg{Text: what}
	var p comment.Parser
	doc := p.Parse(a.Doc)
	pr := comment.Printer{HeadingLevel: 2}
	r.Help = sarifMultiformatMsg{
		Text:     a.Name + ": " + string(pr.Text(doc)),
		Markdown: "# " + a.Name + "\n\n" + string(pr.Markdown(doc)),
	}
	r.HelpURI = a.URL
	return r
}

// firstSentence returns the text up to the end of its first sentence.
func firstSentence(s string) string {
	if i := strings.Index(s, ". "); i >= 0 {
		return s[:i+1]
	}
	return s
}

// category is one entry of an analyzer's list of categories.
type category struct{ name, text string }

// categories returns the entries of the "Categories:" list of an
// analyzer's documentation: items of the form "name: what it reports".
func categories(doc string) []category {
	var p comment.Parser
	blocks := p.Parse(doc).Content
	var out []category
	for i, b := range blocks {
		if _, ok := b.(*comment.Paragraph); !ok || plain(b) != "Categories:" || i+1 == len(blocks) {
			continue
		}
		list, ok := blocks[i+1].(*comment.List)
		if !ok {
			continue
		}
		for _, item := range list.Items {
			name, what, ok := strings.Cut(plain(item.Content...), ": ")
			if ok && !strings.ContainsAny(name, " \t") {
				out = append(out, category{name, what})
			}
		}
	}
	return out
}

// plain returns the text of doc comment blocks without markup, on one line.
func plain(blocks ...comment.Block) string {
	p := comment.Printer{TextWidth: -1}
	return strings.Join(strings.Fields(string(p.Text(&comment.Doc{Content: blocks}))), " ")
}

// version is the module version the command was built at, or "" for a
// build of a working tree.
func version() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok || bi.Main.Version == "" || bi.Main.Version == "(devel)" {
		return ""
	}
	return bi.Main.Version
}
