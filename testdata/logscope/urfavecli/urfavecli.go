// Package urfavecli builds applications with the three major versions of
// urfave/cli.
package urfavecli

import (
	"context"

	cliv1 "github.com/urfave/cli"
	"github.com/urfave/cli/v2"
	cliv3 "github.com/urfave/cli/v3"
)

func probe() {}

// NewApp returns a v2 application.
func NewApp() *cli.App {
	app := cli.NewApp()
	app.Action = func(c *cli.Context) error {
		return run(c)
	}
	app.Before = before
	return app
}

// run takes the action's context.
func run(c *cli.Context) error {
	probe() // want `command: function run that takes or returns a \*github.com/urfave/cli/v2.Context`
	return nil
}

// before has the signature of a BeforeFunc and is assigned to one.
func before(c *cli.Context) error {
	probe() // want `command: function before that takes or returns a \*github.com/urfave/cli/v2.Context`
	return nil
}

// v1Commands lists the commands of a v1 application.
var v1Commands = []cliv1.Command{
	{
		Name: "setup",
		Action: func(c *cliv1.Context) {
			probe() // want `command: function literal that takes or returns a \*github.com/urfave/cli.Context`
		},
	},
}

// v3Command is a command of v3, whose action takes a context.Context.
var v3Command = &cliv3.Command{
	Name: "serve",
	Action: func(ctx context.Context, cmd *cliv3.Command) error {
		probe() // want `command: function literal that takes or returns a \*github.com/urfave/cli/v3.Command`
		return nil
	},
}

// noParams is given to a v3 command as a field value, with a signature of
// its own.
var withShell = &cliv3.Command{
	ShellComplete: complete,
}

func complete(ctx context.Context, cmd *cliv3.Command) {
	probe() // want `command: function complete that takes or returns a \*github.com/urfave/cli/v3.Command`
}
