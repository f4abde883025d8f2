// Package cmdpkg exists for a command line: its files build commands, and
// its exported helpers serve them, whoever else could call them.
package cmdpkg

import (
	"fmt"

	"github.com/spf13/cobra"
)

// NewValidateCommand builds the command.
func NewValidateCommand() *cobra.Command {
	return &cobra.Command{Use: "validate", RunE: func(cmd *cobra.Command, args []string) error {
		ValidateAll(args)
		return nil
	}}
}

// ValidateAll is exported, and part of the command.
func ValidateAll(stores []string) {
	for _, s := range stores {
		fmt.Printf("no models in store %s\n", s)
	}
}
