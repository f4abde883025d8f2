package logsink

import (
	"context"
	"fmt"
	"log"
	"os"
	"runtime"
)

// Logger is what the package hands out from a context.
type Logger interface {
	Info(ctx context.Context, msg string)
}

type loggerKey struct{}

// MustLogger returns the logger of ctx. Without one there is nothing to
// log through: the call stack goes to the standard error with the panic.
func MustLogger(ctx context.Context) Logger {
	l, ok := ctx.Value(loggerKey{}).(Logger)
	if !ok {
		buf := make([]byte, 64<<10)
		buf = buf[:runtime.Stack(buf, false)]
		fmt.Fprintf(os.Stderr, "no logger in context:\n%s", buf)
		panic("logger not found in context")
	}
	return l
}

// mustPositive prints the state it found with the builtin before the
// assertion fails.
func mustPositive(n int) {
	if n <= 0 {
		println("mustPositive: got", n)
		panic(n)
	}
}

// checkLimit prints to the standard output, the program's data, not the
// panic's stream: reported.
func checkLimit(n int) {
	if n > 100 {
		fmt.Printf("limit exceeded: %d\n", n) // want `fmt.Printf writes unstructured text`
		panic("limit")
	}
}

// reload goes on after its print, whose panic comes only later: a
// record of what happened, reported.
func reload(path string) {
	if _, err := os.Stat(path); err != nil {
		fmt.Fprintf(os.Stderr, "cannot reload %s: %v\n", path, err) // want `fmt.Fprintf to os.Stderr writes unstructured text`
		os.Remove(path)
		panic(err)
	}
}

// logThenPanic writes through the standard logger, which the program may
// have pointed at its log: as log.Panicf, reported.
func logThenPanic(err error) {
	if err != nil {
		log.Printf("fatal state: %v", err) // want `log.Printf writes unstructured text`
		panic(err)
	}
}
