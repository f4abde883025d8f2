package piilog_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/otellint/otellint/internal/testenv"
	"github.com/otellint/otellint/passes/piilog"
)

func TestPiilog(t *testing.T) {
	analysistest.Run(t, testenv.TestData(t), piilog.Analyzer,
		"otellint.test/piilog/article", "otellint.test/piilog/zapfields", "otellint.test/piilog/slogattrs",
		"otellint.test/piilog/logrusfields", "otellint.test/piilog/zerologfields", "otellint.test/piilog/stdformat",
		"otellint.test/piilog/wholebody", "otellint.test/piilog/errorreply", "otellint.test/piilog/baggage", "otellint.test/piilog/metadata",
		"otellint.test/piilog/composed", "otellint.test/piilog/cmdclient", "otellint.test/piilog/consistencytoken",
		"otellint.test/piilog/configaddr", "otellint.test/piilog/decoded", "otellint.test/piilog/payloads",
		"otellint.test/piilog/testdriver", "otellint.test/piilog/serviceclient", "otellint.test/piilog/tokenclaims",
		"otellint.test/piilog/identityclaims", "otellint.test/piilog/wrappedlogger", "otellint.test/piilog/placeholder",
		"otellint.test/piilog/clitoken", "otellint.test/piilog/proxyurl", "otellint.test/piilog/gokitlog",
		"otellint.test/piilog/opalog", "otellint.test/piilog/configdump", "otellint.test/piilog/urltext",
		"otellint.test/piilog/requestdump", "otellint.test/piilog/rpcrequest", "otellint.test/piilog/frameworklogs", "otellint.test/piilog/csrftoken")
}

func TestCustomKeys(t *testing.T) {
	a, err := piilog.Pass.New(piilog.Pass.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	for name, v := range map[string]string{"keys": "iban,national_id", "ignore-keys": "tel"} {
		if err := a.Flags.Set(name, v); err != nil {
			t.Fatal(err)
		}
	}
	analysistest.Run(t, testenv.TestData(t), a, "otellint.test/piilog/customkeys")
}

func TestConfig(t *testing.T) {
	if _, err := piilog.Pass.New(piilog.Config{Keys: []string{"--"}}); err == nil {
		t.Error("a key without words accepted")
	}
	if _, err := piilog.Pass.New(piilog.Config{Checks: []string{"pii"}}); err == nil {
		t.Error("unknown check accepted")
	}
	if err := piilog.Analyzer.Flags.Set("checks", "pii-fields"); err == nil {
		t.Error("flag accepted an unknown check")
	}
}
