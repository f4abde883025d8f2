package cmdoutput

import "fmt"

// Job is the service's own type with a RunE field: not a command.
type Job struct {
	RunE func() error
}

var refund = Job{RunE: func() error {
	fmt.Println("refunding") // want `fmt.Println writes unstructured text`
	return nil
}}
