package cmdpkg

import "github.com/spf13/pflag"

// AddFlags adds the command's flags.
func AddFlags(fs *pflag.FlagSet) {}

var initial = func() int {
	probe() // want `command: package that exists for a command line`
	return 0
}()
