package flagwrapper

import "github.com/spf13/pflag"

// Options are the service's settings: no set of flags among them.
type Options struct {
	Name  string
	Flags []string
}

// Serve is the service, run with its options.
func Serve(o Options) {
	probe() // want `production`
	_ = describe()
}

// Sets keeps sets of flags in a list: it is not a wrapper of one.
type Sets struct {
	All []*pflag.FlagSet
}

// Count is a method of the list.
func (s Sets) Count() int {
	probe() // want `production`
	return len(s.All)
}
