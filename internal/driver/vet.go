package driver

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/unitchecker"
)

// IsVetInvocation reports whether the go command runs us as a vet tool:
// it asks for our version (-V=full) and flags (-flags), then passes flags
// and one .cfg file per package.
func IsVetInvocation(args []string) bool {
	for _, a := range args {
		if a == "-V=full" || a == "--V=full" || a == "-flags" || a == "--flags" {
			return true
		}
	}
	return len(args) > 0 && strings.HasSuffix(args[len(args)-1], ".cfg")
}

// Vet runs analyzers as a go vet tool and does not return. The go command
// runs the tool once per package, dependencies included, and unitchecker
// answers a bad option value with its usage text each time; so the
// analyzers' options are checked first, and a bad one is reported in one
// line to stderr.
func Vet(analyzers []*analysis.Analyzer, args []string, stderr io.Writer) {
	if err := checkVetFlags(analyzers, args); err != nil {
		fmt.Fprintln(stderr, "otellint:", err)
		os.Exit(ExitError)
	}
	unitchecker.Main(analyzers...) // never returns
}

// checkVetFlags sets, on the analyzers, the pass options and -<pass>
// switches among args, and returns the first value that is rejected. The
// other flags are unitchecker's (go vet passes on only the flags that the
// tool declared with -flags), and unitchecker sets the same values again.
func checkVetFlags(analyzers []*analysis.Analyzer, args []string) error {
	byName := map[string]flag.Value{}
	for _, a := range analyzers {
		byName[a.Name] = new(triState)
		a.Flags.VisitAll(func(f *flag.Flag) { byName[a.Name+"."+f.Name] = f.Value })
	}
	for i := 0; i < len(args); i++ {
		arg := args[i]
		if arg == "--" || !strings.HasPrefix(arg, "-") {
			break
		}
		name := strings.TrimLeft(arg, "-")
		name, value, hasValue := strings.Cut(name, "=")
		v, ok := byName[name]
		if !ok {
			continue
		}
		if !hasValue {
			if b, ok := v.(interface{ IsBoolFlag() bool }); ok && b.IsBoolFlag() {
				continue
			}
			if i+1 == len(args) {
				return fmt.Errorf("flag needs an argument: -%s", name)
			}
			i++
			value = args[i]
		}
		if err := v.Set(value); err != nil {
			return fmt.Errorf("invalid value %q for flag -%s: %v", value, name, err)
		}
	}
	return nil
}
