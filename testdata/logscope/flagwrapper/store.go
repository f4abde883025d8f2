package flagwrapper

// Store is the service's storage.
type Store struct{ items map[string]string }
