package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"
)

// The registry's files come in two syntaxes. The first has a list of
// groups; attribute_group groups define attributes ("id" entries; "ref"
// entries only refine an attribute defined elsewhere) and metric groups
// define one metric each (metric_name):
//
//	groups:
//	  - id: registry.http.deprecated
//	    type: attribute_group
//	    attributes:
//	      - id: http.method
//	        type: string
//	        stability: development
//	        deprecated: {reason: renamed, renamed_to: http.request.method}
//	  - id: metric.http.server.request.duration
//	    type: metric
//	    metric_name: http.server.request.duration
//	    instrument: histogram
//	    unit: "s"
//	    stability: stable
//
// The second (file_format: definition/2) lists attributes ("key") and
// metrics ("name") at the top level; its attribute_groups and refinements
// only refer to them:
//
//	file_format: definition/2
//	attributes:
//	  - key: server.address
//	    type: string
//	    stability: stable
//	metrics:
//	  - name: hw.cpu.speed
//	    instrument: gauge
//	    unit: "Hz"
//	    stability: development
//
// An attribute's type is a name (string, int, double, boolean, any, their
// arrays such as string[], or template[T] for a template attribute) or an
// enum: a mapping whose members have a value (a string or an int).
// "deprecated" is a mapping {reason, renamed_to, note}, or, in older
// registries, a string that explains the deprecation.

// file is one YAML file of the registry, in either syntax.
type file struct {
	Groups     []group     `yaml:"groups"`
	Attributes []attribute `yaml:"attributes"`
	Metrics    []metric    `yaml:"metrics"`
}

// group is a group of the first syntax.
type group struct {
	ID         string      `yaml:"id"`
	Type       string      `yaml:"type"`
	MetricName string      `yaml:"metric_name"`
	Instrument string      `yaml:"instrument"`
	Unit       string      `yaml:"unit"`
	Stability  string      `yaml:"stability"`
	Deprecated *deprecated `yaml:"deprecated"`
	Attributes []attribute `yaml:"attributes"`
}

// attribute is an attribute definition ("id" or "key") or a reference.
type attribute struct {
	ID         string      `yaml:"id"`
	Key        string      `yaml:"key"`
	Type       yaml.Node   `yaml:"type"`
	Stability  string      `yaml:"stability"`
	Deprecated *deprecated `yaml:"deprecated"`
}

// metric is a metric of the second syntax.
type metric struct {
	Name       string      `yaml:"name"`
	Instrument string      `yaml:"instrument"`
	Unit       string      `yaml:"unit"`
	Stability  string      `yaml:"stability"`
	Deprecated *deprecated `yaml:"deprecated"`
}

// member is a member of an enum type.
type member struct {
	ID         string      `yaml:"id"`
	Value      yaml.Node   `yaml:"value"`
	Deprecated *deprecated `yaml:"deprecated"`
}

// deprecated is a deprecation in its structured form; the old string form
// decodes as an uncategorized deprecation whose note is the string.
type deprecated struct {
	Reason    string `yaml:"reason"`
	RenamedTo string `yaml:"renamed_to"`
	Note      string `yaml:"note"`
}

// UnmarshalYAML decodes both forms of a deprecation.
func (d *deprecated) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind == yaml.ScalarNode {
		*d = deprecated{Reason: "uncategorized", Note: n.Value}
		return nil
	}
	type plain deprecated
	return n.Decode((*plain)(d))
}

// table is what the generator writes: the registry's facts, sorted.
type table struct {
	version string // "v1.44.0"
	schema  string // the registry's schema URL
	attrs   []attr
	metrics []metricRow
}

type attr struct {
	key       string
	typ       string // the Go constant of the value type
	template  bool
	enum      []enumMember
	stability string
	dep       dep
}

type enumMember struct {
	value string
	dep   dep
}

type metricRow struct {
	name       string
	instrument string
	unit       string
	stability  string
	dep        dep
}

// dep is a deprecation; reason is the Go constant, "" if not deprecated.
type dep struct {
	reason, renamedTo, note string
}

// load reads every YAML file under the model directory.
func load(model string) (*table, error) {
	t := &table{}
	var err error
	if t.version, t.schema, err = manifest(model); err != nil {
		return nil, err
	}
	attrAt := map[string]string{}   // key -> file that defines it
	metricAt := map[string]string{} // name -> file
	err = filepath.WalkDir(model, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".yaml") || d.Name() == "manifest.yaml" {
			return err
		}
		rel, _ := filepath.Rel(model, path)
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		var f file
		if err := yaml.Unmarshal(data, &f); err != nil {
			return fmt.Errorf("%s: %v", rel, err)
		}
		addAttr := func(a attribute) error {
			key := a.ID
			if key == "" {
				key = a.Key
			}
			if key == "" {
				return nil // a reference to an attribute defined elsewhere
			}
			if prev, dup := attrAt[key]; dup {
				return fmt.Errorf("attribute %s defined in %s and %s", key, prev, rel)
			}
			attrAt[key] = rel
			row, err := convertAttr(key, a)
			if err != nil {
				return fmt.Errorf("%s: attribute %s: %v", rel, key, err)
			}
			t.attrs = append(t.attrs, row)
			return nil
		}
		addMetric := func(name, instrument, unit, stability string, d *deprecated) error {
			if prev, dup := metricAt[name]; dup {
				return fmt.Errorf("metric %s defined in %s and %s", name, prev, rel)
			}
			metricAt[name] = rel
			row, err := convertMetric(name, instrument, unit, stability, d)
			if err != nil {
				return fmt.Errorf("%s: metric %s: %v", rel, name, err)
			}
			t.metrics = append(t.metrics, row)
			return nil
		}
		for _, g := range f.Groups {
			if g.Type == "metric" {
				if err := addMetric(g.MetricName, g.Instrument, g.Unit, g.Stability, g.Deprecated); err != nil {
					return err
				}
			}
			for _, a := range g.Attributes {
				if err := addAttr(a); err != nil {
					return err
				}
			}
		}
		for _, a := range f.Attributes {
			if err := addAttr(a); err != nil {
				return err
			}
		}
		for _, m := range f.Metrics {
			if err := addMetric(m.Name, m.Instrument, m.Unit, m.Stability, m.Deprecated); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(t.attrs) == 0 || len(t.metrics) == 0 {
		return nil, fmt.Errorf("%s: no attributes or no metrics found", model)
	}
	slices.SortFunc(t.attrs, func(a, b attr) int { return strings.Compare(a.key, b.key) })
	slices.SortFunc(t.metrics, func(a, b metricRow) int { return strings.Compare(a.name, b.name) })
	return t, nil
}

// manifest returns the release ("v1.44.0") and schema URL that
// manifest.yaml names.
func manifest(model string) (version, schema string, err error) {
	data, err := os.ReadFile(filepath.Join(model, "manifest.yaml"))
	if err != nil {
		return "", "", err
	}
	var m struct {
		SchemaURL string `yaml:"schema_url"`
	}
	if err := yaml.Unmarshal(data, &m); err != nil {
		return "", "", fmt.Errorf("manifest.yaml: %v", err)
	}
	i := strings.LastIndexByte(m.SchemaURL, '/')
	v := m.SchemaURL[i+1:]
	if !regexp.MustCompile(`^\d+\.\d+\.\d+$`).MatchString(v) {
		return "", "", fmt.Errorf("manifest.yaml: schema_url %q does not end in a version", m.SchemaURL)
	}
	return "v" + v, m.SchemaURL, nil
}

// typeConsts maps the registry's type names to the Go constants.
var typeConsts = map[string]string{
	"any":       "TypeAny",
	"string":    "TypeString",
	"int":       "TypeInt",
	"double":    "TypeDouble",
	"boolean":   "TypeBool",
	"string[]":  "TypeStringSlice",
	"int[]":     "TypeIntSlice",
	"double[]":  "TypeDoubleSlice",
	"boolean[]": "TypeBoolSlice",
}

// convertAttr converts an attribute definition.
func convertAttr(key string, a attribute) (attr, error) {
	row := attr{key: key}
	var err error
	if row.stability, err = stability(a.Stability); err != nil {
		return row, err
	}
	if row.dep, err = convertDep(a.Deprecated); err != nil {
		return row, err
	}
	switch a.Type.Kind {
	case yaml.ScalarNode:
		name := a.Type.Value
		if inner, ok := strings.CutPrefix(name, "template["); ok && strings.HasSuffix(inner, "]") {
			row.template = true
			name = strings.TrimSuffix(inner, "]")
		}
		c, ok := typeConsts[name]
		if !ok {
			return row, fmt.Errorf("unknown type %q", a.Type.Value)
		}
		row.typ = c
	case yaml.MappingNode:
		var enum struct {
			Members []member `yaml:"members"`
		}
		if err := a.Type.Decode(&enum); err != nil {
			return row, err
		}
		if len(enum.Members) == 0 {
			return row, fmt.Errorf("enum without members")
		}
		// An enum of int members is an int enum; any other member
		// makes it a string enum.
		row.typ = "TypeInt"
		for _, m := range enum.Members {
			if m.Value.Kind != yaml.ScalarNode {
				return row, fmt.Errorf("enum member %s: value is not a scalar", m.ID)
			}
			if m.Value.Tag != "!!int" {
				row.typ = "TypeString"
			}
			d, err := convertDep(m.Deprecated)
			if err != nil {
				return row, fmt.Errorf("enum member %s: %v", m.ID, err)
			}
			row.enum = append(row.enum, enumMember{value: m.Value.Value, dep: d})
		}
	default:
		return row, fmt.Errorf("missing or malformed type")
	}
	return row, nil
}

// instrumentConsts maps the registry's instruments to the Go constants.
var instrumentConsts = map[string]string{
	"counter":       "Counter",
	"updowncounter": "UpDownCounter",
	"histogram":     "Histogram",
	"gauge":         "Gauge",
}

// convertMetric converts a metric definition.
func convertMetric(name, instrument, unit, stab string, d *deprecated) (metricRow, error) {
	row := metricRow{name: name, unit: unit}
	if name == "" {
		return row, fmt.Errorf("metric without a name")
	}
	var ok bool
	if row.instrument, ok = instrumentConsts[instrument]; !ok {
		return row, fmt.Errorf("unknown instrument %q", instrument)
	}
	var err error
	if row.stability, err = stability(stab); err != nil {
		return row, err
	}
	row.dep, err = convertDep(d)
	return row, err
}

// stability returns the Go constant of a stability level. The registry's
// legacy "experimental" means development.
func stability(s string) (string, error) {
	switch s {
	case "development", "experimental":
		return "Development", nil
	case "alpha":
		return "Alpha", nil
	case "beta":
		return "Beta", nil
	case "release_candidate":
		return "ReleaseCandidate", nil
	case "stable":
		return "Stable", nil
	}
	return "", fmt.Errorf("unknown stability %q", s)
}

// convertDep converts a deprecation; nil means not deprecated.
func convertDep(d *deprecated) (dep, error) {
	if d == nil {
		return dep{}, nil
	}
	out := dep{renamedTo: d.RenamedTo, note: shortNote(d.Note)}
	switch d.Reason {
	case "renamed":
		out.reason = "Renamed"
		if d.RenamedTo == "" {
			return out, fmt.Errorf("renamed without renamed_to")
		}
	case "obsoleted":
		out.reason = "Obsoleted"
	case "uncategorized":
		out.reason = "Uncategorized"
	default:
		return out, fmt.Errorf("unknown deprecation reason %q", d.Reason)
	}
	return out, nil
}

// maxNote is the length above which a note is cut to its first sentence,
// and dropped if that is still longer.
const maxNote = 160

var (
	mdLink = regexp.MustCompile(`\[([^\]]*)\]\([^)]*\)`)
	spaces = regexp.MustCompile(`\s+`)
)

// shortNote returns a deprecation note on one line, with Markdown links
// reduced to their text, cut to its first sentence or dropped when long.
func shortNote(s string) string {
	s = mdLink.ReplaceAllString(s, "$1")
	s = strings.TrimSpace(spaces.ReplaceAllString(s, " "))
	if len(s) <= maxNote {
		return s
	}
	if i := strings.Index(s, ". "); i >= 0 && i+1 <= maxNote {
		return s[:i+1]
	}
	return ""
}
