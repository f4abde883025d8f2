// Package plugin adds a subcommand to the program from another package:
// it takes that program's wrapper of the flags, and prompts on stderr.
package plugin

import (
	"bufio"
	"fmt"
	"os"

	"otellint.test/rawlogging/flagwrapper"
)

func init() {
	flagwrapper.Subcommands["hash-password"] = runHashPassword
}

// runHashPassword prompts for the password and prints its hash.
func runHashPassword(fl flagwrapper.Flags) (int, error) {
	fmt.Fprint(os.Stderr, "Enter password: ")
	line, _ := bufio.NewReader(os.Stdin).ReadString('\n')
	fmt.Println(Hash(line))
	return 0, nil
}

// Hash is the module's own hashing, used by the server as well.
func Hash(s string) string {
	if s == "" {
		fmt.Fprintln(os.Stderr, "hashing an empty password") // want `fmt.Fprintln to os.Stderr writes unstructured text`
	}
	return fmt.Sprintf("%x", s)
}
