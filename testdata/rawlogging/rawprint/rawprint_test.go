package rawprint

import (
	"fmt"
	"log"
	"testing"

	"go.uber.org/zap"
)

// Tests print and build loggers as they please.
func TestPrint(t *testing.T) {
	fmt.Println("in a test")
	log.Printf("in a test")
	println("x")
	for range 3 {
		l, _ := zap.NewProduction()
		_ = l
	}
}
