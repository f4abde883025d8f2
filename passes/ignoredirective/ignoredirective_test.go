package ignoredirective_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/otellint/otellint"
	"github.com/otellint/otellint/internal/testenv"
)

func TestIgnoreDirective(t *testing.T) {
	as, err := otellint.Analyzers(otellint.Config{Enable: []string{"ignoredirective"}})
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, testenv.TestData(t), as[0], "otellint.test/ignoredirective/...")
}
