package plugin

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCheckBlock writes golangci-lint configurations in the forms it
// reads and checks which keys of the otellint block are rejected.
func TestCheckBlock(t *testing.T) {
	for _, tc := range []struct {
		name, file, text string
		want             string // in the error; empty: no error
	}{
		{"settings inside", ".golangci.yml", `
version: "2"
linters:
  settings:
    custom:
      otellint:
        type: module
        description: OpenTelemetry checks
        settings:
          spanend:
            checks: [missing-end]
`, ""},
		{"pass block beside settings", ".golangci.yml", `
linters:
  settings:
    custom:
      otellint:
        type: module
        spanend:
          checks: [missing-end]
`, `"spanend" is beside "settings:" in linters.settings.custom.otellint of .golangci.yml`},
		{"disable beside settings", ".golangci.yaml", `
linters:
  settings:
    custom:
      otellint:
        type: module
        settings: {}
        disable: [piilog]
`, `"disable" is beside "settings:"`},
		{"misspelt settings", ".golangci.yml", `
linters:
  settings:
    custom:
      otellint:
        type: module
        setting:
          disable: [piilog]
`, `unknown key "setting" in linters.settings.custom.otellint`},
		{"keys in another case", ".golangci.yml", `
Linters:
  Settings:
    Custom:
      otellint:
        Type: module
        SpanEnd: {}
`, `"SpanEnd" is beside`},
		{"toml", ".golangci.toml", `
[linters.settings.custom.otellint]
type = "module"
[linters.settings.custom.otellint.piilog]
keys = ["iban"]
`, `"piilog" is beside "settings:" in linters.settings.custom.otellint of .golangci.toml`},
		{"json", ".golangci.json", `{"linters": {"settings": {"custom": {"otellint": {"type": "module", "rawlogging": {}}}}}}`, `"rawlogging" is beside`},
		{"another linter's block", ".golangci.yml", `
linters:
  settings:
    custom:
      other:
        type: module
        spanend: {}
`, ""},
		{"not a configuration", ".golangci.yml", "linters: [", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			if err := os.WriteFile(filepath.Join(dir, tc.file), []byte(tc.text), 0o644); err != nil {
				t.Fatal(err)
			}
			// Found from a subdirectory, as golangci-lint finds it.
			sub := filepath.Join(dir, "pkg")
			if err := os.Mkdir(sub, 0o755); err != nil {
				t.Fatal(err)
			}
			err := checkBlock([]string{"run", "./..."}, sub)
			switch {
			case tc.want == "" && err != nil:
				t.Errorf("checkBlock: %v, want no error", err)
			case tc.want != "" && err == nil:
				t.Errorf("checkBlock accepted the configuration, want an error with %q", tc.want)
			case tc.want != "" && !strings.Contains(strings.ReplaceAll(err.Error(), "../", ""), tc.want):
				t.Errorf("checkBlock: %v, want it to contain %q", err, tc.want)
			}
		})
	}
}

// TestConfigFile checks where the configuration is looked for: -c and
// --config name it, --no-config turns it off, and otherwise the nearest
// .golangci file above the working directory is taken.
func TestConfigFile(t *testing.T) {
	dir := t.TempDir()
	sub := filepath.Join(dir, "a", "b")
	if err := os.MkdirAll(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	found := filepath.Join(dir, "a", ".golangci.yml")
	if err := os.WriteFile(found, []byte("version: \"2\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"run", "./..."}, found},
		{[]string{"run", "-c", "x.yml", "./..."}, filepath.Join(sub, "x.yml")},
		{[]string{"run", "-c=/etc/y.yml"}, "/etc/y.yml"},
		{[]string{"run", "--config", "/etc/z.toml"}, "/etc/z.toml"},
		{[]string{"run", "--config=rel/z.yml"}, filepath.Join(sub, "rel", "z.yml")},
		{[]string{"run", "--no-config", "./..."}, ""},
		{[]string{"run", "--", "-c", "x.yml"}, found},
	} {
		if got := configFile(tc.args, sub); got != tc.want {
			t.Errorf("configFile(%q) = %q, want %q", tc.args, got, tc.want)
		}
	}
}
