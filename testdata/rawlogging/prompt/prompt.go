// Package prompt asks the person at the terminal and reads the answer
// back from the standard input: the question is the program's dialogue,
// not a log line. A print with no answer read after it is reported.
package prompt

import (
	"bufio"
	"fmt"
	"log"
	"os"
	"strings"
)

// Confirm prints a question and reads the answer.
func Confirm(question string) bool {
	fmt.Printf("%s [y/N] ", question)
	answer, _ := bufio.NewReader(os.Stdin).ReadString('\n')
	return strings.TrimSpace(answer) == "y"
}

// Pause waits for the enter key.
func Pause() {
	fmt.Fprint(os.Stderr, "Press enter to go on...")
	_, _ = bufio.NewReader(os.Stdin).ReadBytes('\n')
}

// Echo reads a line first and prints it afterwards: no question is asked.
func Echo() {
	line, _ := bufio.NewReader(os.Stdin).ReadString('\n')
	fmt.Println("read", line) // want `fmt.Println writes unstructured text`
}

// Ask logs the question with the standard logger, which writes a record.
func Ask() string {
	log.Print("name? ") // want `log.Print writes unstructured text`
	line, _ := bufio.NewReader(os.Stdin).ReadString('\n')
	return line
}
