// Package cmdpkg exists for a command line: most of its files import
// cobra or pflag, and it exports command-line code, so its exported
// helpers are command code too.
package cmdpkg

import "github.com/spf13/cobra"

func probe() {}

// NewValidateCommand builds the command.
func NewValidateCommand() *cobra.Command {
	return &cobra.Command{Use: "validate", RunE: func(cmd *cobra.Command, args []string) error {
		ValidateAll(args)
		return nil
	}}
}

// ValidateAll is exported, and part of the command.
func ValidateAll(stores []string) {
	probe() // want `command: package that exists for a command line \(it imports github.com/spf13/cobra and exports command-line code\)`
}
