package passkit

import (
	"strings"
	"sync"
)

// Memo shares what is built from a pass's configuration: every package
// of a run has the same configuration, so a matcher of its key lists is
// built once and read by all of them. What it holds must be read-only
// once built.
type Memo[T any] struct {
	m sync.Map // string -> T
}

// Get returns the value built for the lists, building it on first use.
func (m *Memo[T]) Get(build func() T, lists ...[]string) T {
	parts := make([]string, len(lists))
	for i, l := range lists {
		parts[i] = strings.Join(l, "\x00")
	}
	key := strings.Join(parts, "\x01")
	if v, ok := m.m.Load(key); ok {
		return v.(T)
	}
	v, _ := m.m.LoadOrStore(key, build())
	return v.(T)
}
