package cobracmd

// Store is the service's storage, beside the command line.
type Store struct{ items map[string]string }

// Get reads an item.
func (s *Store) Get(k string) string { return s.items[k] }
