// Package colour colours its lines but never moves the cursor or erases
// the screen: an escape sequence that only sets a colour starts a
// coloured line, and its prints are a service's log lines.
package colour

import "fmt"

// Job is a job of the service.
type Job struct{ Name, Phase string }

// report prints the job's phase in red.
func report(j Job) {
	print("\033[31mfailed\033[0m\n")            // want `builtin print writes unstructured text`
	fmt.Printf("\x1b[1;31m%s\x1b[0m\n", j.Name) // want `fmt.Printf writes unstructured text`
	fmt.Println(j.Name, j.Phase)                // want `fmt.Println writes unstructured text`
}
