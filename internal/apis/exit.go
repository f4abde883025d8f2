package apis

import "go/types"

// ProcessExit are the calls of [NoReturn] that end the process: os.Exit
// and the Fatal functions of the logging libraries. The deferred calls of
// the goroutine do not run, unlike after a panic (log.Panic included) or
// runtime.Goexit (t.FailNow), which run them.
var ProcessExit = exitKeys()

// exitKeys builds the ProcessExit table.
func exitKeys() []string {
	fatal := []string{"Fatal", "Fatalf", "Fatalln"}
	out := []string{OSPkg + ".Exit", SyscallPkg + ".Exit"}
	out = append(out, funcs(StdLogPkg, fatal...)...)
	out = append(out, methods(StdLogger, fatal...)...)
	out = append(out, funcs(LogrusPkg, fatal...)...)
	out = append(out, methods(LogrusLog, fatal...)...)
	out = append(out, methods(LogrusEntry, fatal...)...)
	// klog's Exit functions end the process too (status 1, Fatal's 255),
	// and so do the Depth forms of both.
	out = append(out, funcs(KlogPkg, klogExits...)...)
	out = append(out, m(ZapLogger, "Fatal"))
	return append(out, methods(ZapSugared, "Fatal", "Fatalf", "Fatalw", "Fatalln")...)
}

// processExitSet is ProcessExit as a set.
var processExitSet = func() map[string]bool {
	m := make(map[string]bool, len(ProcessExit))
	for _, k := range ProcessExit {
		m[k] = true
	}
	return m
}()

// ExitsProcess reports whether a call of fn ends the process without
// running the deferred calls: fn is one of [ProcessExit].
func ExitsProcess(fn *types.Func) bool {
	return fn != nil && processExitSet[RawKey(fn.Origin())]
}
