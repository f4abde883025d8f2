package main_test

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/otellint/otellint"
	"github.com/otellint/otellint/internal/testenv"
)

// sarifLog is the part of a SARIF log the tests read.
type sarifLog struct {
	Version string `json:"version"`
	Runs    []struct {
		Tool struct {
			Driver struct {
				Name  string `json:"name"`
				Rules []struct {
					ID               string                          `json:"id"`
					ShortDescription struct{ Text string }           `json:"shortDescription"`
					FullDescription  struct{ Text string }           `json:"fullDescription"`
					Help             struct{ Text, Markdown string } `json:"help"`
					HelpURI          string                          `json:"helpUri"`
				} `json:"rules"`
			} `json:"driver"`
		} `json:"tool"`
		OriginalURIBaseIDs map[string]struct{ URI string } `json:"originalUriBaseIds"`
		Invocations        []struct {
			ExecutionSuccessful        bool `json:"executionSuccessful"`
			ToolExecutionNotifications []struct {
				Level   string
				Message struct{ Text string }
			} `json:"toolExecutionNotifications"`
		} `json:"invocations"`
		Results []struct {
			RuleID           string                `json:"ruleId"`
			RuleIndex        int                   `json:"ruleIndex"`
			Level            string                `json:"level"`
			Message          struct{ Text string } `json:"message"`
			Locations        []sarifLocation       `json:"locations"`
			RelatedLocations []sarifLocation       `json:"relatedLocations"`
		} `json:"results"`
	} `json:"runs"`
}

type sarifLocation struct {
	ID               int
	PhysicalLocation struct {
		ArtifactLocation struct {
			URI       string `json:"uri"`
			URIBaseID string `json:"uriBaseId"`
		} `json:"artifactLocation"`
		Region struct{ StartLine, StartColumn, EndLine, EndColumn int } `json:"region"`
	} `json:"physicalLocation"`
	Message struct{ Text string } `json:"message"`
}

// posn renders a location as "file:line:col".
func (l sarifLocation) posn() string {
	p := l.PhysicalLocation
	return fmt.Sprintf("%s:%d:%d", p.ArtifactLocation.URI, p.Region.StartLine, p.Region.StartColumn)
}

// sarifRun runs otellint -sarif, validates the output against the SARIF
// 2.1.0 schema and decodes it.
func sarifRun(t *testing.T, dir string, args ...string) (sarifLog, int) {
	t.Helper()
	stdout, stderr, code := run(t, dir, append([]string{"-sarif"}, args...)...)
	errs, err := loadSchema(t).validate([]byte(stdout))
	if err != nil {
		t.Fatalf("-sarif output is not JSON: %v\n%s\n%s", err, stdout, stderr)
	}
	for _, e := range errs {
		t.Errorf("SARIF schema: %s", e)
	}
	var log sarifLog
	if err := json.Unmarshal([]byte(stdout), &log); err != nil {
		t.Fatal(err)
	}
	if log.Version != "2.1.0" || len(log.Runs) != 1 || log.Runs[0].Tool.Driver.Name != "otellint" {
		t.Fatalf("not one run of otellint in SARIF 2.1.0: %.300s", stdout)
	}
	return log, code
}

// TestSARIF checks the -sarif output on the shop: valid against the SARIF
// schema, one result per finding of the JSON output with its message,
// position (relative to %SRCROOT%, the run's directory) and related
// locations, and what GitHub code scanning needs beyond the schema: each
// result's rule exists at its ruleIndex, and each rule has a description
// and help text from the pass's documentation.
func TestSARIF(t *testing.T) {
	td := testenv.TestData(t)
	js, _ := shopFindings(t, td)
	log, code := sarifRun(t, td, "./shop/...")
	if code != 3 {
		t.Errorf("exit code %d, want 3", code)
	}
	run := log.Runs[0]
	if base := run.OriginalURIBaseIDs["%SRCROOT%"].URI; base != "file://"+filepath.ToSlash(td)+"/" {
		t.Errorf("%%SRCROOT%% is %q, want the run's directory", base)
	}
	if inv := run.Invocations; len(inv) != 1 || !inv[0].ExecutionSuccessful {
		t.Errorf("invocations %+v, want one that succeeded", inv)
	}
	rules := run.Tool.Driver.Rules
	for _, d := range otellint.All() {
		p := d.Info()
		for _, c := range p.Categories {
			found := false
			for _, r := range rules {
				if r.ID == p.Name+"/"+c {
					found = true
					if r.ShortDescription.Text == "" || r.FullDescription.Text == "" || r.HelpURI == "" ||
						!strings.HasPrefix(r.Help.Text, p.Name+": "+p.Title()) || !strings.Contains(r.Help.Markdown, p.Title()) {
						t.Errorf("rule %s lacks a description or the help of its pass: %+v", r.ID, r)
					}
				}
			}
			if !found {
				t.Errorf("no rule for %s/%s", p.Name, c)
			}
		}
	}
	if len(run.Results) != len(js) {
		t.Errorf("%d results, want one per finding (%d)", len(run.Results), len(js))
	}
	byKey := map[string]jsonFinding{}
	for _, j := range js {
		byKey[j.Analyzer+"/"+j.Category+" "+j.Posn+" "+j.Message] = j
	}
	for i, res := range run.Results {
		if res.RuleIndex < 0 || res.RuleIndex >= len(rules) || rules[res.RuleIndex].ID != res.RuleID {
			t.Errorf("result %d: ruleIndex %d does not name rule %s", i, res.RuleIndex, res.RuleID)
		}
		if len(res.Locations) != 1 || res.Locations[0].PhysicalLocation.ArtifactLocation.URIBaseID != "%SRCROOT%" {
			t.Errorf("result %d: locations %+v, want one, relative to %%SRCROOT%%", i, res.Locations)
			continue
		}
		// The shop's sources are ASCII: UTF-16 columns are byte columns.
		j, ok := byKey[res.RuleID+" "+res.Locations[0].posn()+" "+res.Message.Text]
		if !ok || res.Level != "warning" {
			t.Errorf("result %d: %s at %s %q (level %s) is no finding of the JSON output", i, res.RuleID, res.Locations[0].posn(), res.Message.Text, res.Level)
			continue
		}
		if len(res.RelatedLocations) != len(j.Related) {
			t.Errorf("result %d: %d related locations, want %d", i, len(res.RelatedLocations), len(j.Related))
			continue
		}
		for k, r := range j.Related {
			rl := res.RelatedLocations[k]
			if rl.posn() != relTo(t, td, r.Posn) || rl.Message.Text != r.Message || rl.ID != k+1 {
				t.Errorf("result %d: related location %+v, want %s %q", i, rl, relTo(t, td, r.Posn), r.Message)
			}
		}
	}
}

// TestSARIFLoadError checks that a package that does not load still
// gives a valid SARIF log, whose invocation failed with the error.
func TestSARIFLoadError(t *testing.T) {
	mod := t.TempDir()
	write(t, filepath.Join(mod, "go.mod"), "module example.com/m\n\ngo 1.22\n")
	write(t, filepath.Join(mod, "broken", "broken.go"), "package broken\n\nvar N int = \"three\"\n")
	log, code := sarifRun(t, mod, "./...")
	if code != 1 {
		t.Errorf("exit code %d, want 1", code)
	}
	inv := log.Runs[0].Invocations
	if len(inv) != 1 || inv[0].ExecutionSuccessful || len(inv[0].ToolExecutionNotifications) == 0 ||
		!strings.Contains(inv[0].ToolExecutionNotifications[0].Message.Text, `cannot use "three"`) {
		t.Errorf("invocations %+v, want a failed one with the type error", inv)
	}
}
