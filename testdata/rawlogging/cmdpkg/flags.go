package cmdpkg

import (
	"fmt"
	"os"

	"github.com/spf13/pflag"
)

// AddFlags adds the command's flags.
func AddFlags(fs *pflag.FlagSet) {
	fs.String("store", "", "the store")
}

// Fatal ends the program with a message.
func Fatal(msg string) {
	fmt.Fprintln(os.Stderr, msg)
	os.Exit(1)
}
