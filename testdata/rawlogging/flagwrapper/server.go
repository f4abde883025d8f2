package flagwrapper

import (
	"fmt"
	"log"
)

// Settings are the server's; one field is called Flags, but it holds
// no set of flags.
type Settings struct {
	Addr  string
	Flags []string
}

// Start runs the server with its settings: what it prints is logging.
func Start(s Settings) error {
	log.Printf("starting on %s", s.Addr) // want `log.Printf writes unstructured text`
	announce(s.Addr)
	return nil
}

// announce is called from the server and from a subcommand: it is not
// the command's alone.
func announce(addr string) {
	fmt.Println("listening on", addr) // want `fmt.Println writes unstructured text`
}

func runServe(fl Flags) (int, error) {
	announce(fl.Text("addr"))
	return 0, nil
}

func init() { Subcommands["serve"] = runServe }
