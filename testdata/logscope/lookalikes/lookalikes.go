// Package lookalikes declares its own types named Command and App, with
// Run and Action fields: they are not a command-line library's.
package lookalikes

func probe() {}

// Command is a job of a work queue.
type Command struct {
	Name   string
	RunE   func() error
	Action func()
}

// App is a service.
type App struct {
	Action func()
}

var jobs = []Command{{
	Name: "refund",
	RunE: func() error {
		probe() // want `production`
		return nil
	},
	Action: refund,
}}

var app = App{Action: refund}

// refund is given as an Action field of the service's own type.
func refund() {
	probe() // want `production`
}

// Usage is a field of the service's own type: not flag.Usage.
var Usage func()

func init() {
	Usage = func() {
		probe() // want `production`
	}
}
