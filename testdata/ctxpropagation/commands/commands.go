// Package commands shows a command-line program's code, which serves no
// request whose trace a fresh context could lose. Its twin is the same
// call in a service, in package release.
package commands

import (
	"context"
	"github.com/spf13/cobra"
	"go.opentelemetry.io/otel"
)

var validateCmd = &cobra.Command{Use: "validate", RunE: runValidate}

func runValidate(cmd *cobra.Command, args []string) error {
	return validate(cmd.Context(), args)
}

// validate is called only from the command.
func validate(ctx context.Context, names []string) error {
	for _, n := range names {
		if err := check(context.Background(), n); err != nil {
			return err
		}
	}
	return nil
}

func check(ctx context.Context, name string) error {
	_, span := otel.Tracer("commands").Start(ctx, "check "+name)
	span.End()
	return nil
}
