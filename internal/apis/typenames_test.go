package apis_test

import (
	"go/types"
	"slices"
	"strings"
	"testing"

	"github.com/otellint/otellint/internal/apis"
)

// loadTypes loads the testdata module's dependency package and returns its
// packages and their dependencies by path.
func loadTypes(t *testing.T) map[string]*types.Package {
	t.Helper()
	byPath := depsTypes(t, "otellint.test/deps", "flag", "context", "net/http/httptest")
	return byPath
}

// lookupType returns the type named by "path.Name" in the loaded packages.
func lookupType(t *testing.T, byPath map[string]*types.Package, full string) types.Object {
	t.Helper()
	dot := strings.LastIndexByte(full, '.')
	pkg := byPath[full[:dot]]
	if pkg == nil {
		t.Errorf("%s: package not in the testdata module", full)
		return nil
	}
	obj := pkg.Scope().Lookup(full[dot+1:])
	if obj == nil {
		t.Errorf("%s: not found", full)
	}
	return obj
}

// TestTypeTables proves against the real libraries that every type of the
// command-line, test and logger tables exists, that IsTypeIn recognises it (and a
// pointer to it), and that the v2 command context embeds context.Context.
func TestTypeTables(t *testing.T) {
	byPath := loadTypes(t)
	tables := map[string][]string{
		"CommandTypes": apis.CommandTypes, "CommandConfigTypes": apis.CommandConfigTypes,
		"CommandContexts": apis.CommandContexts, "TestTypes": apis.TestTypes,
		"FlagSetTypes": apis.FlagSetTypes, "LoggerTypes": apis.LoggerTypes,
	}
	for name, table := range tables {
		for _, full := range table {
			tn, ok := lookupType(t, byPath, full).(*types.TypeName)
			if !ok {
				t.Errorf("%s: %s is not a type", name, full)
				continue
			}
			if !apis.IsTypeIn(tn.Type(), table) || !apis.IsTypeIn(types.NewPointer(tn.Type()), table) {
				t.Errorf("%s: IsTypeIn does not recognise %s", name, full)
			}
		}
	}
	// v2's context embeds a context.Context.
	if v2, ok := lookupType(t, byPath, apis.UrfaveCLIv2Pkg+".Context").(*types.TypeName); ok {
		st, _ := v2.Type().Underlying().(*types.Struct)
		embeds := false
		for i := 0; st != nil && i < st.NumFields(); i++ {
			embeds = embeds || st.Field(i).Embedded() && st.Field(i).Type().String() == apis.ContextIface
		}
		if !embeds {
			t.Errorf("%s does not embed context.Context", v2)
		}
	}
	for _, full := range apis.CommandFuncVars {
		v, ok := lookupType(t, byPath, full).(*types.Var)
		if _, isFunc := v.Type().Underlying().(*types.Signature); !ok || !isFunc {
			t.Errorf("%s is not a variable holding a function", full)
		}
	}
	for _, path := range slices.Concat(apis.CommandConfigPackages, apis.CommandPackages) {
		if byPath[path] == nil {
			t.Errorf("%s: package not in the testdata module", path)
		}
	}
	for _, path := range apis.TestPackages {
		if byPath[path] == nil {
			t.Errorf("%s: package not in the testdata module", path)
		}
	}
	// Another type of the same name is not one of them.
	if apis.IsTypeIn(types.NewNamed(types.NewTypeName(0, types.NewPackage("example.com/cli", "cli"), "Command", nil), types.NewStruct(nil, nil), nil), apis.CommandTypes) {
		t.Error("IsTypeIn recognised a type of another package by its name")
	}
}
