package apis

import "go/types"

// Packages of the functions that never return, besides the logging ones.
const (
	OSPkg      = "os"
	RuntimePkg = "runtime"
	SyscallPkg = "syscall"
	TestingPkg = "testing"
	KlogPkg    = "k8s.io/klog/v2"
)

// klogExits are klog's functions that end the process through its
// OsExit: Fatal (status 255) and Exit (status 1), each with its f, ln and
// Depth forms.
var klogExits = []string{
	"Fatal", "Fatalf", "Fatalln", "FatalDepth", "FatalfDepth", "FatallnDepth",
	"Exit", "Exitf", "Exitln", "ExitDepth", "ExitfDepth", "ExitlnDepth",
}

// NoReturn are the functions and methods whose calls never return to the
// caller: they exit the process (os.Exit, log.Fatal), end the goroutine
// (runtime.Goexit, t.FailNow, t.Skip) or panic (log.Panic). Control-flow
// checks cut a path at such a call, for code whose facts are not at hand:
// the standard library and the logging libraries.
//
// zap's DPanic is not here: it panics only in development mode. The
// logging libraries exit through a hook a program may replace (logrus's
// ExitFunc, klog's OsExit); a program that does so is on its own.
var NoReturn = noReturnKeys()

// noReturnKeys builds the NoReturn table.
func noReturnKeys() []string {
	out := []string{OSPkg + ".Exit", RuntimePkg + ".Goexit", SyscallPkg + ".Exit"}
	fatalPanic := []string{"Fatal", "Fatalf", "Fatalln", "Panic", "Panicf", "Panicln"}
	out = append(out, funcs(StdLogPkg, fatalPanic...)...)
	out = append(out, methods(StdLogger, fatalPanic...)...)
	out = append(out, funcs(LogrusPkg, fatalPanic...)...)
	out = append(out, methods(LogrusLog, fatalPanic...)...)
	out = append(out, methods(LogrusEntry, fatalPanic...)...)
	// klog has no Panic functions; its Exit functions end the process
	// like its Fatal ones.
	out = append(out, funcs(KlogPkg, klogExits...)...)
	// *testing.T and *testing.B reach these through the embedded
	// testing.common; testing.TB declares them for code that takes either.
	stop := []string{"Fatal", "Fatalf", "FailNow", "Skip", "Skipf", "SkipNow"}
	out = append(out, methods(TestingPkg+".common", stop...)...)
	out = append(out, methods(TestingPkg+".TB", stop...)...)
	out = append(out, methods(ZapLogger, "Fatal", "Panic")...)
	out = append(out, methods(ZapSugared, "Fatal", "Fatalf", "Fatalw", "Fatalln", "Panic", "Panicf", "Panicw", "Panicln")...)
	return out
}

// noReturnSet is NoReturn as a set.
var noReturnSet = func() map[string]bool {
	m := make(map[string]bool, len(NoReturn))
	for _, k := range NoReturn {
		m[k] = true
	}
	return m
}()

// NeverReturns reports whether a call of fn never returns: fn (or, for an
// instantiated generic function, its origin) is one of [NoReturn]. Only
// the method named in the table counts: an implementation of testing.TB
// outside the testing package may well return from its Fatal.
func NeverReturns(fn *types.Func) bool {
	return fn != nil && noReturnSet[RawKey(fn.Origin())]
}
