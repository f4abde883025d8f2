package apis

// Testing libraries: the standard testing and httptest packages, testify
// and gomock (both its module paths).
const (
	TestifyAssertPkg  = "github.com/stretchr/testify/assert"
	TestifyRequirePkg = "github.com/stretchr/testify/require"
	TestifySuitePkg   = "github.com/stretchr/testify/suite"
	TestifyMockPkg    = "github.com/stretchr/testify/mock"
	GomockPkg         = "go.uber.org/mock/gomock"
	GolangGomockPkg   = "github.com/golang/mock/gomock"
)

var (
	// TestPackages are the packages that production code has no use for:
	// a package whose non-test files import one exists for tests.
	TestPackages = []string{TestingPkg, HTTPTestPkg, TestifyAssertPkg, TestifyRequirePkg, TestifySuitePkg,
		TestifyMockPkg, GomockPkg, GolangGomockPkg}

	// TestTypes are the types of the test being run, as handed to a test
	// helper, and a test server: a function that takes or returns one (or
	// a method of a value holding one) runs in a test. Any other type with
	// a FailNow() method counts too.
	TestTypes = []string{
		TestingPkg + ".T", TestingPkg + ".B", TestingPkg + ".F", TestingPkg + ".TB", TestingPkg + ".M",
		TestifyAssertPkg + ".TestingT", TestifyRequirePkg + ".TestingT",
		TestifySuitePkg + ".Suite", TestifyMockPkg + ".Mock",
		GomockPkg + ".Controller", GomockPkg + ".TestReporter", GomockPkg + ".TestHelper",
		GolangGomockPkg + ".Controller", GolangGomockPkg + ".TestReporter", GolangGomockPkg + ".TestHelper",
		HTTPTestPkg + ".Server",
	}
)
