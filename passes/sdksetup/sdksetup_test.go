package sdksetup_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/otellint/otellint/internal/testenv"
	"github.com/otellint/otellint/passes/sdksetup"
)

func TestBasic(t *testing.T) {
	analysistest.Run(t, testenv.TestData(t), sdksetup.Analyzer, "otellint.test/sdksetup/basic")
}
