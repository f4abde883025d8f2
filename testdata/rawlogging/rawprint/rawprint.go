// Package rawprint prints and logs through the standard library in service
// code, beside the forms that are not logging.
package rawprint

import (
	"bytes"
	"fmt"
	"io"
	"log"
	"net/http"
	"os"
	"strings"
	"testing"

	"github.com/spf13/cobra"
	"go.uber.org/zap"
)

func handle(w http.ResponseWriter, r *http.Request, logger *zap.Logger) {
	fmt.Println("order created")                 // want `fmt.Println writes unstructured text that carries no trace_id; log through the service's structured logger instead`
	fmt.Printf("order %s created\n", "o-1")      // want `fmt.Printf writes unstructured text`
	fmt.Print("done")                            // want `fmt.Print writes unstructured text`
	log.Printf("payment failed: %v", r.URL.Path) // want `log.Printf writes unstructured text`
	log.Println("retrying")                      // want `log.Println writes unstructured text`
	println("debug")                             // want `builtin println writes unstructured text`
	print("debug")                               // want `builtin print writes unstructured text`
	fmt.Fprintln(os.Stderr, "cannot reach db")   // want `fmt.Fprintln to os.Stderr writes unstructured text`
	fmt.Fprintf(os.Stdout, "served %d\n", 1)     // want `fmt.Fprintf to os.Stdout writes unstructured text`
	log.Default().Printf("slow request")         // want `log.Default\(\).Printf writes unstructured text`
	std := log.Default()
	std.Println("slow request") // want `log.Default\(\).Println writes unstructured text`

	// Not logging: the response, a buffer, any other writer.
	fmt.Fprintf(w, "hello %s", "you")
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "id=%d", 1)
	var sb strings.Builder
	fmt.Fprint(&sb, "x")
	fmt.Fprintln(io.Discard, "x")
	_ = fmt.Sprintf("order %s", "o-1")
	_ = fmt.Errorf("wrap: %w", io.EOF)

	// The structured logger.
	logger.Info("order created", zap.String("order_id", "o-1"))

	// A logger of the application's own, writing to its own sink.
	own := log.New(&buf, "", 0)
	own.Printf("into the buffer")
}

// Function values that the code then calls to log.
func values() {
	logf := log.Printf // want `log.Printf used as a logging function writes unstructured text that carries no trace_id; pass a method of the structured logger instead`
	logf("x")
	var cfg struct{ Logf func(string, ...any) }
	cfg.Logf = log.Printf          // want `log.Printf used as a logging function`
	run(fmt.Printf)                // want `fmt.Printf used as a logging function`
	runLogf(log.Default().Printf)  // want `log.Default\(\).Printf used as a logging function`
	(log.Println)("parenthesised") // want `log.Println writes unstructured text`
	cfg.Logf = zap.S().Infof       // a structured logger's method
	sprint := fmt.Sprintf          // not printing
	_ = sprint
}

func run(f func(string, ...any) (int, error)) {}

func runLogf(f func(string, ...any)) {}

func silenced() {
	fmt.Println("startup banner") //otellint:ignore rawlogging printed once for the operator
	//nolint:otellint
	log.Print("legacy")
}

// Keeps the fmt import in use: not logging.
var _ = fmt.Printf

func keep() {
	_ = log.Printf
}

// A test helper outside a _test.go file writes to the test log.
func dumpLogs(t *testing.T, name string) {
	fmt.Printf("%s binary logs\n", name)
	log.Println("done")
}

// A command-line command: what its functions print is the program's
// output.
var version = &cobra.Command{
	Use: "version",
	RunE: func(cmd *cobra.Command, args []string) error {
		fmt.Println("v1.2.3")
		return nil
	},
}

// Command is the service's own job type: its functions are not a
// command line's, whatever their field names.
type Command struct {
	Use  string
	RunE func(args []string) error
}

var refund = &Command{
	Use: "refund",
	RunE: func(args []string) error {
		fmt.Println("refunding") // want `fmt.Println writes unstructured text`
		return nil
	},
}

// Worker is not a command.
type Worker struct {
	Run func()
}

var worker = Worker{
	Run: func() {
		fmt.Println("working") // want `fmt.Println writes unstructured text`
	},
}
