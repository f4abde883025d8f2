package instrumentcreation_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/otellint/otellint/internal/testenv"
	"github.com/otellint/otellint/passes/instrumentcreation"
)

func TestInstrumentCreation(t *testing.T) {
	analysistest.Run(t, testenv.TestData(t), instrumentcreation.Analyzer, "otellint.test/instrumentcreation/...")
}
