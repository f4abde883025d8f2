package apis

// Command-line libraries: the flag package, cobra with pflag and viper, the
// three major versions of urfave/cli, kong, and kingpin.
const (
	FlagPkg      = "flag"
	CobraPkg     = "github.com/spf13/cobra"
	PflagPkg     = "github.com/spf13/pflag"
	ViperPkg     = "github.com/spf13/viper"
	UrfaveCLIPkg = "github.com/urfave/cli"
	// UrfaveCLIv2Pkg and UrfaveCLIv3Pkg are the later major versions.
	UrfaveCLIv2Pkg = UrfaveCLIPkg + "/v2"
	UrfaveCLIv3Pkg = UrfaveCLIPkg + "/v3"
	// KongPkg builds a command line from a struct of commands, each with
	// a Run method that kong calls with the values bound to it.
	KongPkg = "github.com/alecthomas/kong"
	// KingpinPkg declares commands and flags on an *Application; an
	// action takes the *ParseContext of the parsed command line.
	KingpinPkg = "github.com/alecthomas/kingpin/v2"
)

var (
	// CommandPackages are the command-line libraries: a package whose
	// non-test files mostly import one, and which exports command-line
	// code, exists for a command line.
	CommandPackages = []string{FlagPkg, CobraPkg, PflagPkg, ViperPkg, UrfaveCLIPkg, UrfaveCLIv2Pkg, UrfaveCLIv3Pkg, KongPkg, KingpinPkg}

	// CommandTypes are the types that only the code of a command-line
	// program handles: a command or application, the context of a
	// command's action, the set of flags. A function that takes or
	// returns one (by value or pointer) is part of the program's command
	// line, and what it prints is the program's output.
	CommandTypes = []string{
		CobraPkg + ".Command",
		UrfaveCLIPkg + ".App", UrfaveCLIPkg + ".Command", UrfaveCLIPkg + ".Context",
		UrfaveCLIv2Pkg + ".App", UrfaveCLIv2Pkg + ".Command", UrfaveCLIv2Pkg + ".Context",
		UrfaveCLIv3Pkg + ".Command",
		KongPkg + ".Kong", KongPkg + ".Context",
		KingpinPkg + ".Application", KingpinPkg + ".CmdClause", KingpinPkg + ".ParseContext",
		FlagPkg + ".FlagSet", PflagPkg + ".FlagSet",
	}

	// FlagSetTypes are the sets of flags. A type of a program's own that
	// holds one in a field (a struct wrapping the set to read typed
	// values from it) stands for the set: a function that takes one is
	// command-line code too.
	FlagSetTypes = []string{FlagPkg + ".FlagSet", PflagPkg + ".FlagSet"}

	// CommandConfigTypes hold a program's configuration as its command
	// line and files set it: a function that takes one reads the flags at
	// start-up.
	CommandConfigTypes = []string{ViperPkg + ".Viper"}

	// CommandContexts are the contexts handed to a command's action:
	// urfave/cli's *cli.Context implements context.Context (in v2), but it
	// carries the program's run, not a request and its trace.
	CommandContexts = []string{UrfaveCLIPkg + ".Context", UrfaveCLIv2Pkg + ".Context"}

	// CommandFuncVars are the package variables that hold a function of the
	// command line: flag.Usage prints the program's usage.
	CommandFuncVars = []string{FlagPkg + ".Usage"}
)

// CommandLineReaders are the package-level variables and functions that
// read the program's own command line: a function that uses one parses
// the arguments of its program.
var CommandLineReaders = []string{
	OSPkg + ".Args",
	FlagPkg + ".Parse", FlagPkg + ".Args", FlagPkg + ".Arg", FlagPkg + ".NArg",
	PflagPkg + ".Parse", PflagPkg + ".Args", PflagPkg + ".Arg", PflagPkg + ".NArg",
}

// CommandLineRunners are the functions and methods that parse the
// program's own command line (os.Args) and run the command it names:
// the function that calls one is the program's entry point.
//
//	func Execute() { if err := rootCmd.Execute(); err != nil { fmt.Println(err); os.Exit(1) } }
var CommandLineRunners = []string{
	m(CobraPkg+".Command", "Execute"), m(CobraPkg+".Command", "ExecuteC"),
	m(CobraPkg+".Command", "ExecuteContext"), m(CobraPkg+".Command", "ExecuteContextC"),
	KongPkg + ".Parse",
	KingpinPkg + ".Parse",
}

// CommandConfigPackages are the packages whose package-level functions
// read or bind the program's global configuration, as its flags and files
// set it (viper.GetString, viper.IsSet, viper.BindPFlags): a function
// that calls one reads the command line at start-up.
var CommandConfigPackages = []string{ViperPkg}
