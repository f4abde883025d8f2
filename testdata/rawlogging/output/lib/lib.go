// Package lib is not internal: other modules may call it, where the
// module is not analysed, so its prints are judged where they are.
package lib

import (
	"context"
	"fmt"
)

// Collect prints its progress.
func Collect(ctx context.Context, dirs []string) error {
	for _, d := range dirs {
		fmt.Printf("collecting %s\n", d) // want `fmt.Printf writes unstructured text`
	}
	return ctx.Err()
}
