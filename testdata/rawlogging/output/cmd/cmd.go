// Package cmd is the command line that collects a bundle: what the
// bundle package prints while the command runs it is the command's
// output.
package cmd

import (
	"context"

	"github.com/spf13/cobra"

	"otellint.test/rawlogging/output/internal/bundle"
)

// NewCollectCommand builds the collect command.
func NewCollectCommand() *cobra.Command {
	return &cobra.Command{Use: "collect", RunE: func(cmd *cobra.Command, args []string) error {
		return runCollect(cmd.Context(), args)
	}}
}

func runCollect(ctx context.Context, dirs []string) error {
	res, err := bundle.Collect(ctx, dirs)
	if err != nil {
		return err
	}
	return bundle.Archive(res, "bundle.tar")
}
