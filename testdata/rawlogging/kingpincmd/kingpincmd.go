// Package kingpincmd holds the commands of a kingpin command line beside a
// service of the same package: an action, which kingpin calls with the
// *kingpin.ParseContext, a function that declares commands on a
// *kingpin.CmdClause, and the helpers only they call print the program's
// output; the service still logs.
package kingpincmd

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/alecthomas/kingpin/v2"
)

type exportCmd struct {
	dest string
}

// configureExport declares the export command on its parent.
func configureExport(parent *kingpin.CmdClause) {
	c := &exportCmd{}
	cmd := parent.Command("export", "Export the records.")
	cmd.Flag("dest", "Where to write them.").StringVar(&c.dest)
	cmd.Action(withDeadline(c.export))
	fmt.Fprintln(os.Stderr, "export configured")
}

// withDeadline gives an action a context with a deadline.
func withDeadline(fn func(context.Context, *kingpin.ParseContext) error) func(*kingpin.ParseContext) error {
	return func(pc *kingpin.ParseContext) error {
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		return fn(ctx, pc)
	}
}

// export is the action: it prints the identifiers it exported.
func (c *exportCmd) export(ctx context.Context, _ *kingpin.ParseContext) error {
	for _, id := range []string{"a", "b"} {
		fmt.Println(id)
	}
	warnDest(c.dest)
	return ctx.Err()
}

// warnDest is called only from the action.
func warnDest(dest string) {
	if dest == "" {
		fmt.Fprintln(os.Stderr, "Warning: no destination, writing to the standard output")
	}
}
